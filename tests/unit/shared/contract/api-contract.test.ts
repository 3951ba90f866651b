import { describe, expect, it } from 'vitest';
import { API_NAMES, apiContract } from '@shared/contract/api-contract';
import { CallerSchema } from '@shared/contract/call-declaration';
import { clinicianCalls } from '@shared/contract/clinician-calls';

describe('the contract', () => {
  it('declares who may make every call', () => {
    for (const name of API_NAMES)
      expect(CallerSchema.safeParse(apiContract[name].caller).success, name).toBe(true);
  });

  it('keeps every clinician call: no patient call of the same name hides one', () => {
    for (const name of Object.keys(clinicianCalls))
      expect(
        Object.hasOwn(apiContract, name) &&
          apiContract[name as keyof typeof clinicianCalls] ===
            clinicianCalls[name as keyof typeof clinicianCalls],
        name,
      ).toBe(true);
  });

  it('lets no patient call reach what only staff may do', () => {
    const patientCalls = API_NAMES.filter((name) => apiContract[name].caller === 'patient');
    expect(patientCalls.filter((name) => name.startsWith('clinician'))).toEqual([]);
    expect(API_NAMES.filter((name) => !name.startsWith('clinician')).sort()).toEqual(
      patientCalls.sort(),
    );
  });

  it('names each call once, and the names the preload exposes are exactly the calls declared', () => {
    expect(new Set(API_NAMES).size).toBe(API_NAMES.length);
    expect([...API_NAMES].sort()).toEqual(Object.keys(apiContract).sort());
  });
});
