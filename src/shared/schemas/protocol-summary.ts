import { z } from 'zod';
import { TherapyFamilySchema } from '@shared/protocol/therapy-family';
import { IdSchema } from './id';
import { LocalizedTextSchema } from './localized-text';

/** A protocol as a list shows it, without its content. */
export const ProtocolSummarySchema = z
  .object({
    id: IdSchema,
    version: z.number().int(),
    family: TherapyFamilySchema,
    title: LocalizedTextSchema,
    isExample: z.boolean(),
  })
  .strict();
export type ProtocolSummary = z.infer<typeof ProtocolSummarySchema>;
