import { z } from 'zod';

/** Told to the person at start when a saved file could not be used as it was. Nothing is reset silently. */
export const StoreNoticeSchema = z
  .object({
    store: z.enum(['clinic', 'session']),
    problem: z.enum(['unreadable', 'invalid', 'newer-version', 'upgrade-failed']),
    backupPath: z.string(),
    detail: z.string(),
  })
  .strict();
export type StoreNotice = z.infer<typeof StoreNoticeSchema>;
