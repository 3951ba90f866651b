import { z } from 'zod';

/** Told to the person at start when a saved file could not be used as it was. Nothing is reset silently. */
export const StoreNoticeSchema = z
  .object({
    store: z.enum(['clinic', 'session']),
    /**
     * "cannot-open": the file could not be read at all (no permission, a folder in its place); "missing": the
     * file is gone but copies of it set aside earlier are still there, so this is not a first start.
     */
    problem: z.enum([
      'unreadable',
      'cannot-open',
      'invalid',
      'newer-version',
      'upgrade-failed',
      'missing',
    ]),
    /** Where the old file is now: its set-aside copy, or its own place when it could not be moved. */
    backupPath: z.string(),
    detail: z.string(),
    /** The file could be neither moved aside nor replaced: nothing is written until it is fixed. */
    memoryOnly: z.boolean(),
    /** What of the old clinic file was kept in the fresh one: how the computer is used, the staff PIN. */
    salvaged: z.array(z.enum(['mode', 'pin', 'contact'])),
  })
  .strict();
export type StoreNotice = z.infer<typeof StoreNoticeSchema>;
