import path from 'node:path';
import { loadProtocolFolder } from './protocol/example-protocols';
import { loadManagedPack } from './protocol/managed-pack';
import { protocolCatalog } from './protocol/protocol-catalog';
import { DEFAULT_CLINIC_SETTINGS, KIOSK_WARNING_SECONDS } from '@shared/schemas/clinic-settings';
import { MANAGEABLE_SETTINGS } from '@shared/schemas/managed-settings';
import { paperForRegion } from '@shared/handout/paper-for-region';
import { languageForSystem } from '@shared/i18n/system-language';
import { loadShippedContent } from './content/shipped-content';
import { createCalendarService } from './calendar/calendar-service';
import { createHandoutService } from './handout/handout-service';
import { translatorsFrom } from './i18n/translators';
import { clinicianSession } from './clinician/clinician-session';
import { pinLock } from './clinician/pin-lock';
import { staffModeOffered } from './clinician/staff-entry';
import { protocolEditor } from './clinician/protocol-editor';
import { createClinicianHandlers } from './ipc/clinician-handlers';
import { createPatientHandlers } from './ipc/patient-handlers';
import { createDispatcher, type Invoke } from './ipc/dispatcher';
import { isTrustedSender } from './ipc/trusted-sender';
import type { FileDialogs } from './platform/file-dialogs';
import type { PagePrinter } from './platform/page-printer';
import type { RendererData } from './platform/renderer-data';
import type { Clipboard } from './platform/clipboard';
import { cupsSpooler } from './printing/cups-spooler';
import { createHandoutPrinter } from './printing/handout-printer';
import { openClinicConfig } from './store/clinic-config';
import { loadManagedSettings, managedSettingsPath } from './store/managed-settings';
import type { JsonDocument } from './store/json-document';
import { eraseSavedAnswers, openSessionFile } from './store/encrypted-session-file';
import { patientSessions } from './store/session-store';
import { patientForgetting } from './kiosk/forget-patient';
import type { Clock } from './kiosk/clock';
import { idleDeadline } from './kiosk/idle-deadline';
import { createIdleDeadlineHandlers } from './ipc/idle-deadline-handlers';
import type { KeyStorage } from './platform/key-storage';
import type { ComputerRole, AppMode } from '@shared/schemas/computer-role';
import { computerRole, runMode } from './computer-role';

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
  /** Emptied when a patient's session ends, so no one pastes what they copied. */
  clipboard: Clipboard;
  platform: NodeJS.Platform;
  /** The computer's country (ISO 3166), for the first paper size: Letter in the US and a few others, else A4. */
  region: string | null;
  /**
   * The computer's preferred languages, most preferred first (BCP 47), for the language of a first start: the first
   * one the app ships, else English (languageForSystem).
   */
  systemLanguages: readonly string[];
  /** Where this machine's managed pack would be (see managedPackPath); usually absent. */
  managedPackPath: string;
  now: () => Date;
  /** What a kiosk's idle deadline is timed by: the system clock, or the Chromium host's test clock in its tests. */
  idleClock: Clock;
  /** Closes the app when staff choose to (the way out of a kiosk). */
  closeApp: () => void;
  /**
   * Reloads the app's page from main, as a session's end needs. The page cannot reload itself: the navigation
   * guards cancel every navigation a page starts (Electron emits will-navigate for it), but not main's own.
   */
  reloadPage: () => void;
  log: { error: (message: string, error?: unknown) => void; warn: (message: string) => void };
}

export interface AppServices {
  invoke: Invoke;
  /** The mode the app started in; the window follows it (a kiosk window, or one whose role is unknown, is locked down). */
  mode: AppMode;
  /**
   * After the page's process died, before main reloads it: a kiosk forgets the patient, since no one may be there
   * any more; every computer closes clinician mode, so no one finds it open behind them.
   */
  pageCrashed: () => Promise<void>;
}

/** Opens the patient's saved answers as the computer's role allows: never in a kiosk, encrypted at home. */
async function openPatientSessions(role: ComputerRole, host: AppHost) {
  if (role !== 'home') {
    // A shared computer keeps nothing of a patient, even from an earlier time it was used in home mode. One whose
    // role is unknown keeps nothing either, but removes nothing: a home computer's saved answers wait for staff.
    if (role === 'kiosk') eraseSavedAnswers(host.sessionDocument);
    return { sessions: patientSessions('kiosk', 'unavailable', null), notice: null };
  }
  const storage = await host.keyStorage.level();
  if (storage === 'unavailable')
    return { sessions: patientSessions('home', storage, null), notice: null };
  const opened = await openSessionFile(host.sessionDocument, host.keyStorage);
  return { sessions: patientSessions('home', storage, opened.file), notice: opened.notice };
}

/** Builds main's services and the one dispatcher every renderer call goes through. */
export async function createAppServices(host: AppHost): Promise<AppServices> {
  const resourcesDir = path.join(host.appRoot, 'resources');
  const translatorFor = translatorsFrom(path.join(host.appRoot, 'locales'));
  const content = loadShippedContent(resourcesDir);

  const clinic = openClinicConfig(host.clinicDocument, {
    ...DEFAULT_CLINIC_SETTINGS,
    paperSize: paperForRegion(host.region),
    defaultLanguage: languageForSystem(host.systemLanguages),
  });
  const managedPack = loadManagedPack(host.managedPackPath);
  if (managedPack.state === 'refused')
    host.log.warn(
      `managed pack at ${managedPack.path} refused: ${managedPack.problems.length} problem(s)`,
    );
  const catalog = protocolCatalog(
    loadProtocolFolder(path.join(resourcesDir, 'protocols')),
    clinic,
    managedPack.state === 'loaded' ? managedPack.protocols : [],
  );
  if (clinic.notice)
    host.log.warn(`clinic store: ${clinic.notice.problem}; backup at ${clinic.notice.backupPath}`);
  const managedSettings = loadManagedSettings(managedSettingsPath(host.managedPackPath));
  if (managedSettings.state === 'refused')
    host.log.warn(
      `managed settings at ${managedSettings.path} refused: ${managedSettings.problems.length} problem(s)`,
    );
  const role = computerRole(managedSettings, clinic);
  // The mode is fixed when the app starts, everywhere (sessions, saving, printing, the window): a change staff make
  // applies at the next start, never half of it while a patient is using the app. A computer whose role is not
  // known runs as a kiosk.
  const mode = runMode(role);
  // What the app runs with: the clinic's settings, with those the organization fixed in their place.
  const settings = () => ({ ...clinic.settings(), ...managedSettings.settings, mode });
  const { sessions, notice: sessionNotice } = await openPatientSessions(role, host);
  if (sessionNotice)
    host.log.warn(
      `saved answers: ${sessionNotice.problem}; set aside at ${sessionNotice.backupPath}`,
    );
  const printer = createHandoutPrinter({
    platform: host.platform,
    pagePrinter: host.pagePrinter,
    spooler: cupsSpooler(),
  });
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
  const calendar = createCalendarService({
    mode,
    catalog,
    sessions,
    fileDialogs: host.fileDialogs,
    translatorFor,
    now: host.now,
    noteSaved: handout.noteSaved,
  });
  const pins = pinLock(
    {
      read: () => clinic.current().clinician,
      write: (state) => void clinic.update((config) => ({ ...config, clinician: state })),
    },
    host.now,
    managedSettings.clinicianPin,
  );
  const clinician = clinicianSession(host.now);
  // Only a kiosk (or a computer whose role is unknown, which runs as one) forgets a patient who walks away.
  const deadline =
    mode === 'kiosk'
      ? idleDeadline({
          clock: host.idleClock,
          quietMs: () => settings().kioskIdleMinutes * 60_000,
          warningMs: KIOSK_WARNING_SECONDS * 1000,
          onWarning: () => clinician.close(),
          onDeadline: () => forgetting.forgetPatientAndStartOver(null),
          log: host.log.error,
        })
      : null;
  const forgetting = patientForgetting({
    steps: [
      { name: 'the idle deadline', run: () => deadline?.stop() },
      { name: 'answers', run: () => sessions.clear() },
      { name: 'clinician mode', run: () => clinician.close() },
      { name: 'where handouts were saved', run: () => handout.forgetSaved() },
      { name: "the page's storage and caches", run: () => host.rendererData.clear() },
      { name: 'the clipboard', run: () => host.clipboard.clear() },
    ],
    reloadPage: host.reloadPage,
    log: host.log.error,
  });
  const handlers = {
    ...createPatientHandlers({
      appVersion: host.appVersion,
      role,
      managedSettingsRefused:
        managedSettings.state === 'refused'
          ? { path: managedSettings.path, problems: managedSettings.problems }
          : null,
      clinic,
      catalog,
      sessions,
      sessionNotice,
      handout,
      calendar,
      fileDialogs: host.fileDialogs,
      translatorFor,
      lessons: content.lessons,
      glossary: content.glossary,
      forgetting,
      staffModeOffered: () => staffModeOffered(mode, pins),
    }),
    ...createIdleDeadlineHandlers(deadline),
    ...createClinicianHandlers({
      clinic,
      catalog,
      editor: protocolEditor(clinic, catalog, host.now),
      pin: pins,
      session: clinician,
      mode,
      fileDialogs: host.fileDialogs,
      managedPack,
      listPrinters: printer.listPrinters,
      managedSettings: MANAGEABLE_SETTINGS.filter(
        (name) => managedSettings.settings[name] !== undefined,
      ),
      closeApp: host.closeApp,
      translate: () => translatorFor(clinic.settings().defaultLanguage),
      now: host.now,
    }),
  };
  const invoke = createDispatcher(handlers, {
    isTrustedSender: (sender) => isTrustedSender(sender, host.appOrigin),
    clinicianSession: clinician,
    logError: host.log.error,
  });
  const pageCrashed = async () => {
    if (mode === 'kiosk') await forgetting.forgetPatient();
    else clinician.close();
  };
  return { invoke, mode, pageCrashed };
}
