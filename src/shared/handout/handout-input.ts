import { z } from 'zod';
import { LanguageSchema } from '@shared/schemas/language';
import { ProtocolSchema } from '@shared/protocol/protocol';
import { protocolToFormat2 } from '@shared/protocol/protocol-file-upgrades';
import { ClinicSettingsSchema } from '@shared/schemas/clinic-settings';
import { IdSchema } from '@shared/schemas/id';
import { plainIssueMessage } from '@shared/schemas/plain-issue-messages';
import { HandoutPatientSchema } from '@shared/schemas/session';
import { PaperSchema } from '@shared/schemas/paper';

export const HANDOUT_INPUT_KIND = 'gene-therapy-companion.handout-input';

const ProtocolReferenceSchema = z.object({ id: IdSchema }).strict();
// A protocol written out in the older shape (timings without a kind, two levels of warning signs) still prints;
// the upgrade leaves a protocol of today's shape as it is.
const WrittenOutProtocolSchema = z.preprocess(protocolToFormat2, ProtocolSchema);

function isReference(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    Object.hasOwn(value, 'id')
  );
}

/**
 * An object holding only an id names one of the app's protocols; any other object is a protocol written out in
 * full. Deciding which was meant before checking tells each problem against that shape (a union of the two
 * would say only "Invalid input", or call a half-written protocol's fields unknown).
 */
const HandoutProtocolSchema = z
  .unknown()
  .transform(
    (
      value,
      ctx,
    ): z.output<typeof ProtocolReferenceSchema> | z.output<typeof WrittenOutProtocolSchema> => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        ctx.addIssue({
          code: 'custom',
          message: `${value === undefined ? 'is missing' : 'is not an object'}: expected { "id": "<protocol id>" } for one of the app's protocols, or a whole protocol`,
        });
        return z.NEVER;
      }
      const checked = isReference(value)
        ? ProtocolReferenceSchema.safeParse(value, { error: plainIssueMessage })
        : WrittenOutProtocolSchema.safeParse(value, { error: plainIssueMessage });
      if (checked.success) return checked.data;
      for (const issue of checked.error.issues) ctx.addIssue({ ...issue, code: 'custom' });
      return z.NEVER;
    },
  );

/**
 * What the headless handout command reads: everything a handout says, for batch printing by clinic staff and
 * for benchmarks. The protocol is either one of the app's (by id) or written out in full.
 */
export const HandoutInputSchema = z
  .object({
    kind: z.literal(HANDOUT_INPUT_KIND),
    formatVersion: z.literal(1),
    language: LanguageSchema,
    /** A bilingual handout's second language (not `language` itself); the `--second-language` option overrides it. */
    secondLanguage: LanguageSchema.optional(),
    /** Defaults to the clinic's paper size, then to the computer's region's. */
    paper: PaperSchema.optional(),
    /** Body text at 16 pt. */
    largePrint: z.boolean().optional(),
    /** Any clinic settings; the rest are empty, and the paper follows the computer's region. */
    clinic: ClinicSettingsSchema.partial().strict().default({}),
    protocol: HandoutProtocolSchema,
    /** What the patient entered; anything left out is as if not answered yet. */
    patient: HandoutPatientSchema.partial().strict().default({}),
    /** When the handout is dated; defaults to now. Set it for reproducible output. */
    preparedAt: z.iso.datetime().optional(),
  })
  .strict();
export type HandoutInput = z.infer<typeof HandoutInputSchema>;

export const MAX_HANDOUT_INPUT_BYTES = 2 * 1024 * 1024;
