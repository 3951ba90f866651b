// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguagePicker } from '../../../../src/renderer/src/components/LanguagePicker';
import { createRendererI18n } from '../../../../src/renderer/src/i18n/renderer-i18n';
import { LANGUAGES, textDirection, type Language } from '@shared/i18n/languages';

afterEach(cleanup);

/** The name each language's own locale file gives itself. */
const ownName = (language: Language) =>
  (
    JSON.parse(readFileSync(path.resolve('locales', language, 'app.json'), 'utf8')) as {
      languageName: string;
    }
  ).languageName;

async function drawPicker(showing: Language, onChange = vi.fn()) {
  const i18n = await createRendererI18n(showing);
  render(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(LanguagePicker, { value: showing, onChange }),
    ),
  );
  return onChange;
}

describe('the language picker', () => {
  it.each(LANGUAGES)(
    'showing %s, names every language in itself, marked with its language and direction',
    async (showing) => {
      await drawPicker(showing);
      const options = screen.getAllByRole('option');
      expect(options.map((option) => option.getAttribute('value'))).toEqual([...LANGUAGES]);
      for (const [i, language] of LANGUAGES.entries()) {
        expect(options[i]).toHaveProperty('textContent', ownName(language));
        expect(options[i]?.getAttribute('lang')).toBe(language);
        expect(options[i]?.getAttribute('dir')).toBe(textDirection(language));
      }
      expect(ownName('vi')).toBe('Tiếng Việt');
    },
  );

  it('hands over the language chosen', async () => {
    const onChange = await drawPicker('en');
    await userEvent.selectOptions(screen.getByRole('combobox'), 'Tiếng Việt');
    expect(onChange).toHaveBeenCalledWith('vi');
  });
});
