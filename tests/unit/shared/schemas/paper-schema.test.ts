import { describe, expect, it } from 'vitest';
import { HandoutInputSchema } from '@shared/handout/handout-input';
import { ClinicSettingsSchema, DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { HandoutPreviewSchema } from '@shared/schemas/handout-preview';
import { PaperSchema } from '@shared/schemas/paper';
import { PAPER_SIZES } from '../../../../src/main/handout/page-flow';

describe('the paper', () => {
  it('is Letter or A4, and the handout has a page size for each', () => {
    expect(PaperSchema.options).toEqual(['letter', 'a4']);
    expect(Object.keys(PAPER_SIZES).sort()).toEqual([...PaperSchema.options].sort());
  });

  it('is what the clinic settings, the preview and the handout command input take, and nothing else', () => {
    const paperOf = HandoutInputSchema.shape.paper;
    for (const paper of PaperSchema.options) {
      expect(
        ClinicSettingsSchema.safeParse({ ...DEFAULT_CLINIC_SETTINGS, paperSize: paper }).success,
      ).toBe(true);
      expect(HandoutPreviewSchema.shape.paper.safeParse(paper).success).toBe(true);
      expect(paperOf.safeParse(paper).success).toBe(true);
    }
    for (const paper of ['a3', 'Letter', 'legal', '']) {
      expect(
        ClinicSettingsSchema.safeParse({ ...DEFAULT_CLINIC_SETTINGS, paperSize: paper }).success,
      ).toBe(false);
      expect(HandoutPreviewSchema.shape.paper.safeParse(paper).success).toBe(false);
      expect(paperOf.safeParse(paper).success).toBe(false);
    }
  });
});
