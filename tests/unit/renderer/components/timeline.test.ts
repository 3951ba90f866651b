// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { cleanup, render, screen, within } from '@testing-library/react';
import { createElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { Timeline } from '../../../../src/renderer/src/components/Timeline';
import { createRendererI18n } from '../../../../src/renderer/src/i18n/renderer-i18n';
import { VoiceProvider } from '../../../../src/renderer/src/i18n/voice';
import { formatCalendarDate } from '@shared/dates/calendar-date';
import { describeDeadlinePassed, describeTimelineWhen } from '@shared/dates/describe-timeline-when';
import type { TimelineItem } from '@shared/dates/timeline-items';
import { LANGUAGES, textDirection, type Language } from '@shared/i18n/languages';
import type { Translate } from '@shared/i18n/i18n-setup';
import type { Voice } from '@shared/i18n/voice';
import { localeText } from '../../../support/locale-text';

const i18nFor = new Map(
  await Promise.all(
    LANGUAGES.map(async (language) => [language, await createRendererI18n(language)] as const),
  ),
);
const TODAY = '2026-12-05';
const PART = { id: 'timeline-heading', label: 'Your dates at a glance' };

// A patient part way through: one test done, one booked, one still to do, a medicine paused across the year end,
// the infusion known, and a rule and a follow-up counted from a key date not known yet.
const ITEMS: TimelineItem[] = [
  {
    id: 'test:hiv-test',
    kind: 'test',
    label: 'HIV test',
    timing: 'Before stem-cell collection',
    when: { kind: 'day', date: '2026-11-20' },
    testStatus: 'done',
    needsAction: false,
    passed: false,
  },
  {
    id: 'test:blood-count',
    kind: 'test',
    label: 'Blood count',
    timing: 'Before stem-cell collection',
    when: { kind: 'day', date: '2026-12-05' },
    testStatus: 'booked',
    needsAction: true,
    passed: false,
  },
  {
    id: 'medicinePause:hydroxyurea',
    kind: 'medicinePause',
    label: 'Pause hydroxyurea',
    timing: 'From 3 weeks before the infusion to 1 week before the infusion',
    when: { kind: 'span', start: '2026-12-20', end: '2027-01-10', pause: true },
    needsAction: true,
    passed: false,
  },
  {
    id: 'test:echo',
    kind: 'test',
    label: 'Heart scan',
    timing: 'At least 4 weeks before the infusion',
    when: { kind: 'day', date: '2027-01-04', deadline: true },
    testStatus: 'due',
    needsAction: true,
    passed: false,
  },
  {
    id: 'keyDate:infusion',
    kind: 'keyDate',
    label: 'Infusion',
    timing: '',
    when: { kind: 'day', date: '2027-02-01' },
    needsAction: false,
    passed: false,
  },
  {
    id: 'afterTreatmentRule:no-driving',
    kind: 'afterTreatmentRule',
    label: 'Do not drive',
    timing: 'Until your care team says you can stop',
    when: { kind: 'from', start: '2027-02-01' },
    needsAction: false,
    passed: false,
  },
  {
    id: 'followUp:first-visit',
    kind: 'followUp',
    label: 'First follow-up visit',
    timing: 'Once, 1 month after discharge',
    when: { kind: 'unknown', keyDate: 'discharge' },
    needsAction: false,
    passed: false,
  },
];

function drawn(
  items: readonly TimelineItem[],
  {
    language = 'en',
    voice = 'self',
    today = TODAY,
  }: { language?: Language; voice?: Voice; today?: string } = {},
) {
  // The app sets the page's direction from the language (App.tsx); the timeline takes it from there.
  document.documentElement.dir = textDirection(language);
  const timeline = createElement(Timeline, { part: PART, items, today });
  return render(
    createElement(
      I18nextProvider,
      { i18n: i18nFor.get(language)! },
      createElement(VoiceProvider, { voice, children: timeline }),
    ),
  );
}

const app = (
  language: Language,
  key: string,
  values: Record<string, string> = {},
  voice?: 'child' | 'third',
) => localeText(language, 'app', key, values, voice);
const translate = (language: Language) => i18nFor.get(language)!.t as Translate;
const rows = () => within(screen.getByRole('list')).getAllByRole('listitem');

afterEach(() => {
  cleanup();
  document.documentElement.dir = '';
});

describe('the timeline', () => {
  it('is one ordered list under its heading: the dates in their order, today among them, the unknown ones last', () => {
    drawn(ITEMS);
    expect(screen.getByRole('region', { name: PART.label })).toBeTruthy();
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(rows().map((row) => row.querySelector('.timeline-what')?.textContent)).toEqual([
      'HIV test',
      formatCalendarDate(TODAY, 'en'),
      'Blood count',
      'Pause hydroxyurea',
      'Heart scan',
      'Infusion',
      'Do not drive',
      'First follow-up visit',
    ]);
  });

  it('marks today, by words and for screen readers, before what happens today', () => {
    drawn(ITEMS);
    const today = rows()[1]!;
    expect(today.getAttribute('aria-current')).toBe('date');
    expect(today.textContent).toBe(
      `${app('en', 'timeline.today')}${formatCalendarDate(TODAY, 'en')}`,
    );
    expect(rows().filter((row) => row.hasAttribute('aria-current'))).toHaveLength(1);
  });

  it('puts today after every known date when they have all gone by, and first when none is known', () => {
    drawn(ITEMS, { today: '2028-01-01' });
    expect(rows().findIndex((row) => row.hasAttribute('aria-current'))).toBe(ITEMS.length - 1);
    cleanup();
    drawn(ITEMS.filter((item) => item.when.kind === 'unknown'));
    expect(rows()[0]!.getAttribute('aria-current')).toBe('date');
  });

  it('never guesses a date not known yet: it asks for it from the care team', () => {
    drawn(ITEMS);
    const unknown = rows().at(-1)!;
    expect(unknown.querySelector('.timeline-when')?.textContent).toBe(
      localeText('en', 'checklist', 'due.askForDate'),
    );
    expect(unknown.textContent, 'no year, so no date').not.toMatch(/20\d\d/);
  });

  it('speaks in the voice of whoever fills it in', () => {
    drawn(ITEMS, { voice: 'child' });
    expect(screen.getByText(app('en', 'timeline.intro', {}, 'child'))).toBeTruthy();
  });

  it('says each date in full in the reader language, with the words the handout and the calendar use', () => {
    drawn(ITEMS, { language: 'zh' });
    const [, , , pause, scan, infusion, rule] = rows();
    const when = (row: HTMLElement | undefined) =>
      row!.querySelector('.timeline-when')?.textContent;
    expect(when(infusion)).toBe(
      describeTimelineWhen({ kind: 'day', date: '2027-02-01' }, translate('zh'), 'zh'),
    );
    expect(when(infusion)).toContain(formatCalendarDate('2027-02-01', 'zh'));
    for (const [row, item] of [pause, scan, rule].map(
      (row, n) => [row, ITEMS[[2, 3, 5][n]!]!] as const,
    ))
      expect(when(row)).toBe(describeTimelineWhen(item.when, translate('zh'), 'zh'));
    // Beside the date, the checklist's rule for it; a key date needs none.
    expect(rule!.querySelector('.timeline-timing')?.textContent).toBe(
      'Until your care team says you can stop',
    );
    expect(infusion!.querySelector('.timeline-timing')).toBeNull();
  });

  it("gives each test its status in the checklist's own words, and each item its kind", () => {
    drawn(ITEMS, { language: 'es' });
    const status = (label: string) =>
      rows()
        .find((row) => row.textContent.includes(label))
        ?.querySelector('.badge')?.textContent;
    const checklist = (key: string) => localeText('es', 'checklist', key);
    expect(status('HIV test')).toBe(checklist('progress.done'));
    expect(status('Blood count')).toBe(checklist('progress.scheduled'));
    expect(status('Heart scan')).toBe(checklist('progress.not-yet'));
    expect(status('Infusion')).toBeUndefined();
    expect(
      rows()
        .find((row) => row.textContent.includes('Infusion'))
        ?.querySelector('.timeline-kind')?.textContent,
    ).toBe(app('es', 'timeline.kinds.keyDate'));
  });

  it('flags a deadline gone by on its own line, in the words the checklist and the handout use, in every language', () => {
    const late = ITEMS.map((item) => (item.id === 'test:echo' ? { ...item, passed: true } : item));
    for (const language of LANGUAGES) {
      drawn(late, { language });
      const flagged = rows().filter((row) => row.querySelector('.timeline-passed'));
      expect(flagged, language).toHaveLength(1);
      expect(flagged[0]!.querySelector('.timeline-what')?.textContent).toBe('Heart scan');
      expect(flagged[0]!.querySelector('.timeline-passed')?.textContent).toBe(
        describeDeadlinePassed(translate(language)),
      );
      expect(flagged[0]!.classList.contains('passed')).toBe(true);
      cleanup();
    }
    drawn(ITEMS);
    expect(document.querySelector('.timeline-passed')).toBeNull();
  });

  it('says when a paused medicine stops and restarts', () => {
    drawn(ITEMS);
    const pause = rows().find((row) => row.textContent.includes('Pause hydroxyurea'))!;
    expect(pause.querySelector('.timeline-when')?.textContent).toBe(
      `Stop on ${formatCalendarDate('2026-12-20', 'en')} · Restart on ${formatCalendarDate('2027-01-10', 'en')}.`,
    );
  });

  it('reads right to left in Arabic with the page: the same order, and nothing that pins it to the left', () => {
    drawn(ITEMS, { language: 'ar' });
    const list = screen.getByRole('list');
    expect(list.closest('[dir]')?.getAttribute('dir')).toBe('rtl');
    expect(list.querySelectorAll('[dir]')).toHaveLength(0);
    expect(rows()[1]!.textContent).toContain(app('ar', 'timeline.today'));
    expect(rows().at(-1)!.textContent).toContain(localeText('ar', 'checklist', 'due.askForDate'));
  });
});

describe("the timeline's drawing", () => {
  // The marks and the line are placed by the stylesheet: with a physical side (left, margin-right…) they would stay
  // on the left in Arabic instead of mirroring.
  const css = readFileSync('src/renderer/src/styles.css', 'utf8');
  const rules = [...css.matchAll(/([^{}]*\.timeline[^{}]*)\{([^}]*)\}/g)].map(
    ([, selector, body]) => ({ selector: selector!.trim(), body: body! }),
  );

  it('has rules, each placed by logical sides only', () => {
    expect(rules.length).toBeGreaterThan(3);
    for (const { selector, body } of rules)
      expect(body, selector).not.toMatch(
        /(^|[\s;-])(left|right)\s*:|-(left|right)\b|\b(text-align|float)\s*:\s*(left|right)/,
      );
  });
});
