import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from '../../src/shared/i18n/languages';
import { loadFontSubsetter } from '../../src/main/handout/fonts/font-subsetter';

/**
 * The screens' copies of Noto Sans, cut by HarfBuzz's subsetter to the characters of the app's own words in every
 * language (those Noto Sans has) and Latin-1, for the names people type: about 50 KB each instead of 510 KB. The
 * first screen's text waits unseen for its font, and the whole fonts were 1 MB fetched beside the app's code.
 * Anything else is drawn by the whole font, next in the screens' font stack (styles.css). After changing a locale
 * file or Noto Sans: npx tsx scripts/fonts/screen-noto-sans.ts (tests/unit/renderer/screen-noto-sans.test.ts says so).
 */
export const SCREEN_NOTO_SANS = new Map([
  ['NotoSans-Regular.ttf', 'NotoSans-Regular-screen.ttf'],
  ['NotoSans-Bold.ttf', 'NotoSans-Bold-screen.ttf'],
]);

const root = path.resolve(import.meta.dirname, '..', '..');
export const FONTS_DIR = path.join(root, 'resources', 'fonts');

/** Every character of the locale files, in every language, and Latin-1 (U+0020 to U+00FF). */
export function screenCharacters(): Set<number> {
  const characters = new Set<number>();
  for (let codePoint = 0x20; codePoint <= 0xff; codePoint += 1) characters.add(codePoint);
  for (const language of LANGUAGES) {
    const folder = path.join(root, 'locales', language);
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')))
      for (const ch of readFileSync(path.join(folder, file), 'utf8'))
        characters.add(ch.codePointAt(0) as number);
  }
  return characters;
}

/** The screens' copy of a Noto Sans file. */
export async function screenNotoSansFrom(font: Uint8Array): Promise<Uint8Array> {
  const subsetter = await loadFontSubsetter();
  return subsetter.subsetCharacters(subsetter.face(font), screenCharacters());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [whole, copy] of SCREEN_NOTO_SANS)
    writeFileSync(
      path.join(FONTS_DIR, copy),
      await screenNotoSansFrom(new Uint8Array(readFileSync(path.join(FONTS_DIR, whole)))),
    );
}
