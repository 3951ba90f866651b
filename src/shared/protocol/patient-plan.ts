import { z } from 'zod';
import { ClinicSettingsSchema } from '@shared/schemas/clinic-settings';
import { CalendarDateSchema, PersonNameSchema } from '@shared/schemas/session';
import { IdSchema } from '@shared/schemas/id';
import { ProtocolSchema } from './protocol';
import { upgradeProtocolFile } from './protocol-file-upgrades';

export const PLAN_KIND = 'gene-therapy-companion.patient-plan';
/** Format 2: every timing says which kind it is (an older plan is upgraded as it is read). */
export const PLAN_FORMAT = 2;

/**
 * What the care team has already decided for one patient, as a file the patient opens at home: the protocol
 * (as the team tailored it: only the medicine rules that apply), the key dates known so far, and optionally
 * the patient's first name. Opening it starts the walkthrough with it.
 */
export const PatientPlanSchema = z
  .object({
    kind: z.literal(PLAN_KIND),
    formatVersion: z.literal(PLAN_FORMAT),
    createdAt: z.iso.datetime(),
    clinicName: ClinicSettingsSchema.shape.clinicName,
    firstName: PersonNameSchema,
    protocol: ProtocolSchema,
    keyDates: z.record(IdSchema, CalendarDateSchema.nullable()),
  })
  .strict()
  .superRefine((plan, ctx) => {
    const known = new Set(plan.protocol.keyDates.map((d) => d.id));
    for (const id of Object.keys(plan.keyDates)) {
      if (!known.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['keyDates', id],
          message: `"${id}" is not one of the protocol's key dates`,
        });
    }
  });
export type PatientPlan = z.infer<typeof PatientPlanSchema>;

/** A plan file as read: one of an older format is upgraded first, then checked like any other. */
export const PlanFileSchema = z.preprocess(
  (file) => upgradeProtocolFile(file, PLAN_FORMAT),
  PatientPlanSchema,
);

/** A plan is one protocol and a few dates: far smaller than this. */
export const MAX_PLAN_BYTES = 1024 * 1024;
