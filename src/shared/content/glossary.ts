import { z } from 'zod';
import { LanguageSchema } from '@shared/schemas/language';
import { IdSchema } from '@shared/schemas/id';
import { LocalizedTextSchema } from '@shared/schemas/localized-text';
import { SourceSchema } from '@shared/schemas/source';
import { ListedSignIdsSchema } from '@shared/warning-signs/warning-sign-catalog';

export const GLOSSARY_KIND = 'gene-therapy-companion.glossary';

/**
 * One hard word explained in plain words. `matches` lists, per language, the forms the word takes in running
 * text ("vector", "vectors"), so a handout can list only the terms it actually uses.
 */
export const GlossaryEntrySchema = z
  .object({
    id: IdSchema,
    term: LocalizedTextSchema,
    definition: LocalizedTextSchema,
    matches: z.partialRecord(
      LanguageSchema,
      z.array(z.string().trim().min(2).max(80)).min(1).max(20),
    ),
    /** Warning signs of what the word names, shown with their level: the definition names no level itself. */
    warningSigns: ListedSignIdsSchema.optional(),
    source: SourceSchema,
  })
  .strict();
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

/** The glossary content file, versioned like the protocols. */
export const GlossarySchema = z
  .object({
    kind: z.literal(GLOSSARY_KIND),
    formatVersion: z.literal(1),
    version: z.number().int().min(1),
    entries: z.array(GlossaryEntrySchema).min(1).max(500),
  })
  .strict()
  .superRefine((glossary, ctx) => {
    const seen = new Set<string>();
    glossary.entries.forEach((entry, index) => {
      if (seen.has(entry.id))
        ctx.addIssue({
          code: 'custom',
          path: ['entries', index, 'id'],
          message: `"${entry.id}" is used twice`,
        });
      seen.add(entry.id);
    });
  });
export type Glossary = z.infer<typeof GlossarySchema>;
