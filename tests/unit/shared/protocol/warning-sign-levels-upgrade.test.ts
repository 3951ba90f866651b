import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { HANDOUT_INPUT_KIND, HandoutInputSchema } from '@shared/handout/handout-input';
import { PLAN_KIND, PlanFileSchema } from '@shared/protocol/patient-plan';
import {
  CALL_TEAM_REVIEW_NOTE,
  upgradeWarningSigns,
} from '@shared/protocol/warning-sign-levels-upgrade';

const example = loadProtocolFolder(path.resolve('resources/protocols')).find(
  (p) => p.id === 'example-subretinal-eye',
);
if (!example) throw new Error('no subretinal example');
const source = {
  citation: 'L8: clinic leaflet',
  checkedOn: '2026-11-22',
  reviewerNote: 'Ask Dr. Lee.',
};
const old = (urgency: string) => ({
  id: 'light',
  sign: { en: 'New sensitivity to light' },
  urgency,
  when: null,
  source,
});
const withSigns = (signs: unknown[]) => ({
  ...example,
  afterTreatment: { ...example.afterTreatment, warningSigns: signs },
});

describe('warning signs written before there were three levels', () => {
  it('keep their words; "call-team" takes the more urgent reading, and the note staff read comes first', () => {
    expect(upgradeWarningSigns(withSigns([old('call-team'), old('emergency')]))).toEqual(
      withSigns([
        {
          kind: 'own',
          id: 'light',
          sign: { en: 'New sensitivity to light' },
          level: 'call-team-now',
          when: null,
          source: { ...source, reviewerNote: `${CALL_TEAM_REVIEW_NOTE} Ask Dr. Lee.` },
        },
        {
          kind: 'own',
          id: 'light',
          sign: { en: 'New sensitivity to light' },
          level: 'emergency',
          when: null,
          source,
        },
      ]),
    );
  });

  it('leaves a sign of the new shape, and an urgency it does not know, for the schema to judge', () => {
    const listed = { kind: 'listed', id: 'eye-trouble', when: null };
    expect(upgradeWarningSigns(withSigns([listed, old('soon')]))).toEqual(
      withSigns([listed, old('soon')]),
    );
  });

  it('still open in a patient plan of the older format and in the handout command', () => {
    const protocol = withSigns([old('call-team')]);
    expect(
      PlanFileSchema.safeParse({
        kind: PLAN_KIND,
        formatVersion: 1,
        createdAt: '2026-12-01T10:00:00.000Z',
        clinicName: 'North',
        firstName: '',
        protocol,
        keyDates: {},
      }).success,
    ).toBe(true);
    expect(
      HandoutInputSchema.safeParse({
        kind: HANDOUT_INPUT_KIND,
        formatVersion: 1,
        language: 'en',
        protocol,
      }).success,
    ).toBe(true);
  });
});
