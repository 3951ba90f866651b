import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Language } from '@shared/i18n/languages';
import type { FileSaveResult, SavedHandouts } from '@shared/schemas/file-results';
import type { ClinicSettings } from '@shared/schemas/clinic-settings';
import type { HandoutPreview } from '@shared/schemas/handout-preview';
import type { PrintResult } from '@shared/schemas/print-result';
import { handoutPatientOf } from '@shared/schemas/session';
import { hasNamesForHandout } from '@shared/walkthrough/names-asked';
import { unprintableFields } from '@shared/handout/unprintable-characters';
import { secondLanguageProblem } from '@shared/handout/second-language';
import type { HandoutOptions } from '@shared/contract/api-contract';
import type { ProtocolCatalog } from '../protocol/protocol-catalog';
import { protocolForSession } from '../protocol/session-protocol';
import type { SessionStore } from '../store/session-store';
import { ApiError } from '../ipc/api-error';
import type { FileDialogs } from '../platform/file-dialogs';
import type { HandoutPrinter } from '../printing/handout-printer';
import { makeHandout, type HandoutDeps } from './make-handout';
import type { RenderedHandout } from './render-handout';
import { WalletCardTooFull } from './wallet-card-layout';

export interface HandoutServiceDeps extends HandoutDeps {
  catalog: ProtocolCatalog;
  clinicSettings: () => ClinicSettings;
  sessions: SessionStore;
  fileDialogs: FileDialogs;
  printer: HandoutPrinter;
  now: () => Date;
  logWarning: (message: string) => void;
}

/** Makes the patient's handout from the current session, to preview, save where the person chooses, or print. */
export function createHandoutService(deps: HandoutServiceDeps) {
  // Kept in memory only, never with the answers: the files are the person's, outside what the app deletes.
  let savedPaths: string[] = [];
  const noteSaved = (target: string) => {
    savedPaths = [...savedPaths.filter((saved) => saved !== target), target];
  };

  /** What a handout needs before it can be made; the same check whatever is done with it. */
  const ready = ({ secondLanguage = null }: HandoutOptions) => {
    const session = deps.sessions.load();
    if (!session || !hasNamesForHandout(session))
      throw new ApiError(
        'bad-request',
        'The names asked on the welcome step are needed for the handout.',
      );
    const protocol = session.protocolId
      ? protocolForSession(deps.catalog, session, session.protocolId)
      : undefined;
    if (!protocol)
      throw new ApiError('bad-request', 'Choose a therapy protocol before making the handout.');
    const sameLanguage = secondLanguageProblem(session.language, secondLanguage);
    if (sameLanguage) throw new ApiError('bad-request', `secondLanguage: ${sameLanguage}.`);
    return { session, protocol, secondLanguage };
  };

  const render = async (
    options: HandoutOptions,
  ): Promise<RenderedHandout & { language: Language }> => {
    const { session, protocol, secondLanguage } = ready(options);
    const { largePrint } = options;
    const clinic = deps.clinicSettings();
    const patient = handoutPatientOf(session);
    const request = {
      protocol,
      patient,
      language: session.language,
      clinic,
      paper: clinic.paperSize,
      largePrint,
      preparedAt: deps.now(),
      secondLanguage,
    };
    const rendered = await makeHandout(request, deps).catch((error: unknown) => {
      // No handout rather than a card without the number to call; the message names the input, never its text.
      throw error instanceof WalletCardTooFull
        ? new ApiError('card-too-full', error.message)
        : error;
    });
    if (rendered.missingCharacters.length > 0) {
      // Counts and field names only: the characters could come from the patient's name. The page already marked
      // each field (UnprintableNote) before the handout was made.
      const fields = unprintableFields(patient, 'patient').map((field) => field.location);
      deps.logWarning(
        `handout: ${rendered.missingCharacters.length} character(s) had no font and were replaced (${fields.join(', ') || 'clinic or protocol text'})`,
      );
    }
    return { ...rendered, language: session.language };
  };

  return {
    async preview(options: HandoutOptions): Promise<HandoutPreview> {
      const rendered = await render(options);
      return {
        pdfBase64: Buffer.from(rendered.bytes).toString('base64'),
        paper: deps.clinicSettings().paperSize,
        pageCount: rendered.pageCount,
      };
    },

    async save(options: HandoutOptions): Promise<FileSaveResult> {
      // A shared computer keeps nothing of a patient: there the handout is printed, never saved.
      if (deps.clinicSettings().mode === 'kiosk')
        throw new ApiError('forbidden', 'A kiosk prints handouts and never saves them.');
      const rendered = await render(options);
      const t = deps.translatorFor(rendered.language);
      const target = await deps.fileDialogs.chooseSavePath({
        suggestedName: t('handout:fileName'),
        fileTypeLabel: t('handout:fileType'),
        extension: 'pdf',
      });
      if (target === null) return { outcome: 'cancelled' };
      await writeFile(target, rendered.bytes, { mode: 0o600 });
      noteSaved(target);
      return { outcome: 'saved', fileName: path.basename(target) };
    },

    /** A file of the patient's saved elsewhere (their calendar file), listed with the handouts. */
    noteSaved,

    /** Where the handouts saved since the app started are; "delete my information" leaves them there. */
    saved(): SavedHandouts {
      return { paths: savedPaths };
    },

    /** Forgets where the handouts were saved, with the rest of the session. */
    forgetSaved(): void {
      savedPaths = [];
    },

    async print(options: HandoutOptions): Promise<PrintResult> {
      ready(options);
      return deps.printer.print(deps.clinicSettings(), async () => (await render(options)).bytes);
    },
  };
}
export type HandoutService = ReturnType<typeof createHandoutService>;
