import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { calendarFile } from '../../../../src/main/calendar/calendar-file';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { translatorsFrom } from '../../../../src/main/i18n/translators';
import { addSpan } from '@shared/dates/calendar-date';
import { timelineItems, type TimelineItem } from '@shared/dates/timeline-items';
import type { Language } from '@shared/i18n/languages';
import type { Protocol } from '@shared/protocol/protocol';
import { resolveText, type LocalizedText } from '@shared/schemas/localized-text';
import { expectedEvent, readCalendar } from '../../../support/calendar-events';

const protocols = loadProtocolFolder(path.resolve('resources/protocols'));
const translatorFor = translatorsFrom(path.resolve('locales'));
const stampedAt = new Date('2026-12-01T10:00:00Z');
const words = {
  calendarName: 'My dates',
  describe: (item: TimelineItem) => item.timing,
  reminder: (item: TimelineItem) => `Tomorrow: ${item.label}`,
};

function itemsFor(protocol: Protocol, language: Language, firstKeyDate: string | null) {
  const keyDates = Object.fromEntries(
    protocol.keyDates.map((d, i) => [
      d.id,
      firstKeyDate && i < 2 ? addSpan(firstKeyDate, i, 'weeks') : null,
    ]),
  );
  return timelineItems(
    protocol,
    { keyDates },
    '2026-12-01',
    translatorFor(language),
    (value: LocalizedText) => resolveText(value, language).text,
  );
}

/** The file's events next to what each item must give, item by item, in order. */
function compare(items: TimelineItem[]) {
  const { events } = readCalendar(calendarFile(items, words, stampedAt));
  const read = events.map((event) => ({
    uid: event.uid,
    summary: event.summary,
    allDay: event.allDay,
    start: event.start,
    end: event.end,
    reminded: event.alarm !== null,
  }));
  return { read, expected: items.map(expectedEvent).filter((event) => event !== null), events };
}

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('the calendar file, read back by a calendar parser', () => {
  it.each(
    protocols.flatMap((p) =>
      (['en', 'ar', 'zh'] as const).map((language) => [p.id, language, p] as const),
    ),
  )(
    '%s in %s: one all-day event per dated item, none for a date not known yet',
    (_id, language, protocol) => {
      // The first two key dates known (the only one, where there is one); a third stays unknown, with what counts from it.
      const items = itemsFor(protocol, language, '2026-12-28');
      const { read, expected } = compare(items);
      expect(read).toEqual(expected);
      expect(read.length).toBe(items.filter((item) => item.when.kind !== 'unknown').length);
      expect(read.length).toBeGreaterThan(0);
    },
  );

  it('writes nothing for a protocol whose key dates are all unknown', () => {
    expect(compare(itemsFor(protocols[0]!, 'en', null)).read).toEqual([]);
  });

  it('reminds the day before, at 9 in the morning, only where the person must act, in their words', () => {
    const { events } = compare(
      itemsFor(
        protocols.find((p) => p.id === 'example-car-t')!,
        'es',
        '2027-01-11',
      ),
    );
    const reminded = events.filter((event) => event.alarm);
    expect(reminded.length).toBeGreaterThan(0);
    for (const event of reminded)
      expect(event.alarm).toEqual({ trigger: '-PT15H', description: `Tomorrow: ${event.summary}` });
    expect(events.some((event) => event.summary.startsWith('Evite'))).toBe(true);
  });

  it('keeps the calendar’s name and each item’s words, commas, semicolons and line breaks included', () => {
    const item: TimelineItem = {
      id: 'medicinePause:x',
      kind: 'medicinePause',
      label: 'Pause a, b; c',
      timing: 'Line one\nLine two',
      when: { kind: 'span', start: '2026-12-30', end: '2027-01-02' },
      needsAction: true,
      passed: false,
    };
    const { name, events } = readCalendar(calendarFile([item], words, stampedAt));
    expect(name).toBe('My dates');
    expect(events).toEqual([
      {
        uid: 'medicinePause:x@gene-therapy-companion',
        summary: 'Pause a, b; c',
        description: 'Line one\nLine two',
        allDay: true,
        start: '2026-12-30',
        end: '2027-01-03',
        alarm: { trigger: '-PT15H', description: 'Tomorrow: Pause a, b; c' },
      },
    ]);
  });

  it.each(['Pacific/Kiritimati', 'America/Adak', 'Europe/London'])(
    'never moves an all-day date with the time zone (TZ=%s), across a daylight-saving change',
    (zone) => {
      process.env.TZ = zone;
      const items: TimelineItem[] = [
        {
          id: 'keyDate:a',
          kind: 'keyDate',
          label: 'A',
          timing: '',
          when: { kind: 'day', date: '2026-03-08' },
          needsAction: true,
          passed: false,
        },
        {
          id: 'keyDate:b',
          kind: 'keyDate',
          label: 'B',
          timing: '',
          when: { kind: 'day', date: '2026-11-01' },
          needsAction: false,
          passed: false,
        },
        {
          id: 'afterTreatmentRule:c',
          kind: 'afterTreatmentRule',
          label: 'C',
          timing: '',
          when: { kind: 'span', start: '2026-12-31', end: '2027-01-01' },
          needsAction: false,
          passed: false,
        },
      ];
      const ics = calendarFile(items, words, stampedAt);
      expect(ics).toContain('DTSTART;VALUE=DATE:20260308\r\nDTEND;VALUE=DATE:20260309');
      expect(ics).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270102');
      expect(ics).toContain('DTSTAMP:20261201T100000Z');
      expect(
        readCalendar(ics).events.map((event) => [event.allDay, event.start, event.end]),
      ).toEqual([
        [true, '2026-03-08', '2026-03-09'],
        [true, '2026-11-01', '2026-11-02'],
        [true, '2026-12-31', '2027-01-02'],
      ]);
    },
  );
});
