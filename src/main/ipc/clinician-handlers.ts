import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ClinicianProtocolEntry, ClinicianCall } from '@shared/contract/clinician-calls';
import type { Translate } from '@shared/i18n/i18n-setup';
import type { Protocol } from '@shared/protocol/protocol';
import { MAX_PACK_BYTES, PackFileSchema } from '@shared/protocol/protocol-pack';
import { withoutReviewerNotes } from '@shared/protocol/patient-view';
import { PatientPlanSchema, PLAN_FORMAT, PLAN_KIND } from '@shared/protocol/patient-plan';
import type { ManagedPack } from '../protocol/managed-pack';
import type { ProtocolCatalog } from '../protocol/protocol-catalog';
import { exportPack, importPack } from '../protocol/protocol-packs';
import { readJsonFileAt } from '../files/read-json-file';
import type { ClinicianSession } from '../clinician/clinician-session';
import { contentHash } from '../protocol/content-hash';
import { newPinProblem } from '@shared/clinician/clinician-pin';
import type { PinLock } from '../clinician/pin-lock';
import { mayChooseFirstPin } from '../clinician/staff-entry';
import type { ProtocolEditor } from '../clinician/protocol-editor';
import type { FileDialogs } from '../platform/file-dialogs';
import type { ClinicConfigStore } from '../store/clinic-config';
import type { ManageableSetting } from '@shared/schemas/managed-settings';
import { missingClinicSettings } from '@shared/schemas/clinic-settings';
import type { AppMode } from '@shared/schemas/computer-role';
import { ApiError } from './api-error';
import type { HandlersFor } from './dispatcher';

export interface ClinicianHandlerDeps {
  clinic: ClinicConfigStore;
  catalog: ProtocolCatalog;
  editor: ProtocolEditor;
  pin: PinLock;
  session: ClinicianSession;
  /** The mode the app started in: a kiosk never lets whoever is at the screen choose the first PIN. */
  mode: AppMode;
  fileDialogs: FileDialogs;
  managedPack: ManagedPack;
  /** Names of the settings the organization fixed for this machine (managed-settings.json). */
  managedSettings: readonly ManageableSetting[];
  listPrinters: () => Promise<string[]>;
  /** Closes the app (in a kiosk, the window lets itself be closed only then). */
  closeApp: () => void;
  /** Labels for file dialogs, in the clinic's default language. */
  translate: () => Translate;
  now: () => Date;
}

/**
 * The clinician calls. Those the contract declares for a clinician reach these handlers only while clinician mode is
 * open: the dispatcher checks it before each, from the contract (clinician-calls.ts).
 */
export function createClinicianHandlers(deps: ClinicianHandlerDeps): HandlersFor<ClinicianCall> {
  const { clinic, catalog, editor, pin, session } = deps;
  const status = () => {
    const { lockedUntil } = clinic.current().clinician;
    const locked = lockedUntil !== null && Date.parse(lockedUntil) > deps.now().getTime();
    const managed = deps.managedPack;
    const managedPack =
      managed.state === 'loaded'
        ? { state: managed.state, path: managed.path, count: managed.protocols.length }
        : managed;
    return {
      pinSet: pin.isSet(),
      pinManaged: pin.isManaged(),
      unlocked: session.isOpen(),
      lockedUntil: locked ? lockedUntil : null,
      managedPack,
      managedSettings: [...deps.managedSettings],
      settingsNeedAttention: clinic.needsAttention(),
    };
  };
  const entry = (protocol: Protocol): ClinicianProtocolEntry => ({
    id: protocol.id,
    version: protocol.version,
    family: protocol.family,
    title: protocol.title,
    isExample: protocol.isExample,
    retired: catalog.isRetired(protocol.id),
    managed: catalog.isManaged(protocol.id),
    contentHash: contentHash(protocol),
  });
  const entries = () => catalog.all().map(entry);
  const existing = (id: string) => {
    const protocol = catalog.get(id);
    if (!protocol) throw new ApiError('not-found', `There is no protocol "${id}".`);
    return protocol;
  };

  return {
    clinicianStatus: status,
    clinicianSetPin: async ({ pin: newPin }) => {
      if (pin.isManaged())
        throw new ApiError(
          'forbidden',
          'The PIN is set by the organization (managed-settings.json) and cannot be changed here.',
        );
      if (pin.isSet()) session.require();
      else if (!mayChooseFirstPin(deps.mode))
        throw new ApiError(
          'forbidden',
          'A kiosk gets its first PIN from the organization (managed-settings.json).',
        );
      const problem = newPinProblem(newPin);
      if (problem === 'format')
        throw new ApiError('bad-request', 'The PIN must be 6 to 12 digits.');
      if (problem === 'guessable')
        throw new ApiError('bad-request', 'The PIN is too easy to guess.');
      await pin.setPin(newPin);
      session.open();
      return status();
    },
    clinicianUnlock: async ({ pin: tried }) => {
      const result = await pin.unlock(tried);
      if (result.outcome === 'unlocked') session.open();
      return result;
    },
    clinicianLock: () => {
      session.close();
      return status();
    },
    clinicianProtocols: entries,
    clinicianGetProtocol: ({ id }) => existing(id),
    clinicianSaveProtocol: ({ protocol }) => editor.save(protocol),
    clinicianCreateProtocol: ({ id, title }) => entry(editor.create(id, title)),
    clinicianDuplicateProtocol: ({ id, newId }) => entry(editor.duplicate(id, newId)),
    clinicianSetRetired: ({ id, retired }) => {
      editor.setRetired(id, retired);
      return entries();
    },
    clinicianReorder: ({ ids }) => {
      editor.reorder(ids);
      return entries();
    },
    clinicianVersions: ({ id }) =>
      editor.versions(id).map((v) => ({
        version: v.protocol.version,
        savedAt: v.savedAt,
        contentHash: v.contentHash,
      })),
    clinicianChanges: ({ id, from, to }) => editor.changes(id, from, to),
    clinicianGetSettings: () => clinic.settings(),
    // Saving the settings is staff confirming how the computer is used, which ends a lost role's attention.
    clinicianSaveSettings: (settings) => {
      const missing = missingClinicSettings(settings);
      if (missing.length > 0)
        throw new ApiError(
          'bad-request',
          `These clinic settings are required: ${missing.join(', ')}.`,
        );
      return clinic.update((config) => ({ ...config, settings, attention: null })).settings;
    },
    clinicianListPrinters: () => deps.listPrinters(),
    clinicianCloseApp: () => {
      deps.closeApp();
      return { closing: true as const };
    },
    clinicianImportPack: async () => {
      const file = await deps.fileDialogs.chooseOpenPath({
        fileTypeLabel: deps.translate()('clinician:packFileType'),
        extension: 'json',
      });
      if (file === null) return { outcome: 'cancelled' as const };
      const reading = readJsonFileAt(file, PackFileSchema, MAX_PACK_BYTES);
      if (reading === null) throw new ApiError('not-found', 'The chosen file could not be opened.');
      if (!reading.ok) return { outcome: 'refused' as const, problems: reading.problems };
      return { outcome: 'imported' as const, ...importPack(editor, reading.value) };
    },
    clinicianExportPlan: async ({ protocolId, firstName, keyDates, medicationRuleIds }) => {
      const protocol = existing(protocolId);
      const chosen = new Set(medicationRuleIds);
      const plan = PatientPlanSchema.safeParse({
        kind: PLAN_KIND,
        formatVersion: PLAN_FORMAT,
        createdAt: deps.now().toISOString(),
        clinicName: clinic.settings().clinicName,
        firstName,
        // Reviewer notes are for clinic staff, never for patients: the plan goes home without them.
        protocol: withoutReviewerNotes({
          ...protocol,
          medications: protocol.medications.filter((rule) => chosen.has(rule.id)),
        }),
        keyDates,
      });
      if (!plan.success)
        throw new ApiError(
          'bad-request',
          plan.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
        );
      const t = deps.translate();
      const file = await deps.fileDialogs.chooseSavePath({
        suggestedName: t('clinician:plan.fileName'),
        fileTypeLabel: t('clinician:plan.fileType'),
        extension: 'json',
      });
      if (file === null) return { outcome: 'cancelled' as const };
      await writeFile(file, `${JSON.stringify(plan.data, null, 2)}\n`, { mode: 0o600 });
      return { outcome: 'saved' as const, fileName: path.basename(file) };
    },
    clinicianExportPack: async ({ ids }) => {
      const protocols = ids.map(existing);
      const t = deps.translate();
      const file = await deps.fileDialogs.chooseSavePath({
        suggestedName: t('clinician:packFileName'),
        fileTypeLabel: t('clinician:packFileType'),
        extension: 'json',
      });
      if (file === null) return { outcome: 'cancelled' as const };
      await writeFile(file, exportPack(protocols, deps.now()));
      return { outcome: 'saved' as const, fileName: path.basename(file) };
    },
  };
}
