import { z } from 'zod';
import {
  PRIMARY_KINDS,
  primaryPublisherOf,
  primarySitesFor,
} from '@shared/content/primary-sources';
import { chars, LIMITS } from './limits';

export const IsoDateSchema = z.iso.date();

/** The month a label was revised, as labels print it ("Revised: 4/2024" is 2024-04). */
export const RevisionMonthSchema = z
  .string()
  .max(...chars(7))
  .regex(
    /^\d{4}-(0[1-9]|1[0-2])$/,
    'is a month written YYYY-MM, as the label prints it ("Revised: 4/2024" is 2024-04)',
  );

const citation = z
  .string()
  .trim()
  .min(1)
  .max(...chars(LIMITS.citation));
const common = {
  checkedOn: IsoDateSchema,
  /** Doubts for clinic reviewers (unverified, conflicting); never shown to patients. */
  reviewerNote: z
    .string()
    .trim()
    .min(1)
    .max(...chars(LIMITS.reviewerNote))
    .optional(),
};

/**
 * A primary document: an FDA or EMA label or medication guide (DailyMed included), an FDA guidance document, or
 * a page for patients (MedlinePlus, FDA, or EMA's medicine overview). `citation` names it; `url` is where it is, on a site of
 * primary-sources.ts for its kind; a label also says which revision was read.
 */
export const PrimarySourceSchema = z
  .object({
    kind: z.enum(PRIMARY_KINDS),
    citation,
    url: z
      .string()
      .trim()
      .max(...chars(LIMITS.citation)),
    revised: RevisionMonthSchema.optional(),
    ...common,
  })
  .strict()
  .superRefine((source, ctx) => {
    if (!primaryPublisherOf(source.url, source.kind)) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: `is not where a primary ${source.kind} is published (${primarySitesFor(source.kind)}): cite that page, or make the source "secondary" with a secondaryReason`,
      });
    }
    if (source.kind === 'label' && source.revised === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['revised'],
        message:
          'a label needs the revision it was read in ("Revised: 4/2024" is "2024-04"); if the revision cannot be read, make the source "secondary" and say so in secondaryReason',
      });
    }
  });

/** Anything else (a copy of a label, a hospital sheet, a study, a manufacturer page), with why no primary is cited. */
export const SecondarySourceSchema = z
  .object({
    kind: z.literal('secondary'),
    citation,
    /** Why no primary source is cited, and what a reviewer should check. Shown to staff, never to patients. */
    secondaryReason: z
      .string()
      .trim()
      .min(1, 'says why no primary source is cited')
      .max(...chars(LIMITS.reviewerNote)),
    ...common,
  })
  .strict();

/** Where a fact came from and when someone last checked it against that source. */
export const SourceSchema = z.discriminatedUnion(
  'kind',
  [PrimarySourceSchema, SecondarySourceSchema],
  {
    error: () => `needs a "kind": one of ${[...PRIMARY_KINDS, 'secondary'].join(', ')}`,
  },
);
export type Source = z.infer<typeof SourceSchema>;
export type PrimarySource = z.infer<typeof PrimarySourceSchema>;
export type SecondarySource = z.infer<typeof SecondarySourceSchema>;

/**
 * Why a source is secondary when it was written before sources said their kind (a clinic's own protocol from an
 * earlier version): it is not trusted as primary until staff review it.
 */
export const NOT_YET_REVIEWED =
  'Not yet reviewed: this citation was written before sources said whether they are primary. Check it, and cite the primary source where one exists.';
