import { z } from 'zod';
import catalogFile from '../../../resources/warning-signs/warning-signs.json' with { type: 'json' };
import { TherapyFamilySchema } from '@shared/protocol/therapy-family';
import { IdSchema } from '@shared/schemas/id';
import { LocalizedTextSchema } from '@shared/schemas/localized-text';
import { SourceSchema } from '@shared/schemas/source';
import { SignLevelSchema } from './sign-level';

export const WARNING_SIGN_CATALOG_KIND = 'gene-therapy-companion.warning-signs';

/** One warning sign with the one level of help it needs; protocols, lessons and the glossary name it by id. */
export const CatalogSignSchema = z
  .object({
    id: IdSchema,
    sign: LocalizedTextSchema,
    level: SignLevelSchema,
    /** Only after a therapy of these families (CRS after CAR-T); absent: after any gene therapy. */
    families: z.array(TherapyFamilySchema).min(1).optional(),
    source: SourceSchema,
  })
  .strict();
export type CatalogSign = z.infer<typeof CatalogSignSchema>;

/**
 * The one list of warning signs the app ships (resources/warning-signs). An id, once shipped, stays: clinics'
 * protocols refer to it.
 */
export const WarningSignCatalogSchema = z
  .object({
    kind: z.literal(WARNING_SIGN_CATALOG_KIND),
    formatVersion: z.literal(1),
    version: z.number().int().min(1),
    signs: z
      .array(CatalogSignSchema)
      .min(1)
      .max(200)
      .refine((signs) => new Set(signs.map((sign) => sign.id)).size === signs.length, {
        message: 'two signs have the same id',
      }),
  })
  .strict();

/** The shipped catalog by id, bundled so the walkthrough, the editor and the handout read the same list. */
export const WARNING_SIGNS: ReadonlyMap<string, CatalogSign> = new Map(
  WarningSignCatalogSchema.parse(catalogFile).signs.map((sign) => [sign.id, sign]),
);

/** Signs a lesson part or a glossary entry is about, named by their id in the shipped list. */
export const ListedSignIdsSchema = z
  .array(
    IdSchema.refine((id) => WARNING_SIGNS.has(id), {
      error: (issue) => `"${String(issue.input)}" is not in the list of warning signs`,
    }),
  )
  .min(1)
  .max(12);
