import { z } from 'zod';
import { CalendarDateSchema } from '../schemas/session';
import { IdSchema } from '../schemas/id';
import { chars } from '../schemas/limits';
import { withSourceKinds } from '../schemas/legacy-sources';
import { ProtocolSchema } from './protocol';

export const PLAN_KIND = 'gene-therapy-companion.patient-plan';

/**
 * What the care team has already decided for one patient, as a file the patient opens at home: the protocol
 * (as the team tailored it: only the medicine rules that apply), the key dates known so far, and optionally
 * the patient's first name. Opening it starts the walkthrough with it.
 */
export const PatientPlanSchema = z.preprocess(
  // A plan saved before sources said their kind still opens: its citations are secondary, not yet reviewed.
  withSourceKinds,
  z
    .object({
      kind: z.literal(PLAN_KIND),
      formatVersion: z.literal(1),
      createdAt: z.iso.datetime(),
      clinicName: z.string().trim().max(...chars(200)),
      firstName: z.string().trim().max(...chars(100)),
      protocol: ProtocolSchema,
      keyDates: z.record(IdSchema, CalendarDateSchema.nullable()),
    })
    .strict()
    .superRefine((plan, ctx) => {
      const known = new Set(plan.protocol.keyDates.map((d) => d.id));
      for (const id of Object.keys(plan.keyDates)) {
        if (!known.has(id)) ctx.addIssue({ code: 'custom', path: ['keyDates', id], message: `"${id}" is not one of the protocol's key dates` });
      }
    }),
);
export type PatientPlan = z.infer<typeof PatientPlanSchema>;

/** A plan is one protocol and a few dates: far smaller than this. */
export const MAX_PLAN_BYTES = 1024 * 1024;
