import { z } from 'zod';
import { IdSchema } from './id';


/** "At least 8 weeks before cell collection": always relative to one of the protocol's key dates. */
export const TimingSchema = z
  .object({
    amount: z.number().int().min(0).max(520),
    unit: z.enum(['days', 'weeks', 'months']),
    relation: z.enum(['before', 'after']),
    keyDate: IdSchema,
    atLeast: z.boolean(),
  })
  .strict();
export type Timing = z.infer<typeof TimingSchema>;
