/**
 * The names of the contract's calls and their IPC channels, without their schemas: what the preload needs to
 * expose the calls, so that it builds no schema before the page starts. The contract (api-contract.ts) declares
 * its calls by exactly these names; a unit test checks that the two lists are the same.
 */
export const API_NAMES = [
  'getStartupInfo',
  'getSessionStart',
  'getCrisisLine',
  'listProtocols',
  'getProtocol',
  'listLessons',
  'listGlossary',
  'getSession',
  'updateSession',
  'previewHandout',
  'saveHandout',
  'saveCalendar',
  'listSavedHandouts',
  'printHandout',
  'forgetPatient',
  'reportKioskActivity',
  'waitForIdleNews',
  'setSessionSaving',
  'openPatientPlan',
  'clinicianStatus',
  'clinicianSetPin',
  'clinicianUnlock',
  'clinicianLock',
  'clinicianProtocols',
  'clinicianGetProtocol',
  'clinicianSaveProtocol',
  'clinicianCreateProtocol',
  'clinicianDuplicateProtocol',
  'clinicianSetRetired',
  'clinicianReorder',
  'clinicianVersions',
  'clinicianChanges',
  'clinicianGetSettings',
  'clinicianSaveSettings',
  'clinicianListPrinters',
  'clinicianCloseApp',
  'clinicianImportPack',
  'clinicianExportPlan',
  'clinicianExportPack',
] as const;
export type ApiName = (typeof API_NAMES)[number];

/** IPC channel of one contract entry; nothing else is ever sent over IPC. */
export function channelOf(name: ApiName): string {
  return `gtc:${name}`;
}
