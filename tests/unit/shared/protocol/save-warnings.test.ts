import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { LANGUAGES } from '@shared/i18n/languages';
import { saveWarnings } from '@shared/protocol/save-warnings';

const example = loadProtocolFolder(path.resolve('resources/protocols')).find(
  (p) => p.id === 'example-sickle-cell-crispr',
);
if (!example) throw new Error('example missing');
const reviewed = { ...example, isExample: false };

describe('saveWarnings', () => {
  it('warns when the English title changed and other languages keep the old one', () => {
    const draft = {
      ...reviewed,
      title: {
        ...reviewed.title,
        en: 'Sickle cell therapy',
        es: 'Terapia para la anemia falciforme',
      },
    };
    expect(saveWarnings(reviewed, draft)).toEqual([
      {
        kind: 'titleTranslations',
        keys: LANGUAGES.filter((language) => language !== 'en' && language !== 'es'),
      },
    ]);
  });

  it('does not warn when every language was changed with it, or when the English title is the same', () => {
    const draft = {
      ...reviewed,
      title: { en: 'Sickle cell therapy', es: 'Terapia', ar: 'علاج', zh: '疗法' },
    };
    expect(saveWarnings(reviewed, draft)).toEqual([]);
    expect(
      saveWarnings(reviewed, { ...reviewed, summary: { ...reviewed.summary, en: 'Shorter.' } }),
    ).toEqual([]);
  });

  it('warns when an edited protocol is still marked as an example, but not when nothing changed', () => {
    expect(
      saveWarnings(example, { ...example, summary: { ...example.summary, en: 'Shorter.' } }),
    ).toEqual([{ kind: 'stillExample' }]);
    expect(saveWarnings(example, example)).toEqual([]);
    expect(saveWarnings(example, { ...example, isExample: false })).toEqual([]);
  });
});
