import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import {
  buildHandoutContent,
  type HandoutBlock,
} from '../../../../src/main/handout/handout-content';
import { translatorsFrom } from '../../../../src/main/i18n/translators';
import { LANGUAGES, type Language } from '@shared/i18n/languages';
import type { Protocol } from '@shared/protocol/protocol';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { resolveText } from '@shared/schemas/localized-text';
import { glossary, lessons, patientWith } from '../../../support/handout-fixtures';
import { CLINIC_CONTACT } from '../../../support/clinic-contact';

const protocols = loadProtocolFolder(path.resolve('resources/protocols'));
const translatorFor = translatorsFrom(path.resolve('locales'));

/** How each language marks an example at the start of a title: what the shipped titles began with. */
const EXAMPLE_WORD: Record<Language, RegExp> = {
  en: /^example\b/i,
  es: /^ejemplo\b/i,
  ar: /^مثال/,
  zh: /^示例/,
  vi: /^ví dụ(?!\p{L})/iu,
  ru: /^пример(?!\p{L})/iu,
  tl: /^halimbawa\b/i,
  ko: /^예시/,
};

function handoutOf(protocol: Protocol, language: Language) {
  return buildHandoutContent({
    clinic: { ...DEFAULT_CLINIC_SETTINGS, ...CLINIC_CONTACT },
    patient: patientWith({ firstName: 'Ana' }),
    language,
    protocol,
    contentHash: '0'.repeat(64),
    preparedAt: new Date('2026-12-01T10:00:00Z'),
    glossary,
    lessons,
    t: translatorFor(language),
  });
}

const textsOf = (blocks: readonly HandoutBlock[]) =>
  blocks.flatMap((b) =>
    'text' in b ? [b.text] : b.kind === 'wallet-card' ? b.lines.map((l) => l.text) : [],
  );
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '').trim();

describe('an example checklist', () => {
  it.each(LANGUAGES)(
    'is named plainly in every title, and in %s the handout says once that it is an example',
    (language) => {
      for (const protocol of protocols) {
        expect(protocol.isExample).toBe(true);
        expect(resolveText(protocol.title, language).text).not.toMatch(EXAMPLE_WORD[language]);
        const content = handoutOf(protocol, language);
        for (const text of textsOf(content.blocks))
          expect(plain(text)).not.toMatch(EXAMPLE_WORD[language]);
        const notice = translatorFor(language)('handout:exampleProtocol');
        expect(content.blocks.filter((b) => b.kind === 'notice' && b.text === notice)).toHaveLength(
          1,
        );
        const card = content.blocks.find((b) => b.kind === 'wallet-card');
        expect(card?.kind === 'wallet-card' && card.lines.map((l) => l.text)).toContain(
          resolveText(protocol.title, language).text,
        );
      }
    },
  );

  it('reviewed by the clinic, is not called an example', () => {
    for (const protocol of protocols) {
      const content = handoutOf({ ...protocol, isExample: false }, 'en');
      expect(
        content.blocks.some(
          (b) => b.kind === 'notice' && b.text === translatorFor('en')('handout:exampleProtocol'),
        ),
      ).toBe(false);
    }
  });
});
