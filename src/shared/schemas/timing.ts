import { z } from 'zod';
import { IdSchema } from './id';

/** One day counted from one of the protocol's key dates: "1 day before the infusion"; 0 is the key date itself. */
export const KeyDateOffsetSchema = z
  .object({
    amount: z.number().int().min(0).max(520),
    unit: z.enum(['days', 'weeks', 'months']),
    relation: z.enum(['before', 'after']),
    keyDate: IdSchema,
  })
  .strict();

/**
 * When a step happens, and which of three it is, so a day is never printed as a deadline: `on` that very day
 * ("start prednisolone 1 day before the infusion"), `by` that day at the latest ("at least 8 weeks before cell
 * collection"), or a `span` from one day to another ("avoid alcohol from 6 weeks before to 1 year after").
 */
export const TimingSchema = z
  .discriminatedUnion('kind', [
    KeyDateOffsetSchema.extend({ kind: z.literal('on') }).strict(),
    KeyDateOffsetSchema.extend({ kind: z.literal('by') }).strict(),
    z
      .object({ kind: z.literal('span'), start: KeyDateOffsetSchema, end: KeyDateOffsetSchema })
      .strict(),
  ])
  .superRefine((timing, ctx) => {
    if (timing.kind === 'span' && !startsBeforeItEnds(timing.start, timing.end))
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'the span ends before it starts' });
  });

/** A day's place from its key date, in its unit: -8 for "8 weeks before". */
const signed = (offset: KeyDateOffset) =>
  offset.relation === 'before' ? -offset.amount : offset.amount;

/** Where both ends count from the same key date in the same unit (or one is the key date itself), the start comes first. */
function startsBeforeItEnds(start: KeyDateOffset, end: KeyDateOffset): boolean {
  const comparable =
    start.keyDate === end.keyDate &&
    (start.unit === end.unit || start.amount === 0 || end.amount === 0);
  return !comparable || signed(start) < signed(end);
}

export const TIMING_KINDS = ['on', 'by', 'span'] as const satisfies ReadonlyArray<Timing['kind']>;

export type KeyDateOffset = z.infer<typeof KeyDateOffsetSchema>;
export type Timing = z.infer<typeof TimingSchema>;

/** The key dates a timing counts from: one, or a span's two (the same one twice when both ends count from it). */
export function timingKeyDates(timing: Timing): string[] {
  return timing.kind === 'span' ? [timing.start.keyDate, timing.end.keyDate] : [timing.keyDate];
}
