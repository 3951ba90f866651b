import { z } from 'zod';

/** One thing wrong with a file a person gave the app, with where it is: "protocols[0].tests[2].timing.keyDate". */
export const FileProblemSchema = z.object({ location: z.string(), message: z.string() }).strict();
export type FileProblem = z.infer<typeof FileProblemSchema>;

/** The answer to "save this as a file": where it went, or that the person cancelled the dialog. */
export const FileSaveResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('saved'), fileName: z.string() }).strict(),
  z.object({ outcome: z.literal('cancelled') }).strict(),
]);
export type FileSaveResult = z.infer<typeof FileSaveResultSchema>;

/** The handouts saved as files since the app started, where they are: deleting the answers leaves them there. */
export const SavedHandoutsSchema = z.object({ paths: z.array(z.string()) }).strict();
export type SavedHandouts = z.infer<typeof SavedHandoutsSchema>;
