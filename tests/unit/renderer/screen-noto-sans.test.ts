import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FONTS_DIR,
  SCREEN_NOTO_SANS,
  screenNotoSansFrom,
} from '../../../scripts/fonts/screen-noto-sans';

describe("the screens' copies of Noto Sans", () => {
  it.each([...SCREEN_NOTO_SANS])(
    '%s: %s is what the script makes (after changing a locale file or the font: npx tsx scripts/fonts/screen-noto-sans.ts)',
    async (whole, copy) => {
      const made = await screenNotoSansFrom(
        new Uint8Array(readFileSync(path.join(FONTS_DIR, whole))),
      );
      expect(Buffer.from(made).equals(readFileSync(path.join(FONTS_DIR, copy)))).toBe(true);
    },
  );
});
