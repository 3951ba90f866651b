import { describe, expect, it } from 'vitest';
import {
  emptySession,
  PatientSessionSchema,
  SavedSessionSchema,
  SessionPatchSchema,
} from '@shared/schemas/session';
import { patchedSession } from '@shared/walkthrough/patched-session';

describe('the patient session', () => {
  it('starts empty in the given language', () => {
    expect(PatientSessionSchema.parse(emptySession('ar'))).toEqual(emptySession('ar'));
  });

  it('takes a full, realistic session', () => {
    const session = {
      ...emptySession('es'),
      role: 'parent',
      firstName: 'Zoë',
      helperName: 'Ana',
      protocolId: 'example-sickle-cell-crispr',
      keyDates: { 'cell-collection': '2027-01-05', infusion: null },
      tests: { 'pregnancy-test': { status: 'scheduled', date: '2026-12-01' } },
      medicines: [{ id: 'm1', name: 'Hydrea 500 mg' }],
      healthHistory: { liver: 'not-sure', pregnancy: 'no' },
      questions: {
        chosen: ['risks'],
        own: [{ id: 'q1', text: '¿Puedo viajar?' }],
        topThree: ['risks', 'q1'],
      },
      comprehension: { vectors: { attempts: 2, understood: true, answer: 'by-a-virus' } },
      flagged: ['vectors-part'],
      readiness: 'want-to-talk-first',
    };
    expect(PatientSessionSchema.parse(session)).toEqual(session);
  });

  it('reads a session saved before lesson flags and worries existed, with none of them', () => {
    const older: Record<string, unknown> = { ...emptySession('en'), firstName: 'Zoë' };
    delete older.flagged;
    delete older.worries;
    expect(SavedSessionSchema.parse(older)).toEqual({ ...older, flagged: [], worries: '' });
    expect(PatientSessionSchema.safeParse(older).success).toBe(false);
  });

  it('leaves out of a patch what it does not change: flags are not reset by an update of the name', () => {
    expect(SessionPatchSchema.parse({ firstName: 'Ana' })).toEqual({ firstName: 'Ana' });
  });

  it('drops a "__proto__" key instead of letting it reach an object prototype', () => {
    const parsed = SessionPatchSchema.parse(
      JSON.parse('{"keyDates": {"__proto__": "2027-01-05"}}'),
    );
    expect(Object.keys(parsed.keyDates ?? {})).toEqual([]);
    expect(Object.getPrototypeOf(parsed.keyDates)).toBe(Object.prototype);
  });

  it.each([
    ['an impossible date', { keyDates: { infusion: '2027-02-30' } }],
    ['a date with a time', { keyDates: { infusion: '2027-01-05T00:00:00Z' } }],
    ['an unknown field', { isAdmin: true }],
    ['four top questions', { questions: { chosen: [], own: [], topThree: ['a', 'b', 'c', 'd'] } }],
    [
      'too many medicines',
      { medicines: Array.from({ length: 101 }, (_, i) => ({ id: `m${i}`, name: 'x' })) },
    ],
    [
      'a huge answer map',
      {
        tests: Object.fromEntries(
          Array.from({ length: 501 }, (_, i) => [`t${i}`, { status: 'done', date: null }]),
        ),
      },
    ],
    ['a blank medicine', { medicines: [{ id: 'm1', name: '   ' }] }],
    ['an unknown role', { role: 'doctor' }],
    ['an unknown health question', { healthHistory: { shoeSize: 'yes' } }],
    ['an unknown health answer', { healthHistory: { liver: 'maybe' } }],
  ])('refuses a patch with %s', (_label, patch) => {
    expect(SessionPatchSchema.safeParse(patch).success).toBe(false);
  });
});

describe('patchedSession', () => {
  const session = {
    ...emptySession('en'),
    firstName: 'Ana',
    keyDates: { infusion: '2027-01-12' },
    worries: 'the needle',
  };

  it('puts the answers a patch gives in place and keeps every other', () => {
    expect(patchedSession(session, { firstName: 'Zoë', readiness: 'ready' })).toEqual({
      ...session,
      firstName: 'Zoë',
      readiness: 'ready',
    });
  });

  it('keeps an answer the patch gives as undefined, and clears one it gives as null or empty', () => {
    const next = patchedSession(
      { ...session, role: 'parent' },
      { firstName: undefined, role: null, worries: '' },
    );
    expect(next).toEqual({ ...session, role: null, worries: '' });
  });

  it('replaces a map of answers whole, as the page sends it whole', () => {
    expect(patchedSession(session, { keyDates: { collection: null } }).keyDates).toEqual({
      collection: null,
    });
  });

  it('changes nothing of the session it was given', () => {
    const before = structuredClone(session);
    patchedSession(session, { firstName: 'Zoë' });
    expect(session).toEqual(before);
  });
});
