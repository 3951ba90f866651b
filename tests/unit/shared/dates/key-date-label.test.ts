import { describe, expect, it } from 'vitest';
import { keyDateLabeller } from '@shared/dates/key-date-label';
import { resolveText } from '@shared/schemas/localized-text';

const keyDates = [
  { id: 'infusion', label: { en: 'infusion day', es: 'día de la infusión' } },
  { id: 'collection', label: { en: 'cell collection' } },
];

describe('keyDateLabeller', () => {
  it("names a key date in the reader's language, falling back to English", () => {
    const label = keyDateLabeller(keyDates, (text) => resolveText(text, 'es').text);
    expect(label('infusion')).toBe('día de la infusión');
    expect(label('collection')).toBe('cell collection');
  });

  it('shows an id the protocol lacks as itself, whatever its name', () => {
    const label = keyDateLabeller(keyDates, (text) => resolveText(text, 'en').text);
    for (const id of ['surgery', '__proto__', 'constructor', 'toString'])
      expect(label(id)).toBe(id);
  });

  it('names an id given twice (a draft) by its first key date', () => {
    const label = keyDateLabeller(
      [...keyDates, { id: 'infusion', label: { en: 'second infusion' } }],
      (text) => resolveText(text, 'en').text,
    );
    expect(label('infusion')).toBe('infusion day');
  });
});
