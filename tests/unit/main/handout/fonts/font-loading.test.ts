import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../../src/main/protocol/example-protocols';
import { FONT_FILES } from '../../../../../src/main/handout/fonts/font-files';
import { makeHandout } from '../../../../../src/main/handout/make-handout';
import { fontsNeeded } from '../../../../../src/main/handout/typeset/faces';
import type { Language } from '@shared/i18n/languages';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { handoutDeps, patientWith } from '../../../../support/handout-fixtures';
import { makeTempDir } from '../../../../support/temp-dir';

const [protocol] = loadProtocolFolder(path.resolve('resources/protocols'));
const LATIN = ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf'];

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = makeTempDir());
  // A fonts folder with nothing but the Latin fonts: opening any other file fails.
  for (const name of LATIN)
    symlinkSync(path.resolve('resources/fonts', name), path.join(dir, name));
});
afterAll(() => cleanup());

function handout(language: Language, firstName: string) {
  if (!protocol) throw new Error('no example protocol');
  return makeHandout(
    {
      protocol,
      patient: patientWith({ firstName }),
      language,
      clinic: DEFAULT_CLINIC_SETTINGS,
      paper: 'letter',
      largePrint: false,
      preparedAt: new Date('2026-03-08T10:30:00Z'),
    },
    { ...handoutDeps, fontsDir: dir },
  );
}

describe('loading fonts only when a handout needs them', () => {
  it.each(['en', 'es'] as const)(
    'makes a whole %s handout with the Latin fonts alone: no Chinese, Korean, emoji or other file is read',
    async (language) => {
      const rendered = await handout(language, 'Zoë Ñúñez-Łukasz');
      expect(rendered.missingCharacters).toEqual([]);
      expect(rendered.pageCount).toBeGreaterThan(1);
    },
  );

  it('does read the Korean font for a Korean name (so the folder above really lacks it)', async () => {
    await expect(handout('en', '김민준')).rejects.toThrow(/NanumGothic\.ttf/);
  });

  it('chooses, for each character, the first font of the chain that has it, and no other', () => {
    expect(fontsNeeded(FONT_FILES.regular, 'Ana')).toEqual(['NotoSans-Regular.ttf']);
    expect(fontsNeeded(FONT_FILES.regular, 'Ana 李 김 𠮷 😀')).toEqual([
      'NotoSans-Regular.ttf',
      'DroidSansFallbackFull.ttf',
      'NanumGothic.ttf',
      'HanaMinB.ttf',
      'Symbola_hint.ttf',
    ]);
    // Arabic digits and punctuation come from the Arabic font; Latin digits stay with Noto Sans.
    expect(fontsNeeded(FONT_FILES.bold, 'مريم 2027')).toEqual([
      'NotoSans-Bold.ttf',
      'NotoSansArabic-Bold.ttf',
    ]);
  });
});
