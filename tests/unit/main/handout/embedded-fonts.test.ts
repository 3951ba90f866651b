import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { makeHandout } from '../../../../src/main/handout/make-handout';
import type { Language } from '@shared/i18n/languages';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { handoutDeps, patientWith } from '../../../support/handout-fixtures';
import { fontsInFile, fontsOnPages, loadPdf, toUnicodeTargets } from '../../../support/pdf-objects';

const protocol = loadProtocolFolder(path.resolve('resources/protocols')).find(
  (p) => p.id === 'example-car-t',
);
if (!protocol) throw new Error('example-car-t missing');

async function handout(language: Language, firstName: string) {
  const { bytes } = await makeHandout(
    {
      protocol: protocol!,
      patient: patientWith({ firstName }),
      language,
      clinic: DEFAULT_CLINIC_SETTINGS,
      paper: 'letter',
      largePrint: false,
      preparedAt: new Date('2026-03-08T10:30:00Z'),
    },
    handoutDeps,
  );
  return loadPdf(bytes);
}

describe('the fonts in a handout', () => {
  it('are only those its pages draw with: an English handout carries Noto Sans regular and bold, nothing else', async () => {
    const doc = await handout('en', 'Ana');
    expect(fontsInFile(doc)).toEqual(fontsOnPages(doc));
    expect(
      fontsInFile(doc)
        .map((name) => name.replace(/^[A-Z]{6}\+/, ''))
        .sort(),
    ).toEqual(['NotoSans-Bold', 'NotoSans-Regular']);
  });

  it('in Arabic, are the Arabic fonts and what the Latin text needs, each drawn with', async () => {
    const doc = await handout('ar', 'Ana');
    expect(fontsInFile(doc)).toEqual(fontsOnPages(doc));
    expect(fontsInFile(doc).join(' ')).toMatch(
      /NotoSansArabic-Regular.*NotoSansArabic-Bold|NotoSansArabic-Bold.*NotoSansArabic-Regular/,
    );
    expect(fontsInFile(doc).join(' ')).not.toMatch(/Hebrew|Devanagari|DroidSans/);
  });

  // PDF checkers reject a text layer that maps a glyph to U+0000 or U+FEFF (or U+FFFE), or to nothing.
  it('map no glyph to U+0000, U+FEFF or U+FFFE, even for a name with a NUL and byte-order marks in it', async () => {
    for (const [language, name] of [
      ['en', 'Ana\u0000Lee\uFEFF'],
      ['ar', '\uFEFFسارة\u0000'],
      ['zh', '\uFEFF李\u0000小龙'],
    ] as const) {
      const targets = toUnicodeTargets(await handout(language, name));
      expect(targets.length).toBeGreaterThan(20);
      const bad = targets.filter(
        (target) => target === '' || /^(?:[0-9A-F]{4})*?(?:0000|FEFF|FFFE)/.test(target),
      );
      expect(bad, `${language}: ${bad.join(' ')}`).toEqual([]);
    }
  });
});
