import { addDays, addMonths, daysBetween, type CalendarDate } from '@shared/dates/calendar-date';
import { describeDeadlinePassed, describeTimelineWhen } from '@shared/dates/describe-timeline-when';
import type { TimelineItem, TimelineItemKind } from '@shared/dates/timeline-items';
import type { Translate } from '@shared/i18n/i18n-setup';
import type { Language } from '@shared/i18n/languages';
import type { PageFlow } from './page-flow';
import type { PageContent, Stroke } from './typeset/page-content';
import type { TextStyle } from './typeset/typesetter';

/** One dated line of "Your dates at a glance": what, when in words, and where it sits on the time scale. */
export interface DatesFigureRow {
  label: string;
  when: string;
  mark: TimelineItemKind;
  /** A test already done: its mark is filled, and `when` says so in words. */
  done: boolean;
  /** A deadline gone by: the shared calm words for it (describeDeadlinePassed), printed under its date; null otherwise. */
  passed: string | null;
  /** First and last day, counted from the scale's start; a rule for life runs on past the scale's end. */
  days: { first: number; last: number; onward: boolean };
}

/** The figure as text and numbers in the reader's language; drawing it decides nothing more. */
export interface DatesFigure {
  /** The text alternative: every item in order, dated or not, in words (the figure's /Alt). */
  alt: string;
  /** The items with a date, in date order: only these are on the scale. */
  rows: DatesFigureRow[];
  /** The time scale: its length in days, its month marks and today; null when no date is known yet. */
  scale: {
    days: number;
    ticks: Array<{ day: number; text: string }>;
    today: { day: number; text: string };
  } | null;
  /**
   * The items whose date is not known yet, by name, each once, under the scale; `intro` asks the care team for
   * them, and with no date known at all says so in one calm sentence. Null when every date is known.
   */
  undated: { intro: string; labels: string[] } | null;
}

const itemDays = (item: TimelineItem): [CalendarDate, CalendarDate] | null => {
  switch (item.when.kind) {
    case 'day':
      return [item.when.date, item.when.date];
    case 'span':
      return [item.when.start, item.when.end];
    case 'from':
      return [item.when.start, item.when.start];
    case 'unknown':
      return null;
  }
};

const monthStart = (date: CalendarDate): CalendarDate => `${date.slice(0, 7)}-01`;

/** Month marks at most six across: every month, or every 2, 3, 6 or 12 months for a longer scale. */
function ticks(
  first: CalendarDate,
  last: CalendarDate,
  language: Language,
): Array<{ date: CalendarDate; text: string }> {
  const months = daysBetween(first, last) / 30;
  const step = [1, 2, 3, 6, 12].find((n) => months / n <= 6) ?? 24;
  const format = new Intl.DateTimeFormat(language, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const marks: Array<{ date: CalendarDate; text: string }> = [];
  for (let date = addMonths(monthStart(first), 1); date <= last; date = addMonths(date, step)) {
    marks.push({ date, text: format.format(new Date(`${date}T00:00:00Z`)) });
  }
  return marks;
}

/** A key date's label is written to follow "Date of" ("your cell collection"); standing alone it starts a line. */
const standing = (label: string, language: Language) =>
  label.charAt(0).toLocaleUpperCase(language) + label.slice(1);

/**
 * "Your dates at a glance" from the timeline: the dated items on a scale in date order, today marked, and under it
 * the items whose date is not known yet, named once each. The /Alt says every item in the timeline's order.
 */
export function planDatesFigure(
  items: readonly TimelineItem[],
  today: CalendarDate,
  t: Translate,
  language: Language,
): DatesFigure {
  const dated = items.flatMap((item) => {
    const range = itemDays(item);
    return range ? [{ item, range }] : [];
  });
  // From the first date to the last, today included, with a little room either side so no mark sits on an edge.
  const all = [...dated.flatMap(({ range }) => range), today].sort();
  const [firstDate, lastDate] = [all[0] ?? today, all.at(-1) ?? today];
  const span = Math.max(30, daysBetween(firstDate, lastDate));
  const pad = Math.ceil(span * 0.04) + 1;
  const from = addDays(firstDate, -pad);
  const scaleDays = span + 2 * pad;
  const day = (date: CalendarDate) => daysBetween(from, date);
  const status = (item: TimelineItem) =>
    item.testStatus === 'done'
      ? [t('handout:testDone')]
      : item.testStatus === 'booked'
        ? [t('handout:testScheduled')]
        : [];
  const passed = (item: TimelineItem) => (item.passed ? [describeDeadlinePassed(t)] : []);
  const rows = dated.map(({ item, range }): DatesFigureRow => ({
    label: standing(item.label, language),
    when: [describeTimelineWhen(item.when, t, language, 'short'), ...status(item)].join(' '),
    mark: item.kind,
    done: item.testStatus === 'done',
    passed: passed(item)[0] ?? null,
    days: { first: day(range[0]), last: day(range[1]), onward: item.when.kind === 'from' },
  }));
  const undated = items
    .filter((item) => item.when.kind === 'unknown')
    .map((item) => standing(item.label, language));
  const alt = [
    t('handout:datesFigure.alt', {
      today: describeTimelineWhen({ kind: 'day', date: today }, t, language),
    }),
    ...items.map((item) =>
      t('handout:datesFigure.altItem', {
        item: item.label,
        when: [describeTimelineWhen(item.when, t, language), ...status(item), ...passed(item)].join(
          ' ',
        ),
      }),
    ),
  ].join(' ');
  return {
    alt,
    rows,
    scale:
      rows.length > 0
        ? {
            days: scaleDays,
            ticks: ticks(from, addDays(from, scaleDays), language).map((tick) => ({
              day: day(tick.date),
              text: tick.text,
            })),
            today: { day: day(today), text: t('handout:datesFigure.today') },
          }
        : null,
    undated:
      undated.length > 0
        ? {
            intro: t(
              rows.length > 0 ? 'handout:datesFigure.undated' : 'handout:datesFigure.noneKnown',
            ),
            labels: undated,
          }
        : null,
  };
}

/** Every word the figure prints, for the checks of which characters the fonts draw. */
export function datesFigureTexts(figure: DatesFigure): string[] {
  const { scale, rows, undated } = figure;
  return [
    ...(scale ? [scale.today.text, ...scale.ticks.map((tick) => tick.text)] : []),
    ...rows.flatMap((row) => [row.label, row.when, ...(row.passed ? [row.passed] : [])]),
    ...(undated ? [undated.intro, ...undated.labels] : []),
  ];
}

export interface DatesFigureStyles {
  label: TextStyle;
  when: TextStyle;
  scale: TextStyle;
}

/** Grey levels: 0 is black. */
const BLACK = 0;
const GREY = 0.55;
const LIGHT = 0.85;
/** The scale's line and its month marks. */
const AXIS: Stroke = { width: 0.75, grey: BLACK };
const GAP = 10;
const ROW_PADDING = 4;
/** The words' share of the column; the scale gets the rest, enough for a few month marks even in large print. */
const WORDS_SHARE = 0.55;
/** Room kept for the section's heading above the figure, on the page the figure starts on. */
const HEADING_ROOM = 48;
/** The undated list's dot, and how far its names stand in from the reading side. */
const LIST_INDENT = 14;
/** The least room between two month words, so they never read as one. */
const TICK_GAP = 10;
const lineHeight = (style: TextStyle) => style.size * 1.3;

type Line = { text: string; style: TextStyle };
/** A figure laid out in lines; each row and each name is kept whole on one page. */
interface FigureLayout {
  headerHeight: number;
  rows: Array<{ row: DatesFigureRow; lines: Line[]; height: number }>;
  intro: Line[];
  names: Line[][];
}

const heightOf = (lines: readonly Line[]) =>
  lines.reduce((sum, line) => sum + lineHeight(line.style), 0);
const LIST_GAP = 6;

/**
 * Nothing is cut but a name longer than a whole page (only a clinic's own text could be): it ends in "…" where
 * the page does, so it never runs into the footer; the /Alt and its own section give it whole.
 */
function atMost(lines: Line[], room: number): Line[] {
  const [first] = lines;
  if (!first || heightOf(lines) <= room) return lines;
  const kept = lines.slice(0, Math.max(1, Math.floor(room / lineHeight(first.style))));
  return kept.map((line, i) => (i === kept.length - 1 ? { ...line, text: `${line.text}…` } : line));
}

function layOut(flow: PageFlow, figure: DatesFigure, styles: DatesFigureStyles): FigureLayout {
  const { typesetter, direction } = flow;
  const wordsWidth = Math.round(flow.column.width * WORDS_SHARE);
  const wrap = (text: string, style: TextStyle, width: number) =>
    typesetter.wrap(text, style, direction, width).map((line) => ({ text: line, style }));
  const flag: TextStyle = { ...styles.when, weight: 'bold' };
  const headerHeight = figure.scale ? lineHeight(styles.scale) * 2 + 4 : 0;
  const rows = figure.rows.map((row) => {
    const when = [
      ...wrap(row.when, styles.when, wordsWidth),
      ...(row.passed ? wrap(row.passed, flag, wordsWidth) : []),
    ];
    const label = atMost(
      wrap(row.label, styles.label, wordsWidth),
      flow.pageHeight - headerHeight - heightOf(when) - 2 * ROW_PADDING,
    );
    return {
      row,
      lines: [...label, ...when],
      height: heightOf(label) + heightOf(when) + 2 * ROW_PADDING,
    };
  });
  const intro = figure.undated ? wrap(figure.undated.intro, styles.label, flow.column.width) : [];
  const names = (figure.undated?.labels ?? []).map((label) =>
    atMost(
      wrap(label, styles.when, flow.column.width - LIST_INDENT),
      flow.pageHeight - LIST_GAP - heightOf(intro),
    ),
  );
  return { headerHeight, rows, intro, names };
}

/** Rows a figure too tall for one page still starts with, so it never begins with one row at the foot of a page. */
const FIRST_ROWS = 3;

/**
 * How much of the figure must fit below its heading: the scale with all its rows and the start of the list under
 * it, where that fits on one page with the heading, so the drawing is never broken (the list of names may go on
 * over the page); else the scale and its first few rows. The heading keeps this much with it, and the figure
 * keeps it together.
 */
export function datesFigureKeptHeight(
  flow: PageFlow,
  figure: DatesFigure,
  styles: DatesFigureStyles,
): number {
  const layout = layOut(flow, figure, styles);
  const rowsHeight = (rows: FigureLayout['rows']) =>
    (rows.length > 0 ? layout.headerHeight : 0) + rows.reduce((sum, row) => sum + row.height, 0);
  // The list's words start with at least two names (or its one), never alone at the foot of a page.
  const firstNames = layout.names.slice(0, 2);
  const listStart =
    firstNames.length > 0
      ? LIST_GAP +
        heightOf(layout.intro) +
        firstNames.reduce((sum, name) => sum + heightOf(name), 0)
      : 0;
  const whole = rowsHeight(layout.rows) + listStart;
  return whole <= flow.pageHeight - HEADING_ROOM
    ? whole
    : rowsHeight(layout.rows.slice(0, FIRST_ROWS));
}

/**
 * Draws the figure down the column: each dated row's words on the reading side and its mark on a time scale beside
 * them, which runs right to left in a right-to-left language; then the names whose date is not known yet, as one
 * short list across the column. Shapes tell kinds apart without colour: a diamond for a key date, a square for a
 * test (filled once done), a triangle for a medicine, a circle for a follow-up visit, a bar for a span (an arrow
 * where it goes on). A figure too tall for a page breaks between rows, and each page it goes on to has the scale
 * with its words again. The whole figure is one /Figure element; its /Alt lists every item in order.
 */
export function drawDatesFigure(
  flow: PageFlow,
  figure: DatesFigure,
  styles: DatesFigureStyles,
): void {
  const { typesetter, direction } = flow;
  const rtl = direction === 'rtl';
  const { left, width } = flow.column;
  const layout = layOut(flow, figure, styles);
  const wordsWidth = Math.round(width * WORDS_SHARE);
  const chartWidth = width - wordsWidth - GAP;
  // Reading side first: words at the left in English, at the right in Arabic.
  const wordsLeft = rtl ? left + width - wordsWidth : left;
  const chartLeft = rtl ? left : left + wordsWidth + GAP;
  const scale = figure.scale;
  const xOf = (day: number) => {
    const share = scale ? day / scale.days : 0;
    return rtl ? chartLeft + chartWidth - share * chartWidth : chartLeft + share * chartWidth;
  };
  const text = (
    page: PageContent,
    line: string,
    x: number,
    lineWidth: number,
    y: number,
    style: TextStyle,
  ) => {
    flow.structure.content(page);
    typesetter.draw(`${line} `, { page, x, width: lineWidth, y, style, direction });
  };
  /** Lines down from `top`, each at the column's reading side `x`. */
  const lines = (
    page: PageContent,
    all: readonly Line[],
    x: number,
    lineWidth: number,
    top: number,
  ) => {
    let y = top;
    for (const line of all) {
      y -= line.style.size;
      text(page, line.text, x, lineWidth, y, line.style);
      y -= lineHeight(line.style) - line.style.size;
    }
  };
  flow.keepTogether(datesFigureKeptHeight(flow, figure, styles));
  flow.structure.beginFigure(figure.alt);

  /** The scale's line, its month marks and today, on top of the rows of each page the figure is on. */
  const header = (page: PageContent, top: number) => {
    if (!scale) return;
    flow.structure.content(page);
    const axisY = top - layout.headerHeight + 2;
    page.line([chartLeft, axisY], [chartLeft + chartWidth, axisY], AXIS);
    // A month's word is left out where it would run into the one before (a narrow scale, large print): its mark stays.
    let lastEdge = rtl ? Infinity : -Infinity;
    for (const tick of scale.ticks) {
      const x = xOf(tick.day);
      page.line([x, axisY], [x, axisY + 4], AXIS);
      const tickWidth = typesetter.measure(tick.text, styles.scale, direction);
      const tickLeft = Math.min(
        Math.max(x - tickWidth / 2, chartLeft),
        chartLeft + chartWidth - tickWidth,
      );
      const clear = rtl
        ? tickLeft + tickWidth + TICK_GAP <= lastEdge
        : tickLeft >= lastEdge + TICK_GAP;
      if (!clear) continue;
      text(page, tick.text, tickLeft, tickWidth + 1, axisY + 6, styles.scale);
      lastEdge = rtl ? tickLeft : tickLeft + tickWidth;
    }
    const todayX = xOf(scale.today.day);
    const todayWidth = typesetter.measure(scale.today.text, styles.scale, direction);
    // "Today" above the month marks, centred on its line but kept inside the chart.
    const todayLeft = Math.min(
      Math.max(todayX - todayWidth / 2, chartLeft),
      chartLeft + chartWidth - todayWidth,
    );
    text(page, scale.today.text, todayLeft, todayWidth + 1, top - styles.scale.size, styles.scale);
  };

  // The dashed line of today runs down the rows of each page; drawn once the rows of that page are known.
  let drawn = null as { page: PageContent; top: number; bottom: number } | null;
  const todayLine = () => {
    if (!scale || !drawn) return;
    const x = xOf(scale.today.day);
    flow.structure.content(drawn.page);
    drawn.page.line([x, drawn.top], [x, drawn.bottom], { width: 1, grey: BLACK, dash: [3, 2] });
  };

  for (const { row, lines: rowLines, height } of layout.rows) {
    const headed = drawn === null || !flow.fits(height);
    const region = flow.region((headed ? layout.headerHeight : 0) + height);
    const page = region.page;
    if (headed) {
      todayLine();
      header(page, region.top);
    }
    const top = region.top - (headed ? layout.headerHeight : 0);
    if (headed) drawn = { page, top, bottom: top };
    lines(page, rowLines, wordsLeft, wordsWidth, top - ROW_PADDING);
    const bottom = top - height;
    if (drawn) drawn.bottom = bottom;
    flow.structure.content(page);
    // A thin rule under each row ties its words to its mark.
    page.line([left, bottom], [left + width, bottom], { width: 0.4, grey: GREY });
    drawMark(
      page,
      row,
      xOf,
      top - ROW_PADDING - styles.label.size * 0.4,
      rtl,
      chartLeft,
      chartWidth,
    );
  }
  todayLine();

  // The names not dated yet: asked for once, then one short line (or two) each, a dot on the reading side.
  layout.names.forEach((name, index) => {
    const intro = index === 0 ? layout.intro : [];
    const above = index === 0 ? LIST_GAP + heightOf(intro) : 0;
    const region = flow.region(above + heightOf(name));
    const page = region.page;
    if (index === 0) lines(page, intro, left, width, region.top - LIST_GAP);
    const top = region.top - above;
    const first = name[0];
    if (first) {
      flow.structure.content(page);
      const dotX = rtl ? left + width - LIST_INDENT / 2 : left + LIST_INDENT / 2;
      page.circle(dotX, top - first.style.size * 0.65, 1.8, { fill: BLACK });
    }
    lines(page, name, rtl ? left : left + LIST_INDENT, width - LIST_INDENT, top);
  });
  flow.structure.end();
  flow.space(8);
}

/** The row's mark on the scale: a shape for a day, a bar for a span; an arrow on a bar that goes on. */
function drawMark(
  page: PageContent,
  row: DatesFigureRow,
  xOf: (day: number) => number,
  y: number,
  rtl: boolean,
  chartLeft: number,
  chartWidth: number,
): void {
  const { days } = row;
  const size = 4.5;
  if (days.first !== days.last || days.onward) {
    const [a, b] = [
      xOf(days.first),
      days.onward ? (rtl ? chartLeft : chartLeft + chartWidth) : xOf(days.last),
    ];
    const [x0, x1] = [Math.min(a, b), Math.max(a, b)];
    page.rectangle(x0, y - 3, Math.max(x1 - x0, 3), 6, {
      fill: LIGHT,
      stroke: { width: 0.9, grey: BLACK },
    });
    if (days.onward) {
      const tip = rtl ? x0 - 5 : x1 + 5;
      const back = rtl ? x0 + 1 : x1 - 1;
      page.polygon(
        [
          [back, y + 5],
          [tip, y],
          [back, y - 5],
        ],
        { fill: BLACK },
      );
    }
    return;
  }
  const x = xOf(days.first);
  switch (row.mark) {
    case 'keyDate':
      page.polygon(
        [
          [x, y + size + 1],
          [x + size + 1, y],
          [x, y - size - 1],
          [x - size - 1, y],
        ],
        { fill: BLACK },
      );
      break;
    case 'test':
      page.rectangle(x - size + 0.5, y - size + 0.5, 2 * size - 1, 2 * size - 1, {
        ...(row.done ? { fill: BLACK } : {}),
        stroke: { width: 1.2, grey: BLACK },
      });
      break;
    case 'medicinePause':
      page.polygon(
        [
          [x, y + size],
          [x + size, y - size],
          [x - size, y - size],
        ],
        { fill: BLACK },
      );
      break;
    default:
      page.circle(x, y, size - 0.5, { stroke: { width: 1.2, grey: BLACK } });
  }
}
