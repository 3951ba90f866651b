import { z } from 'zod';
import type { Protocol } from '@shared/protocol/protocol';
import { therapyDelivery, type TherapyDelivery } from '@shared/protocol/therapy-delivery';

/**
 * What the health-history step asks: conditions and exposures that change how safe or how suitable a gene
 * therapy is. Each "yes" or "not sure" becomes something to talk about with the team, never a verdict.
 */
export const HEALTH_HISTORY_ITEMS = [
  'immune',
  'liver',
  'kidney',
  'heart',
  'infections',
  'earlier-gene-therapy',
  'carrier-antibodies',
  'pregnancy',
  'allergies',
] as const;
export const HealthHistoryItemSchema = z.enum(HEALTH_HISTORY_ITEMS);
export type HealthHistoryItem = z.infer<typeof HealthHistoryItemSchema>;

/** Items asked only for therapies given one way; the rest are asked for every therapy. */
const ONLY_FOR: ReadonlyMap<HealthHistoryItem, TherapyDelivery> = new Map([
  ['carrier-antibodies', 'in-vivo'],
]);

/**
 * The health questions for this therapy, in order: the health step, the review and the handout all use this list,
 * so an answer given for another therapy earlier is neither asked nor printed.
 */
export function healthItemsFor(protocol: Pick<Protocol, 'family'>): HealthHistoryItem[] {
  const delivery = therapyDelivery(protocol.family);
  return HEALTH_HISTORY_ITEMS.filter((item) => (ONLY_FOR.get(item) ?? delivery) === delivery);
}
