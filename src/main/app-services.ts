import path from 'node:path';
import { loadProtocolFolder } from './checklist/example-protocols';
import { loadManagedPack } from './checklist/managed-pack';
import { protocolCatalog } from './checklist/protocol-catalog';
import { DEFAULT_CLINIC_SETTINGS } from '../shared/schemas/clinic-settings';
import { MANAGEABLE_SETTINGS } from '../shared/schemas/managed-settings';
import { paperForRegion } from '../shared/paper-for-region';
import { loadShippedContent } from './content/shipped-content';
import { createHandoutService } from './handout/handout-service';
import { translatorsFrom } from './i18n/translators';
import { clinicianSession } from './clinician/clinician-session';
import { pinLock } from './clinician/pin-lock';
import { protocolEditor } from './clinician/protocol-editor';
import { createClinicianHandlers } from './ipc/clinician-handlers';
import { createPatientHandlers } from './ipc/patient-handlers';
import { createDispatcher, type Invoke } from './ipc/dispatcher';
import { isTrustedSender } from './ipc/trusted-sender';
import type { FileDialogs } from './platform/file-dialogs';
import type { PagePrinter } from './platform/page-printer';
import type { RendererData } from './platform/renderer-data';
import { cupsSpooler } from './printing/cups-spooler';
import { createHandoutPrinter } from './printing/handout-printer';
import { openClinicConfig } from './store/clinic-config';
import { loadManagedSettings, managedSettingsPath } from './store/managed-settings';
import type { JsonDocument } from './store/json-document';
import { eraseSavedAnswers, openSessionFile } from './store/encrypted-session-file';
import { patientSessions } from './store/session-store';
import type { KeyStorage } from './platform/key-storage';

/** What differs between the Electron app and the Chromium test host; everything else is the same code. */
export interface AppHost {
  /** Folder holding `resources/` and `locales/`. */
  appRoot: string;
  appVersion: string;
  /** Origin of the app's own page: `app://gtc` in Electron, the loopback server in the test host. */
  appOrigin: URL;
  clinicDocument: JsonDocument;
  /** Where a patient's answers are saved, encrypted, in home mode. */
  sessionDocument: JsonDocument;
  keyStorage: KeyStorage;
  fileDialogs: FileDialogs;
  /** Prints the window's print view: Electron's webContents.print, or a PDF file in the Chromium host. */
  pagePrinter: PagePrinter;
  /** What the browser engine keeps of the page (storage, caches), cleared when a patient's session ends. */
  rendererData: RendererData;
  platform: NodeJS.Platform;
  /** The computer's country (ISO 3166), for the first paper size: Letter in the US and a few others, else A4. */
  region: string | null;
  /** Where this machine's managed pack would be (see managedPackPath); usually absent. */
  managedPackPath: string;
  now: () => Date;
  /** Closes the app when staff choose to (the way out of a kiosk). */
  closeApp: () => void;
  log: { error(message: string, error?: unknown): void; warn(message: string): void };
}

export interface AppServices {
  invoke: Invoke;
  /** The mode the app started in; the window follows it (a kiosk window is locked down). */
  mode: 'home' | 'kiosk';
  /** Forgets the patient as ending a session does (answers, page storage and caches), for main's own use. */
  forgetPatient(): Promise<void>;
}

/** Opens the patient's saved answers as the clinic's mode allows: never in a kiosk, encrypted at home. */
async function openPatientSessions(mode: 'home' | 'kiosk', host: AppHost) {
  if (mode === 'kiosk') {
    // A shared computer keeps nothing of a patient, even from an earlier time it was used in home mode.
    eraseSavedAnswers(host.sessionDocument);
    return { sessions: patientSessions('kiosk', 'unavailable', null), notice: null };
  }
  const storage = await host.keyStorage.level();
  if (storage === 'unavailable') return { sessions: patientSessions('home', storage, null), notice: null };
  const opened = await openSessionFile(host.sessionDocument, host.keyStorage);
  return { sessions: patientSessions('home', storage, opened.file), notice: opened.notice };
}

/** Builds main's services and the one dispatcher every renderer call goes through. */
export async function createAppServices(host: AppHost): Promise<AppServices> {
  const resourcesDir = path.join(host.appRoot, 'resources');
  const translatorFor = translatorsFrom(path.join(host.appRoot, 'locales'));
  const content = loadShippedContent(resourcesDir);

  const clinic = openClinicConfig(host.clinicDocument, { ...DEFAULT_CLINIC_SETTINGS, paperSize: paperForRegion(host.region) });
  const managedPack = loadManagedPack(host.managedPackPath);
  if (managedPack.state === 'refused') host.log.warn(`managed pack at ${managedPack.path} refused: ${managedPack.problems.length} problem(s)`);
  const catalog = protocolCatalog(
    loadProtocolFolder(path.join(resourcesDir, 'protocols')),
    clinic,
    managedPack.state === 'loaded' ? managedPack.protocols : [],
  );
  if (clinic.notice) host.log.warn(`clinic store: ${clinic.notice.problem}; backup at ${clinic.notice.backupPath}`);
  const managedSettings = loadManagedSettings(managedSettingsPath(host.managedPackPath));
  if (managedSettings.state === 'refused') host.log.warn(`managed settings at ${managedSettings.path} refused: ${managedSettings.problems.length} problem(s)`);
  // What the app runs with: the clinic's settings, with those the organization fixed in their place.
  const settings = () => ({ ...clinic.settings(), ...managedSettings.settings });
  const { sessions, notice: sessionNotice } = await openPatientSessions(settings().mode, host);
  if (sessionNotice) host.log.warn(`saved answers: ${sessionNotice.problem}; set aside at ${sessionNotice.backupPath}`);
  const printer = createHandoutPrinter({ platform: host.platform, pagePrinter: host.pagePrinter, spooler: cupsSpooler() });
  const handout = createHandoutService({
    catalog,
    clinicSettings: settings,
    sessions,
    translatorFor,
    fileDialogs: host.fileDialogs,
    printer,
    fontsDir: path.join(resourcesDir, 'fonts'),
    ...content,
    now: host.now,
    logWarning: host.log.warn,
  });
  const pins = pinLock(
    { read: () => clinic.current().clinician, write: (state) => void clinic.update((config) => ({ ...config, clinician: state })) },
    host.now,
  );
  const handlers = {
    ...createPatientHandlers({ appVersion: host.appVersion, clinic, catalog, sessions, sessionNotice, handout, fileDialogs: host.fileDialogs, translatorFor, lessons: content.lessons, glossary: content.glossary, forgetPatient: () => forgetPatient(), kioskIdleMinutes: () => settings().kioskIdleMinutes }),
    ...createClinicianHandlers({
      clinic,
      catalog,
      editor: protocolEditor(clinic, catalog, host.now),
      pin: pins,
      session: clinicianSession(host.now),
      fileDialogs: host.fileDialogs,
      managedPack,
      listPrinters: printer.listPrinters,
      managedSettings: MANAGEABLE_SETTINGS.filter((name) => managedSettings.settings[name] !== undefined),
      closeApp: host.closeApp,
      translate: () => translatorFor(clinic.settings().defaultLanguage),
      now: host.now,
    }),
  };
  const invoke = createDispatcher(handlers, {
    isTrustedSender: (sender) => isTrustedSender(sender, host.appOrigin),
    logError: host.log.error,
  });
  const forgetPatient = async () => {
    sessions.clear();
    await host.rendererData.clear();
  };
  return { invoke, mode: sessions.persistence().mode, forgetPatient };
}
