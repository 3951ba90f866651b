import { z } from 'zod';
import { LanguageSchema } from './languages';
import { ProtocolSchema } from './protocol/protocol';
import { protocolToFormat2 } from './protocol/protocol-file-upgrades';
import { ClinicSettingsSchema } from './schemas/clinic-settings';
import { IdSchema } from './schemas/id';
import { HandoutPatientSchema } from './schemas/session';

export const HANDOUT_INPUT_KIND = 'gene-therapy-companion.handout-input';

/**
 * What the headless handout command reads: everything a handout says, for batch printing by clinic staff and
 * for benchmarks. The protocol is either one of the app's (by id) or written out in full.
 */
export const HandoutInputSchema = z
  .object({
    kind: z.literal(HANDOUT_INPUT_KIND),
    formatVersion: z.literal(1),
    language: LanguageSchema,
    /** Defaults to the clinic's paper size, then to the computer's region's. */
    paper: z.enum(['letter', 'a4']).optional(),
    /** Body text at 16 pt. */
    largePrint: z.boolean().optional(),
    /** Any clinic settings; the rest are empty, and the paper follows the computer's region. */
    clinic: ClinicSettingsSchema.partial().strict().default({}),
    // A protocol written out in the older shape (timings without a kind, two levels of warning signs) still prints;
    // the upgrade leaves a protocol of today's shape as it is.
    protocol: z.union([z.object({ id: IdSchema }).strict(), z.preprocess(protocolToFormat2, ProtocolSchema)]),
    /** What the patient entered; anything left out is as if not answered yet. */
    patient: HandoutPatientSchema.partial().strict().default({}),
    /** When the handout is dated; defaults to now. Set it for reproducible output. */
    preparedAt: z.iso.datetime().optional(),
  })
  .strict();
export type HandoutInput = z.infer<typeof HandoutInputSchema>;

export const MAX_HANDOUT_INPUT_BYTES = 2 * 1024 * 1024;
