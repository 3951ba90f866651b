import { z } from 'zod';
import { IdSchema } from '@shared/schemas/id';
import { entries, LIMITS } from '@shared/schemas/limits';
import { LocalizedTextSchema } from '@shared/schemas/localized-text';
import { SourceSchema } from '@shared/schemas/source';
import { SignLevelSchema } from '@shared/warning-signs/sign-level';
import { WARNING_SIGNS } from '@shared/warning-signs/warning-sign-catalog';

/** What comes after treatment: warning signs, who to call, rules for daily life, and years of follow-up. */

/**
 * A warning sign on a protocol: one from the shipped list (its words, level of help and source come from there,
 * so no two places can give a sign two levels), or one the clinic writes itself, with its own level.
 */
export const WarningSignSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('listed'),
      /** The sign's id in the shipped list. */
      id: IdSchema,
      /** When to watch for it, e.g. "mainly in the first 3 months"; null when always. */
      when: LocalizedTextSchema.nullable(),
    })
    .strict()
    .refine((sign) => WARNING_SIGNS.has(sign.id), {
      error: (issue) =>
        `"${String((issue.input as { id: unknown }).id)}" is not in the list of warning signs`,
      path: ['id'],
    }),
  z
    .object({
      kind: z.literal('own'),
      id: IdSchema,
      sign: LocalizedTextSchema,
      level: SignLevelSchema,
      when: LocalizedTextSchema.nullable(),
      source: SourceSchema,
    })
    .strict(),
]);

/** The two kinds of warning sign, from the schema, for every place that offers or names them. */
export const WARNING_SIGN_KINDS = WarningSignSchema.options.map(
  (option) => option.shape.kind.value,
);

export const ContactSchema = z
  .object({
    id: IdSchema,
    /** Who, e.g. "your gene therapy team"; the clinic's own numbers come from clinic settings. */
    who: LocalizedTextSchema,
    /** For what, e.g. "a missed steroid dose, fever, any warning sign". */
    forWhat: LocalizedTextSchema,
  })
  .strict();

/** The units a duration or a follow-up's rhythm is counted in. */
export const SpanUnitSchema = z.enum(['days', 'weeks', 'months', 'years']);
const SpanSchema = z
  .object({ amount: z.number().int().min(1).max(600), unit: SpanUnitSchema })
  .strict();
/** For the rest of the patient's life: CAR-T labels ask for checks for new cancers for life. */
const LifelongSchema = z.object({ kind: z.literal('lifelong') }).strict();

/** How long a rule applies, counted from one of the protocol's key dates; or for life; or until the team says. */
export const RuleDurationSchema = z.discriminatedUnion('kind', [
  SpanSchema.extend({ kind: z.literal('for'), keyDate: IdSchema }).strict(),
  LifelongSchema,
  z.object({ kind: z.literal('until-team-says') }).strict(),
]);

export const LifestyleRuleSchema = z
  .object({
    id: IdSchema,
    rule: LocalizedTextSchema,
    why: LocalizedTextSchema,
    duration: RuleDurationSchema,
    source: SourceSchema,
  })
  .strict();

export const FollowUpSchema = z
  .object({
    id: IdSchema,
    /** What is checked, e.g. "liver blood tests". */
    what: LocalizedTextSchema,
    /** How often; as long as `lasting` or longer, there is one check, at the end of `lasting`. */
    every: SpanSchema,
    /** For how long, counted from `keyDate` (up to 15 years for some products), or for life. */
    lasting: z.union([SpanSchema, LifelongSchema]),
    keyDate: IdSchema,
    source: SourceSchema,
  })
  .strict();

export const AfterTreatmentSchema = z
  .object({
    warningSigns: z.array(WarningSignSchema).max(...entries(LIMITS.warningSigns)),
    contacts: z.array(ContactSchema).max(...entries(LIMITS.contacts)),
    lifestyle: z.array(LifestyleRuleSchema).max(...entries(LIMITS.lifestyle)),
    followUp: z.array(FollowUpSchema).max(...entries(LIMITS.followUp)),
  })
  .strict();

export type WarningSign = z.infer<typeof WarningSignSchema>;
export type LifestyleRule = z.infer<typeof LifestyleRuleSchema>;
export type FollowUp = z.infer<typeof FollowUpSchema>;
export type AfterTreatment = z.infer<typeof AfterTreatmentSchema>;
export type RuleDuration = z.infer<typeof RuleDurationSchema>;
