import { z } from 'zod';

/**
 * What the health-history step asks: conditions and exposures that change how safe or how suitable a gene
 * therapy is. Each "yes" or "not sure" becomes something to talk about with the team, never a verdict.
 */
export const HEALTH_HISTORY_ITEMS = ['immune', 'liver', 'kidney', 'heart', 'infections', 'earlier-gene-therapy', 'pregnancy', 'allergies'] as const;
export const HealthHistoryItemSchema = z.enum(HEALTH_HISTORY_ITEMS);
export type HealthHistoryItem = z.infer<typeof HealthHistoryItemSchema>;
