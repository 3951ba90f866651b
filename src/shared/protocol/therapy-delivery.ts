import { z } from 'zod';
import type { TherapyFamily } from './therapy-family';

/**
 * How a therapy reaches the patient's cells: given into the body in a carrier, usually a virus ("in-vivo"), or in
 * the patient's own cells, changed in a lab and given back ("ex-vivo"). It decides which health questions and
 * lesson parts apply: antibodies the patient already has against a carrier virus matter only when the carrier
 * itself goes into the body.
 */
export const TherapyDeliverySchema = z.enum(['in-vivo', 'ex-vivo']);
export type TherapyDelivery = z.infer<typeof TherapyDeliverySchema>;

/** Every family has its answer here, so a new family cannot be added without deciding it. */
export function therapyDelivery(family: TherapyFamily): TherapyDelivery {
  switch (family) {
    case 'car-t':
    case 'ex-vivo-stem-cell':
      return 'ex-vivo';
    // Local delivery is given into the body too; where its carrier is unknown, the questions that might matter are asked.
    case 'aav-intravenous':
    case 'subretinal':
    case 'other-local':
      return 'in-vivo';
  }
}
