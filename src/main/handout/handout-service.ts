import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileSaveResult } from '../../shared/schemas/file-results';
import type { Translate } from '../../shared/i18n-setup';
import type { Language } from '../../shared/languages';
import type { ClinicSettings } from '../../shared/schemas/clinic-settings';
import type { ProtocolCatalog } from '../checklist/protocol-catalog';
import { protocolForSession } from '../checklist/session-protocol';
import type { SessionStore } from '../store/session-store';
import { ApiError } from '../ipc/api-error';
import type { FileDialogs } from '../platform/file-dialogs';
import { makeHandout } from './make-handout';

export interface HandoutServiceDeps {
  catalog: ProtocolCatalog;
  clinicSettings: () => ClinicSettings;
  sessions: SessionStore;
  translatorFor: (language: Language) => Translate;
  fileDialogs: FileDialogs;
  fontsDir: string;
  now: () => Date;
  logWarning: (message: string) => void;
}

/** Makes the patient's handout from the current session and saves it where the person chooses. */
export function createHandoutService(deps: HandoutServiceDeps) {
  return {
    async save({ largePrint }: { largePrint: boolean }): Promise<FileSaveResult> {
      const session = deps.sessions.load();
      if (!session || session.firstName === '') throw new ApiError('bad-request', 'A first name is needed for the handout.');
      const protocol = session.protocolId ? protocolForSession(deps.catalog, session, session.protocolId) : undefined;
      if (!protocol) throw new ApiError('bad-request', 'Choose a therapy checklist before making the handout.');

      const t = deps.translatorFor(session.language);
      const clinic = deps.clinicSettings();
      const rendered = await makeHandout(
        { protocol, firstName: session.firstName, keyDates: session.keyDates, medicines: session.medicines, language: session.language, clinic, paper: clinic.paperSize, largePrint, preparedAt: deps.now() },
        deps,
      );
      if (rendered.missingCharacters.length > 0) {
        // Counts only: the characters could come from the patient's name.
        deps.logWarning(`handout: ${rendered.missingCharacters.length} character(s) had no font and were replaced`);
      }

      const target = await deps.fileDialogs.chooseSavePath({ suggestedName: t('handout:fileName'), fileTypeLabel: t('handout:fileType'), extension: 'pdf' });
      if (target === null) return { outcome: 'cancelled' };
      await writeFile(target, rendered.bytes, { mode: 0o600 });
      return { outcome: 'saved', fileName: path.basename(target) };
    },
  };
}
