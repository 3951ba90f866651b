import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateFieldPath, dateNotes } from '@shared/dates/date-notes';
import { describeDateNote } from '@shared/dates/describe-date-note';
import { ProtocolSchema } from '@shared/protocol/protocol';
import type { HandoutPatient } from '@shared/schemas/session';
import { localeText } from '../../../support/locale-text';

const carT = ProtocolSchema.parse(
  JSON.parse(readFileSync('resources/protocols/example-car-t.json', 'utf8')),
);
const today = '2026-12-01';
const notes = (answers: Partial<Pick<HandoutPatient, 'keyDates' | 'tests'>>) =>
  dateNotes(carT, answers, today).map((note) => `${dateFieldPath(note.subject)}:${note.kind}`);

describe('notes on the dates a patient entered (one decision for the fields, the review and the handout command)', () => {
  it('says nothing about dates in the protocol order, ahead, within a year, and tests booked before they are needed', () => {
    expect(
      notes({
        keyDates: {
          'cell-collection': '2027-01-11',
          lymphodepletion: '2027-02-01',
          infusion: '2027-02-06',
        },
        tests: {
          'infection-screening': { status: 'done', date: '2026-11-20' },
          'pregnancy-test': { status: 'scheduled', date: '2027-01-30' },
          'no-active-infection': { status: 'not-yet', date: null },
        },
      }),
    ).toEqual([]);
    expect(notes({})).toEqual([]);
  });

  it('notes a key date before one the protocol lists ahead of it, naming the first such', () => {
    const found = dateNotes(
      carT,
      {
        keyDates: {
          'cell-collection': '2027-01-11',
          lymphodepletion: '2027-02-10',
          infusion: '2027-02-06',
        },
      },
      today,
    );
    expect(found).toEqual([
      {
        id: 'keyDates.infusion:beforeEarlierKeyDate',
        subject: { kind: 'keyDate', id: 'infusion' },
        date: '2027-02-06',
        kind: 'beforeEarlierKeyDate',
        earlierKeyDate: 'lymphodepletion',
        earlierDate: '2027-02-10',
      },
    ]);
    // An infusion before the collection too, with the chemotherapy not known yet.
    expect(
      notes({
        keyDates: {
          'cell-collection': '2027-01-11',
          lymphodepletion: null,
          infusion: '2027-01-05',
        },
      }),
    ).toEqual(['keyDates.infusion:beforeEarlierKeyDate']);
    // The same day is not out of order.
    expect(notes({ keyDates: { lymphodepletion: '2027-02-06', infusion: '2027-02-06' } })).toEqual(
      [],
    );
  });

  it('notes a key date gone by, or more than a year ahead', () => {
    expect(
      notes({ keyDates: { 'cell-collection': '2026-11-30', infusion: '2027-12-02' } }),
    ).toEqual(['keyDates.cell-collection:keyDatePassed', 'keyDates.infusion:farAhead']);
    expect(notes({ keyDates: { 'cell-collection': today, infusion: '2027-12-01' } })).toEqual([]);
  });

  it('notes a test booked after the key date it is needed before, or booked for a day gone by', () => {
    const keyDates = { 'cell-collection': '2027-01-11' };
    expect(
      notes({
        keyDates,
        tests: { 'infection-screening': { status: 'scheduled', date: '2027-01-12' } },
      }),
    ).toEqual(['tests.infection-screening.date:bookedAfterDue']);
    expect(
      dateNotes(
        carT,
        { keyDates, tests: { 'infection-screening': { status: 'scheduled', date: '2027-01-12' } } },
        today,
      )[0],
    ).toMatchObject({ keyDate: 'cell-collection', due: '2027-01-11' });
    expect(
      notes({
        keyDates,
        tests: { 'infection-screening': { status: 'scheduled', date: '2027-01-11' } },
      }),
    ).toEqual([]);
    expect(
      notes({
        keyDates,
        tests: { 'infection-screening': { status: 'scheduled', date: '2026-11-30' } },
      }),
    ).toEqual(['tests.infection-screening.date:bookedInPast']);
    // Without the key date, when it is needed by is not known: nothing to compare.
    expect(
      notes({ tests: { 'infection-screening': { status: 'scheduled', date: '2027-01-12' } } }),
    ).toEqual([]);
  });

  it('notes a test done on a day to come or more than a year ago, or booked more than a year ahead', () => {
    expect(
      notes({ tests: { 'infection-screening': { status: 'done', date: '2026-12-02' } } }),
    ).toEqual(['tests.infection-screening.date:doneInFuture']);
    expect(
      notes({ tests: { 'infection-screening': { status: 'done', date: '2025-11-30' } } }),
    ).toEqual(['tests.infection-screening.date:longAgo']);
    expect(
      notes({ tests: { 'infection-screening': { status: 'done', date: '2025-12-01' } } }),
    ).toEqual([]);
    expect(
      notes({ tests: { 'pregnancy-test': { status: 'scheduled', date: '2027-12-02' } } }),
    ).toEqual(['tests.pregnancy-test.date:farAhead']);
  });
});

describe('a note in words', () => {
  const t = (key: string, values?: Record<string, unknown>) =>
    localeText(
      'zh',
      key.split(':')[0] as string,
      key.split(':')[1] as string,
      values as Record<string, string>,
    );
  it('names the other date by its label and in words, never in digits alone', () => {
    const [note] = dateNotes(
      carT,
      { keyDates: { lymphodepletion: '2027-01-14', infusion: '2027-01-10' } },
      today,
    );
    const label = (id: string) => (id === 'lymphodepletion' ? '短期化疗' : id);
    expect(describeDateNote(note!, label, t, 'zh')).toBe(
      localeText('zh', 'checklist', 'dateNotes.beforeEarlierKeyDate', {
        keyDate: '短期化疗',
        date: '2027年1月14日星期四',
      }),
    );
  });
});
