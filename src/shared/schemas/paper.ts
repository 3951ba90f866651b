import { z } from 'zod';

/** The paper a handout is laid out and printed on: US Letter, or A4 nearly everywhere else (paper-for-region.ts). */
export const PaperSchema = z.enum(['letter', 'a4']);
export type Paper = z.infer<typeof PaperSchema>;
