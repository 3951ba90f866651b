import { z } from 'zod';
import { PaperSchema } from './paper';

/** Handouts are a few hundred kilobytes; anything near this is a fault, not a handout. */
export const MAX_HANDOUT_BYTES = 20 * 1024 * 1024;

/**
 * The handout's PDF as the patient will get it, for the renderer to show and to print page by page. Base64,
 * because both bridges (contextBridge and the test host's binding) carry strings unchanged.
 */
export const HandoutPreviewSchema = z
  .object({
    pdfBase64: z.base64().max(Math.ceil(MAX_HANDOUT_BYTES / 3) * 4),
    paper: PaperSchema,
    pageCount: z.number().int().min(1).max(200),
  })
  .strict();
export type HandoutPreview = z.infer<typeof HandoutPreviewSchema>;
