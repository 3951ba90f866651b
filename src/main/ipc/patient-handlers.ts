import type { ProtocolSummary, PatientCall } from '@shared/contract/api-contract';
import type { Protocol } from '@shared/protocol/protocol';
import { emptySession, type PatientSession } from '@shared/schemas/session';
import { patchedSession } from '@shared/walkthrough/patched-session';
import { MAX_PLAN_BYTES, PlanFileSchema } from '@shared/protocol/patient-plan';
import type { GlossaryEntry } from '@shared/content/glossary';
import type { Lesson } from '@shared/content/lesson';
import { answersAboutLessons, unknownLessonReferences } from '@shared/content/lesson-references';
import { lessonsForProtocol } from '@shared/content/lessons-for-protocol';
import type { Translate } from '@shared/i18n/i18n-setup';
import type { ProtocolCatalog } from '../protocol/protocol-catalog';
import { protocolForSession } from '../protocol/session-protocol';
import { withoutReviewerNotes } from '@shared/protocol/patient-view';
import { readJsonFileAt } from '../files/read-json-file';
import type { FileDialogs } from '../platform/file-dialogs';
import type { CalendarService } from '../calendar/calendar-service';
import type { HandoutService } from '../handout/handout-service';
import type { ClinicConfigStore } from '../store/clinic-config';
import type { PatientSessions } from '../store/session-store';
import type { PatientForgetting } from '../kiosk/forget-patient';
import type { StoreNotice } from '@shared/schemas/store-notice';
import type { ComputerRole } from '@shared/schemas/computer-role';
import type { ManagedSettingsRefusal } from '@shared/schemas/managed-settings';
import { sessionStart } from '@shared/schemas/session-start';
import { ApiError } from './api-error';
import type { HandlersFor } from './dispatcher';
import type { IdleDeadlineCall } from './idle-deadline-handlers';

export interface ApiHandlerDeps {
  appVersion: string;
  /** How this computer runs, decided at start. */
  role: ComputerRole;
  /** The organization's settings file, where it is there but could not be used; it leaves the role unknown. */
  managedSettingsRefused: ManagedSettingsRefusal | null;
  clinic: ClinicConfigStore;
  catalog: ProtocolCatalog;
  sessions: PatientSessions;
  /** Problems found at start with the saved answers, told to the person like the clinic file's. */
  sessionNotice: StoreNotice | null;
  handout: HandoutService;
  calendar: CalendarService;
  fileDialogs: FileDialogs;
  translatorFor: (language: PatientSession['language']) => Translate;
  lessons: readonly Lesson[];
  glossary: readonly GlossaryEntry[];
  /** Forgets the patient (answers in memory and on disk, clinician mode, the page's storage and caches) and reloads the page. */
  forgetting: PatientForgetting;
  staffModeOffered: () => boolean;
}

function summarize(protocol: Protocol): ProtocolSummary {
  const { id, version, family, title, isExample } = protocol;
  return { id, version, family, title, isExample };
}

/** The calls of the patient walkthrough. Arguments arrive already validated by the dispatcher. */
export function createPatientHandlers(
  deps: ApiHandlerDeps,
): HandlersFor<Exclude<PatientCall, IdleDeadlineCall>> {
  const { appVersion, clinic, catalog, sessions, handout, fileDialogs, translatorFor, lessons } =
    deps;
  const currentSession = (): PatientSession =>
    sessions.load() ?? emptySession(clinic.settings().defaultLanguage);
  // The parts for this therapy and this reader: who fills it in decides whether a child's own agreement is taught.
  const lessonsFor = (
    protocolId: string | null,
    role: PatientSession['role'] = currentSession().role,
  ) =>
    lessonsForProtocol(
      lessons,
      protocolId ? protocolForSession(catalog, sessions.load(), protocolId) : undefined,
      role,
    );
  const mayStart = () => sessionStart(sessions.persistence().mode, clinic.settings());

  return {
    getStartupInfo: () => ({
      appVersion,
      defaultLanguage: clinic.settings().defaultLanguage,
      // Until staff confirm the computer's role, each start tells again why it needs attention.
      notices: [clinic.notice ?? clinic.current().attention, deps.sessionNotice].filter(
        (notice): notice is StoreNotice => notice !== null,
      ),
      managedSettingsRefused: deps.managedSettingsRefused,
      role: deps.role,
      persistence: sessions.persistence(),
      sessionEnded: deps.forgetting.takeNotice(),
      staffModeOffered: deps.staffModeOffered(),
      sessionStart: mayStart(),
    }),
    getSessionStart: mayStart,
    getCrisisLine: () => clinic.settings().crisisLine,
    forgetPatient: async () => {
      await deps.forgetting.forgetPatientAndStartOver(null);
      return { forgotten: true };
    },
    setSessionSaving: async ({ save }) => {
      try {
        return await sessions.setSaving(save);
      } catch (error) {
        throw new ApiError('bad-request', (error as Error).message);
      }
    },
    listProtocols: () => catalog.offered().map(summarize),
    getProtocol: ({ id }) => {
      const protocol = protocolForSession(catalog, sessions.load(), id);
      if (!protocol) throw new ApiError('not-found', `There is no protocol "${id}".`);
      return withoutReviewerNotes(protocol);
    },
    listLessons: ({ protocolId, role }) => lessonsFor(protocolId, role).map(withoutReviewerNotes),
    listGlossary: () => deps.glossary.map(withoutReviewerNotes),
    getSession: currentSession,
    updateSession: async (patch) => {
      // A kiosk that may not start a session takes no patient's answers; staff may still change the language.
      if (
        !mayStart().allowed &&
        Object.entries<unknown>(patch).some(
          ([key, value]) => key !== 'language' && value !== undefined,
        )
      ) {
        throw new ApiError(
          'forbidden',
          'This kiosk is not set up yet: the clinic settings it needs are missing.',
        );
      }
      const [unknown] = unknownLessonReferences(
        lessonsFor(
          patch.protocolId ?? currentSession().protocolId,
          patch.role ?? currentSession().role,
        ),
        patch,
      );
      if (unknown) throw new ApiError('not-found', `${unknown.location}: ${unknown.message}`);
      const planned = currentSession().plan?.protocol.id;
      if (
        patch.protocolId &&
        patch.protocolId !== planned &&
        (!catalog.get(patch.protocolId) || catalog.isRetired(patch.protocolId))
      ) {
        throw new ApiError('not-found', `There is no protocol "${patch.protocolId}".`);
      }
      const merged = patchedSession(currentSession(), patch);
      // Another therapy or reader is taught other lesson parts (lessonsForProtocol): answers about parts it lacks go.
      const next: PatientSession =
        patch.protocolId || patch.role
          ? {
              ...merged,
              ...answersAboutLessons(lessonsFor(merged.protocolId, merged.role), merged),
            }
          : merged;
      await sessions.save(next);
      return next;
    },
    previewHandout: (options) => handout.preview(options),
    saveHandout: (options) => handout.save(options),
    listSavedHandouts: () => handout.saved(),
    saveCalendar: () => deps.calendar.save(),
    printHandout: async (options) => {
      const result = await handout.print(options);
      // At a kiosk the printed page is the patient's to take; nothing of them stays for the next person.
      if (result.outcome === 'printed' && sessions.persistence().mode === 'kiosk')
        await deps.forgetting.forgetPatientAndStartOver('printed');
      return result;
    },
    openPatientPlan: async () => {
      // A shared kiosk opens no file dialogs: a patient could browse the computer's files from one.
      if (sessions.persistence().mode === 'kiosk')
        throw new ApiError('forbidden', 'A kiosk opens no files.');
      const current = currentSession();
      const file = await fileDialogs.chooseOpenPath({
        fileTypeLabel: translatorFor(current.language)('app:plan.fileType'),
        extension: 'json',
      });
      if (file === null) return { outcome: 'cancelled' as const };
      const reading = readJsonFileAt(file, PlanFileSchema, MAX_PLAN_BYTES);
      if (reading === null) throw new ApiError('not-found', 'The chosen file could not be opened.');
      if (!reading.ok) return { outcome: 'refused' as const, problems: reading.problems };
      const plan = reading.value;
      const session: PatientSession = {
        ...current,
        firstName: plan.firstName || current.firstName,
        protocolId: plan.protocol.id,
        keyDates: { ...current.keyDates, ...plan.keyDates },
        plan: { createdAt: plan.createdAt, clinicName: plan.clinicName, protocol: plan.protocol },
      };
      await sessions.save(session);
      return { outcome: 'opened' as const, session };
    },
  };
}
