import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { SavedSessionSchema, type PatientSession } from '@shared/schemas/session';
import type { StoreNotice } from '@shared/schemas/store-notice';
import type { KeyStorage } from '../platform/key-storage';
import { UnreadableDocumentError, type JsonDocument } from './json-document';

/**
 * A patient's saved answers at home, encrypted at rest: AES-256-GCM with a random data key, and that key
 * locked by the operating system's key storage (envelope encryption). Nothing in the file is readable
 * without the key storage of this user on this computer.
 */
const AUTH_TAG_BYTES = 16;
const IV_BYTES = 12;

/** Base64 of exactly `bytes` bytes: a shortened authentication tag would make forging a file easier. */
const base64Of = (bytes: number, what: string) =>
  z
    .base64()
    .refine(
      (text) => Buffer.from(text, 'base64').length === bytes,
      `${what} must be ${bytes} bytes`,
    );

const SessionFileSchema = z
  .object({
    formatVersion: z.literal(1),
    wrappedKey: z.base64(),
    iv: base64Of(IV_BYTES, 'the nonce'),
    tag: base64Of(AUTH_TAG_BYTES, 'the authentication tag'),
    data: z.base64(),
  })
  .strict();

export interface SessionFile {
  read(): PatientSession | null;
  /** Encrypts and writes the answers; a write that forgetting the patient overtook writes nothing. */
  write(session: PatientSession): Promise<void>;
  /** Forgets the patient on disk (see eraseSavedAnswers) and the data key with them: the next write uses a new key. */
  remove(): void;
}

export interface OpenedSessionFile {
  file: SessionFile;
  notice: StoreNotice | null;
}

/** A random data key, and the same key locked by the OS key storage, as the file keeps it. */
interface DataKey {
  key: Buffer;
  wrapped: string;
}

async function newDataKey(keys: KeyStorage): Promise<DataKey> {
  const key = randomBytes(32);
  return {
    key,
    wrapped: Buffer.from(await keys.encrypt(key.toString('base64'))).toString('base64'),
  };
}

function encrypt(key: Buffer, session: PatientSession) {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: AUTH_TAG_BYTES });
  const data = Buffer.concat([cipher.update(JSON.stringify(session), 'utf8'), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

function decrypt(key: Buffer, stored: z.infer<typeof SessionFileSchema>): unknown {
  // Without authTagLength, Node accepts a shortened tag and checks only its bytes.
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(stored.iv, 'base64'), {
    authTagLength: AUTH_TAG_BYTES,
  });
  decipher.setAuthTag(Buffer.from(stored.tag, 'base64'));
  const plain = Buffer.concat([
    decipher.update(Buffer.from(stored.data, 'base64')),
    decipher.final(),
  ]);
  return JSON.parse(plain.toString('utf8'));
}

/** Deletes every file of a patient's saved answers: the file, the copies set aside, what a crash left. */
export function eraseSavedAnswers(doc: JsonDocument): void {
  doc.remove();
  doc.removeCopies();
}

/**
 * Opens (or prepares) the encrypted session file. A file that cannot be read, decrypted or understood is set
 * aside, reported, and the patient starts fresh: nothing is deleted silently.
 */
export async function openSessionFile(
  doc: JsonDocument,
  keys: KeyStorage,
): Promise<OpenedSessionFile> {
  let restoredKey: DataKey | null = null;
  let restored: PatientSession | null = null;
  // Set inside setAside: asserted, so the checks below are not narrowed to this first null.
  let notice = null as StoreNotice | null;

  const setAside = (problem: StoreNotice['problem'], detail: string) => {
    notice = {
      store: 'session',
      problem,
      backupPath: doc.setAside(problem),
      detail,
      memoryOnly: false,
      salvaged: [],
    };
  };

  let raw: unknown;
  try {
    raw = doc.read();
  } catch (error) {
    if (!(error instanceof UnreadableDocumentError)) throw error;
    setAside('unreadable', error.detail);
  }
  if (raw !== undefined && notice === null) {
    const stored = SessionFileSchema.safeParse(raw);
    if (!stored.success) setAside('invalid', 'The saved answers file is not in a known format.');
    else {
      try {
        const candidate = Buffer.from(
          await keys.decrypt(Buffer.from(stored.data.wrappedKey, 'base64')),
          'base64',
        );
        const session = SavedSessionSchema.safeParse(decrypt(candidate, stored.data));
        if (session.success) {
          [restoredKey, restored] = [
            { key: candidate, wrapped: stored.data.wrappedKey },
            session.data,
          ];
        } else setAside('invalid', 'The saved answers do not match this version of the app.');
      } catch {
        setAside('unreadable', 'The saved answers could not be unlocked on this computer.');
      }
    }
  }
  let dataKey = Promise.resolve(restoredKey ?? (await newDataKey(keys)));
  // How often the patient was forgotten: a write begun before the last time must not bring their answers back.
  let forgotten = 0;
  let current = restored;
  return {
    notice,
    file: {
      read: () => current,
      async write(session) {
        const started = forgotten;
        const { key, wrapped } = await dataKey;
        if (started !== forgotten) return;
        doc.write({ formatVersion: 1, wrappedKey: wrapped, ...encrypt(key, session) });
        current = session;
      },
      remove() {
        forgotten += 1;
        eraseSavedAnswers(doc);
        current = null;
        // The old key goes with the answers it locked: nothing written from now on can be read with it.
        dataKey = newDataKey(keys);
        // A failure to make the key is the next write's to report; until then it is not an unhandled one.
        dataKey.catch(() => undefined);
      },
    },
  };
}
