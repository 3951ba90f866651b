import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { folderFileDialogs } from '../../../../src/chromium-host/folder-file-dialogs';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { protocolCatalog } from '../../../../src/main/protocol/protocol-catalog';
import { createHandoutService } from '../../../../src/main/handout/handout-service';
import type { HandoutPrinter } from '../../../../src/main/printing/handout-printer';
import { openClinicConfig } from '../../../../src/main/store/clinic-config';
import { patientSessions } from '../../../../src/main/store/session-store';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { emptySession } from '@shared/schemas/session';
import { confStore } from '../../../support/conf-store';
import { handoutDeps } from '../../../support/handout-fixtures';
import { makeTempDir } from '../../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const noPrinter: HandoutPrinter = {
  print: async () => {
    throw new Error('not printed here');
  },
  listPrinters: async () => [],
};

describe('a handout with characters no font has', () => {
  it('is logged with the fields that hold them, never the characters or the name', async () => {
    const sessions = patientSessions('kiosk', 'unavailable', null);
    await sessions.save({
      ...emptySession('en'),
      role: 'patient',
      firstName: 'Zoë 🥰',
      protocolId: 'example-car-t',
      worries: 'Sleep \u{F0001}',
    });
    const logged: string[] = [];
    const service = createHandoutService({
      ...handoutDeps,
      catalog: protocolCatalog(
        loadProtocolFolder(path.resolve('resources/protocols')),
        openClinicConfig(confStore(dir)),
      ),
      clinicSettings: () => ({ ...DEFAULT_CLINIC_SETTINGS, mode: 'kiosk' }),
      sessions,
      fileDialogs: folderFileDialogs(dir),
      printer: noPrinter,
      now: () => new Date('2026-11-22T10:00:00Z'),
      logWarning: (message) => logged.push(message),
    });
    await service.preview({ largePrint: false });
    expect(logged).toEqual([
      'handout: 2 character(s) had no font and were replaced (patient.firstName, patient.worries)',
    ]);
    expect(logged.join('')).not.toMatch(/Zoë|🥰|\u{F0001}|Sleep/u);
  });
});
