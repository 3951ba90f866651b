import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { calendarFile } from '../../../../src/main/calendar/calendar-file';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { contentHash } from '../../../../src/main/protocol/content-hash';
import {
  buildHandoutContent,
  type HandoutBlock,
} from '../../../../src/main/handout/handout-content';
import { translatorsFrom } from '../../../../src/main/i18n/translators';
import { ChecklistView } from '../../../../src/renderer/src/components/ChecklistView';
import { createRendererI18n } from '../../../../src/renderer/src/i18n/renderer-i18n';
import { VoiceProvider } from '../../../../src/renderer/src/i18n/voice';
import { addSpan } from '@shared/dates/calendar-date';
import { describeDeadlinePassed, describeTimelineWhen } from '@shared/dates/describe-timeline-when';
import { timelineItems, type TimelineItem } from '@shared/dates/timeline-items';
import { planHandout } from '@shared/handout/handout-plan';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { resolveText, type LocalizedText } from '@shared/schemas/localized-text';
import { CLINIC_CONTACT } from '../../../support/clinic-contact';
import { expectedEvent, readCalendar } from '../../../support/calendar-events';
import { glossary, lessons, patientWith } from '../../../support/handout-fixtures';

const protocols = loadProtocolFolder(path.resolve('resources/protocols'));
const t = translatorsFrom(path.resolve('locales'))('en');
const text = (value: LocalizedText) => resolveText(value, 'en').text;
const i18n = await createRendererI18n('en');
const passedWords = describeDeadlinePassed(t);

/** The texts of the checklist as the walkthrough draws it, one string with the markup's entities undone. */
function checklistText(
  protocol: (typeof protocols)[number],
  keyDates: Record<string, string | null>,
  today: string,
): string {
  const view = createElement(ChecklistView, { protocol, dates: { keyDates, today } });
  const markup = renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(VoiceProvider, { voice: 'self', children: view }),
    ),
  );
  const entities: Record<string, string> = {
    '&amp;': '&',
    '&lt;': '<',
    '&gt;': '>',
    '&quot;': '"',
    '&#x27;': "'",
  };
  return markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#x27);/g, (entity) => entities[entity] ?? entity)
    .replace(/\s+/g, ' ');
}

// Before every date, and a few weeks in, when some deadlines have gone by.
const cases = protocols.flatMap((p) =>
  ['2026-12-01', '2027-01-20'].map((on) => [p.id, on, p] as const),
);

describe('the dated items agree item by item: checklist, handout plan, handout figure and calendar file', () => {
  it.each(cases)('%s on %s', (_id, today, protocol) => {
    const preparedAt = new Date(`${today}T10:00:00Z`);
    // The last key date not known yet, so both dated and undated items are checked.
    const keyDates = Object.fromEntries(
      protocol.keyDates.map((d, i) => [
        d.id,
        i < Math.max(1, protocol.keyDates.length - 1) ? addSpan('2027-01-11', i, 'weeks') : null,
      ]),
    );
    const patient = patientWith({ role: 'patient', firstName: 'Zoë', keyDates });
    const items = timelineItems(protocol, patient, today, t, text);
    // A few weeks in, each protocol has a deadline gone by, so the flag's agreement is checked too.
    if (today > '2027-01-11') expect(items.some((item) => item.passed)).toBe(true);

    // The checklist names each item and dates it the same way.
    const checklist = checklistText(protocol, keyDates, today);
    for (const item of items.filter((i): i is TimelineItem => i.kind !== 'keyDate')) {
      expect(checklist, item.id).toContain(item.label);
      expect(checklist, item.id).toContain(item.timing);
      if (item.kind === 'test' || item.kind === 'medicinePause') {
        const due =
          item.when.kind === 'unknown'
            ? t('checklist:due.unknown', {
                keyDate: text(
                  protocol.keyDates.find(
                    (d) => d.id === (item.when as { keyDate: string }).keyDate,
                  )!.label,
                ),
              })
            : describeTimelineWhen(item.when, t, 'en');
        expect(checklist, item.id).toContain(due);
        // A deadline gone by is flagged in the same words on the checklist.
        if (item.passed) expect(checklist, item.id).toContain(`${due} ${passedWords}`);
      }
    }

    // The review and the handout read the very same list.
    expect(
      planHandout({ patient, protocol, lessons, language: 'en', today, t, text, crisisLine: '' })
        .timeline,
    ).toEqual(items);

    // The figure's text alternative says each item, in order, with its date in words.
    const content = buildHandoutContent({
      clinic: { ...DEFAULT_CLINIC_SETTINGS, ...CLINIC_CONTACT },
      patient,
      language: 'en',
      protocol,
      contentHash: contentHash(protocol),
      preparedAt,
      glossary,
      lessons,
      t,
    });
    const figure = content.blocks.find(
      (block): block is Extract<HandoutBlock, { kind: 'dates-figure' }> =>
        block.kind === 'dates-figure',
    )!.figure;
    const said = items.map(
      (item) =>
        `${item.label}: ${describeTimelineWhen(item.when, t, 'en')}${item.passed ? ` ${passedWords}` : ''}`,
    );
    let from = 0;
    for (const line of said) {
      const at = figure.alt.indexOf(line, from);
      expect(at, line).toBeGreaterThanOrEqual(from);
      from = at + line.length;
    }
    // On the scale, the dated items in their order, each flagged as the timeline flags it; under it, the others, once each.
    const capital = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);
    const dated = items.filter((item) => item.when.kind !== 'unknown');
    expect(figure.rows.map((row) => [row.label, row.passed])).toEqual(
      dated.map((item) => [capital(item.label), item.passed ? passedWords : null]),
    );
    expect(figure.undated?.labels ?? []).toEqual(
      items.filter((item) => item.when.kind === 'unknown').map((item) => capital(item.label)),
    );

    // The calendar file has one event per dated item, in the same order, and none for the others.
    const { events } = readCalendar(
      calendarFile(
        items,
        { calendarName: 'x', describe: (item) => item.timing, reminder: (item) => item.label },
        preparedAt,
      ),
    );
    expect(
      events.map((event) => ({
        uid: event.uid,
        summary: event.summary,
        allDay: event.allDay,
        start: event.start,
        end: event.end,
        reminded: event.alarm !== null,
      })),
    ).toEqual(items.map(expectedEvent).filter((event) => event !== null));
  });
});
