import { describe, expect, it } from 'vitest';
import { CONTENT_FOLDERS, jsonFiles, readJson } from '../../support/patient-texts';

/** Every `citation` in a content file, with where it is. */
function citations(value: unknown, where: string): Array<[string, string]> {
  if (Array.isArray(value)) return value.flatMap((item, i) => citations(item, `${where}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]): Array<[string, string]> =>
    key === 'citation' && typeof child === 'string' ? [[`${where}.citation`, child]] : citations(child, `${where}.${key}`),
  );
}

const ALL = CONTENT_FOLDERS.flatMap(jsonFiles).flatMap((file) => citations(readJson(file), file));
const urlsIn = (citation: string) => citation.match(/https?:\/\/[^\s;]+/g) ?? [];

/**
 * Where a cited address stops in the middle of a word ("…-january-23-202" where "…-2024" is cited elsewhere, or
 * a URL ending in "-" or a half "%2"), a reviewer following it lands nowhere, or on another page.
 */
function cutOff(url: string, every: readonly string[]): boolean {
  const longer = every.some((other) => other.length > url.length && other.startsWith(url) && /[\p{L}\p{N}_-]/u.test(other.charAt(url.length)));
  return longer || /[-%]$|%[0-9A-Fa-f]$/.test(url);
}

describe('every cited source is cited whole', () => {
  const urls = [...new Set(ALL.flatMap(([, citation]) => urlsIn(citation)))];

  it('finds the citations it checks', () => {
    expect(urls.length).toBeGreaterThan(50);
  });

  it('no cited address is cut off', () => {
    const cut = ALL.flatMap(([where, citation]) => urlsIn(citation).filter((url) => cutOff(url, urls)).map((url) => `${where}: ${url}`));
    expect(cut).toEqual([]);
  });

  it('the rule sees an address cut in the middle of a word', () => {
    const full = 'https://example.org/news/fda-roundup-january-23-2024';
    expect(cutOff(full.slice(0, -1), [full])).toBe(true);
    expect(cutOff('https://example.org/a-', [])).toBe(true);
    expect(cutOff('https://example.org/page', ['https://example.org/page/more'])).toBe(false);
    expect(cutOff(full, [full])).toBe(false);
  });
});
