import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { dueDate } from '@shared/dates/due-dates';
import { ownValue } from '@shared/values/own-value';
import { ProtocolSchema } from '@shared/protocol/protocol';
import { IdSchema, RESERVED_IDS } from '@shared/schemas/id';
import { emptySession, SessionPatchSchema } from '@shared/schemas/session';

const [example] = loadProtocolFolder(path.resolve('resources/protocols'));
if (!example) throw new Error('no example protocol');
const messages = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('ids that every object already answers to', () => {
  it.each(['constructor', '__proto__', 'toString', 'prototype', 'hasOwnProperty', 'valueOf'])(
    'refuses "%s" with a message saying why',
    (id) => {
      expect(RESERVED_IDS.has(id)).toBe(true);
      expect(messages(IdSchema.safeParse(id))).toContain(
        `"${id}" is a name the app keeps for itself; choose another id`,
      );
    },
  );

  it('still takes ordinary ids, including ones that only contain such a word', () => {
    for (const id of ['infusion', 'cell-collection', 'constructor-visit', 'proto'])
      expect(IdSchema.safeParse(id).success).toBe(true);
  });

  it('refuses a protocol, a key date of a protocol, or an answer keyed by such an id', () => {
    expect(ProtocolSchema.safeParse({ ...example, id: 'constructor' }).success).toBe(false);
    const keyDates = [...example.keyDates, { id: 'constructor', label: { en: 'building day' } }];
    expect(ProtocolSchema.safeParse({ ...example, keyDates }).success).toBe(false);
    expect(SessionPatchSchema.safeParse({ keyDates: { constructor: '2027-01-05' } }).success).toBe(
      false,
    );
    // zod drops a "__proto__" key of a record without reading it, so it can never reach a lookup.
    const patched = SessionPatchSchema.parse({
      tests: JSON.parse('{"__proto__": {"status": "done", "date": null}}'),
    });
    expect(patched.tests && Object.getPrototypeOf(patched.tests)).toBe(Object.prototype);
    expect(patched.tests && Object.keys(patched.tests)).toEqual([]);
  });
});

describe('looking up an answer by an id', () => {
  it("finds only what the record holds itself, never Object's own members", () => {
    const { keyDates } = emptySession('en');
    expect(ownValue(keyDates, 'constructor')).toBeUndefined();
    expect(ownValue(keyDates, 'toString')).toBeUndefined();
    expect(ownValue({ infusion: '2027-01-05' }, 'infusion')).toBe('2027-01-05');
  });

  it('gives a step timed from a key date named like a member of every object no made-up date', () => {
    const timing = {
      amount: 2,
      unit: 'weeks',
      relation: 'before',
      keyDate: 'constructor',
    } as const;
    expect(dueDate(timing, {}, '2027-01-01')).toEqual({ kind: 'relative', keyDate: 'constructor' });
  });
});
