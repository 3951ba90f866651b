import { describe, expect, it } from 'vitest';
import { paperForRegion, regionOfLocale } from '@shared/handout/paper-for-region';

describe('the paper a clinic most likely has', () => {
  it('is US Letter in the Americas that use it, in any case', () => {
    for (const region of ['US', 'ca', 'MX', 'PH', 'CL'])
      expect(paperForRegion(region), region).toBe('letter');
  });

  it('is A4 everywhere else, and when the region is unknown', () => {
    for (const region of ['GB', 'DE', 'EG', 'SA', 'CN', 'TW', 'BR', 'AR', 'ES'])
      expect(paperForRegion(region), region).toBe('a4');
    expect(paperForRegion(null)).toBe('a4');
    expect(paperForRegion('')).toBe('a4');
  });

  it("takes the region from a locale, filling in a bare language's likely one", () => {
    expect(regionOfLocale('en-GB')).toBe('GB');
    expect(regionOfLocale('zh-Hans-CN')).toBe('CN');
    expect(regionOfLocale('en')).toBe('US');
    expect(regionOfLocale('not a locale!')).toBeNull();
  });
});
