import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { SavedSessionSchema, type PatientSession } from '../../shared/schemas/session';
import type { StoreNotice } from '../../shared/schemas/store-notice';
import type { KeyStorage } from '../platform/key-storage';
import { UnreadableDocumentError, type JsonDocument } from './json-document';

/**
 * A patient's saved answers at home, encrypted at rest: AES-256-GCM with a random data key, and that key
 * locked by the operating system's key storage (envelope encryption). Nothing in the file is readable
 * without the key storage of this user on this computer.
 */
const SessionFileSchema = z
  .object({
    formatVersion: z.literal(1),
    wrappedKey: z.base64(),
    iv: z.base64(),
    tag: z.base64(),
    data: z.base64(),
  })
  .strict();

export interface SessionFile {
  read(): PatientSession | null;
  write(session: PatientSession): void;
  remove(): void;
}

export interface OpenedSessionFile {
  file: SessionFile;
  notice: StoreNotice | null;
}

function encrypt(key: Buffer, session: PatientSession) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(session), 'utf8'), cipher.final()]);
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

function decrypt(key: Buffer, stored: z.infer<typeof SessionFileSchema>): unknown {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(stored.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(stored.tag, 'base64'));
  const plain = Buffer.concat([decipher.update(Buffer.from(stored.data, 'base64')), decipher.final()]);
  return JSON.parse(plain.toString('utf8'));
}

/**
 * Opens (or prepares) the encrypted session file. A file that cannot be read, decrypted or understood is set
 * aside, reported, and the patient starts fresh: nothing is deleted silently.
 */
export async function openSessionFile(doc: JsonDocument, keys: KeyStorage): Promise<OpenedSessionFile> {
  let key: Buffer | null = null;
  let wrappedKey = '';
  let restored: PatientSession | null = null;
  let notice: StoreNotice | null = null;

  const setAside = (problem: StoreNotice['problem'], detail: string) => {
    notice = { store: 'session', problem, backupPath: doc.setAside(problem), detail, memoryOnly: false, salvaged: [] };
  };

  let raw: unknown;
  try {
    raw = doc.read();
  } catch (error) {
    if (!(error instanceof UnreadableDocumentError)) throw error;
    setAside('unreadable', 'The saved answers are not valid JSON.');
  }
  if (raw !== undefined && notice === null) {
    const stored = SessionFileSchema.safeParse(raw);
    if (!stored.success) setAside('invalid', 'The saved answers file is not in a known format.');
    else {
      try {
        const candidate = Buffer.from(await keys.decrypt(Buffer.from(stored.data.wrappedKey, 'base64')), 'base64');
        const session = SavedSessionSchema.safeParse(decrypt(candidate, stored.data));
        if (session.success) {
          [key, wrappedKey, restored] = [candidate, stored.data.wrappedKey, session.data];
        } else setAside('invalid', 'The saved answers do not match this version of the app.');
      } catch {
        setAside('unreadable', 'The saved answers could not be unlocked on this computer.');
      }
    }
  }
  if (key === null) {
    key = randomBytes(32);
    wrappedKey = Buffer.from(await keys.encrypt(key.toString('base64'))).toString('base64');
  }
  const dataKey = key;
  let current = restored;
  return {
    notice,
    file: {
      read: () => current,
      write(session) {
        doc.write({ formatVersion: 1, wrappedKey, ...encrypt(dataKey, session) });
        current = session;
      },
      remove() {
        doc.remove();
        current = null;
      },
    },
  };
}
