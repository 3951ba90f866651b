import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/shared/languages';

/** Every string of a locale file with its key, except file names ("care-plan.json"), where a dot belongs. */
function sentences(value: unknown, key = ''): Array<[string, string]> {
  if (typeof value === 'string') return /filename$/i.test(key) ? [] : [[key, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([name, child]) => sentences(child, key === '' ? name : `${key}.${name}`));
}

describe('no locale text runs one sentence into the next', () => {
  // A full stop between two lowercase letters is a slip of an edit ("emergency number.or go"), which a reader trips on.
  it.each(LANGUAGES)('%s', (language) => {
    const folder = path.resolve('locales', language);
    const runOn = readdirSync(folder)
      .filter((name) => name.endsWith('.json') && name !== 'terms.json')
      .flatMap((name) => sentences(JSON.parse(readFileSync(path.join(folder, name), 'utf8'))).map(([key, text]) => [`${name}:${key}`, text] as const))
      .filter(([, text]) => /\p{Ll}\.\p{Ll}/u.test(text));
    expect(runOn).toEqual([]);
  });
});
