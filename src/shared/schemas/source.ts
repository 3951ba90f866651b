import { z } from 'zod';
import { chars, LIMITS } from './limits';

export const IsoDateSchema = z.iso.date();

/** Where a fact came from and when someone last checked it against that source. */
export const SourceSchema = z
  .object({
    citation: z.string().trim().min(1).max(...chars(LIMITS.citation)),
    checkedOn: IsoDateSchema,
    /** Doubts for clinic reviewers (unverified, conflicting); never shown to patients. */
    reviewerNote: z.string().trim().min(1).max(...chars(LIMITS.reviewerNote)).optional(),
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;
