import { z } from 'zod';

/**
 * What the screen after a session's end says: "printed" (take your handout from the printer), or "incomplete"
 * (something could not be erased, so the computer asks for staff before anyone else uses it).
 */
export const SessionEndNoticeSchema = z.enum(['printed', 'incomplete']);
export type SessionEndNotice = z.infer<typeof SessionEndNoticeSchema>;
