import type { ProtocolSummary, SaveHandoutResult } from '../../shared/api-contract';
import type { Protocol } from '../../shared/protocol/protocol';
import { emptySession, type PatientSession } from '../../shared/schemas/session';
import type { ProtocolCatalog } from '../checklist/protocol-catalog';
import type { ClinicConfigStore } from '../store/clinic-config';
import type { SessionStore } from '../store/session-store';
import { ApiError } from './api-error';
import type { HandlersFor } from './dispatcher';

export interface ApiHandlerDeps {
  appVersion: string;
  clinic: ClinicConfigStore;
  catalog: ProtocolCatalog;
  sessions: SessionStore;
  handout: { save(): Promise<SaveHandoutResult> };
}

function summarize(protocol: Protocol): ProtocolSummary {
  const { id, version, family, title, isExample } = protocol;
  return { id, version, family, title, isExample };
}

/** What main does for each contract entry. Arguments arrive already validated by the dispatcher. */
export type PatientCall = 'getStartupInfo' | 'listProtocols' | 'getProtocol' | 'getSession' | 'updateSession' | 'saveHandout';

/** The calls of the patient walkthrough. */
export function createPatientHandlers({ appVersion, clinic, catalog, sessions, handout }: ApiHandlerDeps): HandlersFor<PatientCall> {
  const currentSession = (): PatientSession => sessions.load() ?? emptySession(clinic.settings().defaultLanguage);

  return {
    getStartupInfo: () => ({
      appVersion,
      defaultLanguage: clinic.settings().defaultLanguage,
      notices: clinic.notice ? [clinic.notice] : [],
    }),
    listProtocols: () => catalog.offered().map(summarize),
    getProtocol: ({ id }) => {
      const protocol = catalog.get(id);
      if (!protocol) throw new ApiError('not-found', `There is no checklist "${id}".`);
      return protocol;
    },
    getSession: currentSession,
    updateSession: (patch) => {
      if (patch.protocolId && (!catalog.get(patch.protocolId) || catalog.isRetired(patch.protocolId))) {
        throw new ApiError('not-found', `There is no checklist "${patch.protocolId}".`);
      }
      const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      const next: PatientSession = { ...currentSession(), ...given };
      sessions.save(next);
      return next;
    },
    saveHandout: () => handout.save(),
  };
}
