import { describe, expect, it } from 'vitest';
import { SessionPersistenceSchema } from '@shared/contract/api-contract';
import { ClinicSettingsSchema, DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { AppModeSchema, ComputerRoleSchema } from '@shared/schemas/computer-role';

describe('the app modes', () => {
  it('are home and kiosk; a computer whose role is unknown has a role but no mode of its own', () => {
    expect(AppModeSchema.options).toEqual(['home', 'kiosk']);
    expect(ComputerRoleSchema.options).toEqual(['home', 'kiosk', 'needs-attention']);
  });

  it('are what the clinic settings and the startup information take, and nothing else', () => {
    for (const mode of AppModeSchema.options) {
      expect(ClinicSettingsSchema.safeParse({ ...DEFAULT_CLINIC_SETTINGS, mode }).success).toBe(
        true,
      );
      expect(
        SessionPersistenceSchema.safeParse({ mode, storage: 'unavailable', saving: false }).success,
      ).toBe(true);
    }
    for (const mode of ['needs-attention', 'Kiosk', '']) {
      expect(ClinicSettingsSchema.safeParse({ ...DEFAULT_CLINIC_SETTINGS, mode }).success).toBe(
        false,
      );
      expect(
        SessionPersistenceSchema.safeParse({ mode, storage: 'unavailable', saving: false }).success,
      ).toBe(false);
    }
  });
});
