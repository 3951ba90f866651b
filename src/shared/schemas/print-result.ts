import { z } from 'zod';

/** The answer to "print the handout": sent to a printer, cancelled in the print dialog, or why it failed. */
export const PrintResultSchema = z.discriminatedUnion('outcome', [
  /** `printer` is empty when the person picked it in the system dialog. */
  z.object({ outcome: z.literal('printed'), printer: z.string().max(300) }).strict(),
  z.object({ outcome: z.literal('cancelled') }).strict(),
  z
    .object({
      outcome: z.literal('failed'),
      reason: z.enum(['no-printer', 'unknown-printer', 'printer-refused']),
      detail: z.string().max(500),
    })
    .strict(),
]);
export type PrintResult = z.infer<typeof PrintResultSchema>;
