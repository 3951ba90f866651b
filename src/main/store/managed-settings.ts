import path from 'node:path';
import type { PinHash } from '@shared/clinician/clinician-pin';
import type { ClinicSettings } from '@shared/schemas/clinic-settings';
import { ManagedSettingsSchema } from '@shared/schemas/managed-settings';
import { readJsonFileAt, type FileProblem } from '../files/read-json-file';

/** What the organization fixed; `clinicianPin` is its staff PIN hash, or null where it set none. */
export type LoadedManagedSettings =
  | { state: 'none'; path: string; settings: Partial<ClinicSettings>; clinicianPin: null }
  | {
      state: 'loaded';
      path: string;
      settings: Partial<ClinicSettings>;
      clinicianPin: PinHash | null;
    }
  | {
      state: 'refused';
      path: string;
      settings: Partial<ClinicSettings>;
      clinicianPin: null;
      problems: FileProblem[];
    };

/** The organization's fixed settings live beside its managed pack (managed-pack.ts): one folder to deploy. */
export function managedSettingsPath(managedPackPath: string): string {
  return path.join(path.dirname(managedPackPath), 'managed-settings.json');
}

/** Reads the fixed settings once at start. A bad file fixes nothing (and is reported), never half applied. */
export function loadManagedSettings(file: string): LoadedManagedSettings {
  const reading = readJsonFileAt(file, ManagedSettingsSchema, 64 * 1024);
  if (reading === null) return { state: 'none', path: file, settings: {}, clinicianPin: null };
  return reading.ok
    ? {
        state: 'loaded',
        path: file,
        settings: reading.value.settings,
        clinicianPin: reading.value.clinicianPin ?? null,
      }
    : {
        state: 'refused',
        path: file,
        settings: {},
        clinicianPin: null,
        problems: reading.problems,
      };
}
