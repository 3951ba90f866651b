import { rgb, type PDFPage } from 'pdf-lib';
import { addDays, addMonths, daysBetween, type CalendarDate } from '../../shared/dates/calendar-date';
import { describeTimelineWhen } from '../../shared/dates/describe-timeline-when';
import type { TimelineItem, TimelineItemKind } from '../../shared/dates/timeline-items';
import type { Translate } from '../../shared/i18n-setup';
import type { Language } from '../../shared/languages';
import type { PageFlow } from './page-flow';
import type { TextStyle } from './typeset/typesetter';

/** One line of "Your dates at a glance": what, when in words, and where it sits on the time scale (null: not known). */
export interface DatesFigureRow {
  label: string;
  when: string;
  mark: TimelineItemKind;
  /** A test already done: its mark is filled, and `when` says so in words. */
  done: boolean;
  /** First and last day, counted from the scale's start; a rule for life runs on past the scale's end. */
  days: { first: number; last: number; onward: boolean } | null;
}

/** The figure as text and numbers in the reader's language; drawing it decides nothing more. */
export interface DatesFigure {
  /** The text alternative: every date in order, in words (the figure's /Alt). */
  alt: string;
  rows: DatesFigureRow[];
  /** The time scale: its length in days, its month marks and today; null when no date is known yet. */
  scale: { days: number; ticks: Array<{ day: number; text: string }>; today: { day: number; text: string } } | null;
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
function ticks(first: CalendarDate, last: CalendarDate, language: Language): Array<{ date: CalendarDate; text: string }> {
  const months = daysBetween(first, last) / 30;
  const step = [1, 2, 3, 6, 12].find((n) => months / n <= 6) ?? 24;
  const format = new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const marks: Array<{ date: CalendarDate; text: string }> = [];
  for (let date = addMonths(monthStart(first), 1); date <= last; date = addMonths(date, step)) {
    marks.push({ date, text: format.format(new Date(`${date}T00:00:00Z`)) });
  }
  return marks;
}

/** "Your dates at a glance" from the timeline, in date order, with today marked; unknown dates ask for them. */
export function planDatesFigure(items: readonly TimelineItem[], today: CalendarDate, t: Translate, language: Language): DatesFigure {
  const dated = items.flatMap((item) => itemDays(item) ?? []);
  // From the first date to the last, today included, with a little room either side so no mark sits on an edge.
  const all = [...dated, today].sort();
  const [firstDate, lastDate] = [all[0] ?? today, all.at(-1) ?? today];
  const span = Math.max(30, daysBetween(firstDate, lastDate));
  const pad = Math.ceil(span * 0.04) + 1;
  const from = addDays(firstDate, -pad);
  const scaleDays = span + 2 * pad;
  const day = (date: CalendarDate) => daysBetween(from, date);
  const rows = items.map((item): DatesFigureRow => {
    const range = itemDays(item);
    const done = item.testStatus === 'done';
    const when = [describeTimelineWhen(item.when, t, language, 'short'), ...(done ? [t('handout:testDone')] : item.testStatus === 'booked' ? [t('handout:testScheduled')] : [])].join(' ');
    // A key date's label is written to follow "Date of" ("your cell collection"); standing alone it starts a line.
    return { label: item.label.charAt(0).toLocaleUpperCase(language) + item.label.slice(1), when, mark: item.kind, done, days: range ? { first: day(range[0]), last: day(range[1]), onward: item.when.kind === 'from' } : null };
  });
  const todayText = t('handout:datesFigure.today');
  const alt = [
    t('handout:datesFigure.alt', { today: describeTimelineWhen({ kind: 'day', date: today }, t, language) }),
    ...items.map((item, i) => t('handout:datesFigure.altItem', { item: item.label, when: [describeTimelineWhen(item.when, t, language), ...(rows[i]?.done ? [t('handout:testDone')] : [])].join(' ') })),
  ].join(' ');
  return {
    alt,
    rows,
    scale: dated.length > 0 ? { days: scaleDays, ticks: ticks(from, addDays(from, scaleDays), language).map((tick) => ({ day: day(tick.date), text: tick.text })), today: { day: day(today), text: todayText } } : null,
  };
}

export interface DatesFigureStyles {
  label: TextStyle;
  when: TextStyle;
  scale: TextStyle;
}

const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.55, 0.55, 0.55);
const LIGHT = rgb(0.85, 0.85, 0.85);
const GAP = 10;
/** A glance, not the list: a longer label ends in "…" here (the figure's /Alt and its own section give it whole). */
const MAX_LABEL_LINES = 4;
const atMost = (lines: string[], count: number) => (lines.length <= count ? lines : [...lines.slice(0, count - 1), `${lines[count - 1] ?? ''}…`]);
const ROW_PADDING = 4;

/**
 * Draws the figure down the column: each row's words on the reading side and its mark on a time scale beside
 * them, which runs right to left in a right-to-left language. Shapes tell kinds apart without colour: a diamond
 * for a key date, a square for a test (filled once done), a triangle for a medicine, a circle for a follow-up
 * visit, a bar for a span (an arrow where it goes on). A row whose date is not known has no mark; its words ask
 * for it. The whole figure is one /Figure element; its /Alt lists the dates in order.
 */
export function drawDatesFigure(flow: PageFlow, figure: DatesFigure, styles: DatesFigureStyles): void {
  const { typesetter, direction } = flow;
  const rtl = direction === 'rtl';
  const { left, width } = flow.column;
  const wordsWidth = Math.round(width * 0.46);
  const chartWidth = width - wordsWidth - GAP;
  // Reading side first: words at the left in English, at the right in Arabic.
  const wordsLeft = rtl ? left + width - wordsWidth : left;
  const chartLeft = rtl ? left : left + wordsWidth + GAP;
  const scale = figure.scale;
  const xOf = (day: number) => {
    const share = scale ? day / scale.days : 0;
    return rtl ? chartLeft + chartWidth - share * chartWidth : chartLeft + share * chartWidth;
  };
  const lineHeight = (style: TextStyle) => style.size * 1.3;
  const text = (page: PDFPage, line: string, x: number, lineWidth: number, y: number, style: TextStyle) => {
    flow.structure.content(page);
    typesetter.draw(`${line} `, { page, x, width: lineWidth, y, style, direction });
  };
  flow.structure.beginFigure(figure.alt);

  const headerHeight = scale ? lineHeight(styles.scale) * 2 + 4 : 0;
  /** The scale's line and month marks; their words only where the figure starts, so each word is printed once. */
  const header = (page: PDFPage, top: number, height: number, words: boolean) => {
    if (!scale) return;
    flow.structure.content(page);
    const axisY = top - height + 2;
    page.drawLine({ start: { x: chartLeft, y: axisY }, end: { x: chartLeft + chartWidth, y: axisY }, thickness: 0.75, color: BLACK });
    for (const tick of scale.ticks) {
      const x = xOf(tick.day);
      page.drawLine({ start: { x, y: axisY }, end: { x, y: axisY + 4 }, thickness: 0.75, color: BLACK });
      const tickWidth = typesetter.measure(tick.text, styles.scale, direction);
      if (words) text(page, tick.text, x - tickWidth / 2, tickWidth + 1, axisY + 6, styles.scale);
    }
    if (!words) return;
    const todayX = xOf(scale.today.day);
    const todayWidth = typesetter.measure(scale.today.text, styles.scale, direction);
    // "Today" above the month marks, centred on its line but kept inside the chart.
    const todayLeft = Math.min(Math.max(todayX - todayWidth / 2, chartLeft), chartLeft + chartWidth - todayWidth);
    text(page, scale.today.text, todayLeft, todayWidth + 1, top - styles.scale.size, styles.scale);
  };

  // The dashed line of today runs down the rows of each page; drawn once the rows of that page are known.
  let drawn = null as { page: PDFPage; top: number; bottom: number } | null;
  const todayLine = () => {
    if (!scale || !drawn) return;
    const x = xOf(scale.today.day);
    flow.structure.content(drawn.page);
    drawn.page.drawLine({ start: { x, y: drawn.top }, end: { x, y: drawn.bottom }, thickness: 1, color: BLACK, dashArray: [3, 2] });
  };

  for (const row of figure.rows) {
    const labelLines = atMost(typesetter.wrap(row.label, styles.label, direction, wordsWidth), MAX_LABEL_LINES);
    const whenLines = typesetter.wrap(row.when, styles.when, direction, wordsWidth);
    // The scale heads the figure, and its line again on each page the rows go on to.
    const height = labelLines.length * lineHeight(styles.label) + whenLines.length * lineHeight(styles.when) + 2 * ROW_PADDING;
      const starts = drawn === null;
    const headed: boolean = starts || !flow.fits(height);
    const above = starts ? headerHeight : headed && scale ? 6 : 0;
    const region = flow.region(above + height);
    if (headed) {
      todayLine();
      header(region.page, region.top, above, starts);
    }
    const top: number = region.top - above;
    if (headed) drawn = { page: region.page, top, bottom: top };
    const page = region.page;
    let y = top - ROW_PADDING;
    for (const [line, style] of [...labelLines.map((l) => [l, styles.label] as const), ...whenLines.map((l) => [l, styles.when] as const)]) {
      y -= style.size;
      text(page, line, wordsLeft, wordsWidth, y, style);
      y -= lineHeight(style) - style.size;
    }
    const bottom = top - height;
    if (drawn) drawn.bottom = bottom;
    flow.structure.content(page);
    // A thin rule under each row ties its words to its mark.
    page.drawLine({ start: { x: left, y: bottom }, end: { x: left + width, y: bottom }, thickness: 0.4, color: GREY });
    if (row.days) drawMark(page, row, xOf, top - ROW_PADDING - styles.label.size * 0.4, rtl, chartLeft, chartWidth);
  }
  todayLine();
  flow.structure.end();
  flow.space(8);
}

/** The row's mark on the scale: a shape for a day, a bar for a span; an arrow on a bar that goes on. */
function drawMark(page: PDFPage, row: DatesFigureRow, xOf: (day: number) => number, y: number, rtl: boolean, chartLeft: number, chartWidth: number): void {
  const days = row.days;
  if (!days) return;
  const size = 4.5;
  if (days.first !== days.last || days.onward) {
    const [a, b] = [xOf(days.first), days.onward ? (rtl ? chartLeft : chartLeft + chartWidth) : xOf(days.last)];
    const [x0, x1] = [Math.min(a, b), Math.max(a, b)];
    page.drawRectangle({ x: x0, y: y - 3, width: Math.max(x1 - x0, 3), height: 6, color: LIGHT, borderColor: BLACK, borderWidth: 0.9 });
    if (days.onward) {
      const tip = rtl ? x0 - 5 : x1 + 5;
      const back = rtl ? x0 + 1 : x1 - 1;
      page.drawSvgPath(`M ${back} ${-(y + 5)} L ${tip} ${-y} L ${back} ${-(y - 5)} Z`, { x: 0, y: 0, color: BLACK });
    }
    return;
  }
  const x = xOf(days.first);
  switch (row.mark) {
    case 'keyDate':
      page.drawSvgPath(`M ${x} ${-(y + size + 1)} L ${x + size + 1} ${-y} L ${x} ${-(y - size - 1)} L ${x - size - 1} ${-y} Z`, { x: 0, y: 0, color: BLACK });
      break;
    case 'test':
      page.drawRectangle({ x: x - size + 0.5, y: y - size + 0.5, width: 2 * size - 1, height: 2 * size - 1, borderColor: BLACK, borderWidth: 1.2, ...(row.done ? { color: BLACK } : {}) });
      break;
    case 'medicinePause':
      page.drawSvgPath(`M ${x} ${-(y + size)} L ${x + size} ${-(y - size)} L ${x - size} ${-(y - size)} Z`, { x: 0, y: 0, color: BLACK });
      break;
    default:
      page.drawCircle({ x, y, size: size - 0.5, borderColor: BLACK, borderWidth: 1.2 });
  }
}
