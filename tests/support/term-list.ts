import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** A rendering patient text never uses; `pattern` finds it without hitting the same letters in a fine sense. */
const NeverUseSchema = z
  .object({ text: z.string().min(1), pattern: z.string().min(1), why: z.string().min(1) })
  .strict();

/** One medical term in `locales/<lang>/terms.json`: the chosen rendering and the ones never to use. */
const TermSchema = z
  .object({
    concept: z.string().min(1),
    use: z.string().min(1),
    why: z.string().min(1),
    never: z.array(NeverUseSchema).min(1),
  })
  .strict();

const TermListSchema = z
  .object({ about: z.string().min(1), terms: z.array(TermSchema).min(1) })
  .strict();
export type TermList = z.infer<typeof TermListSchema>;

export const readTermList = (language: string): TermList =>
  TermListSchema.parse(
    JSON.parse(readFileSync(path.resolve('locales', language, 'terms.json'), 'utf8')),
  );
