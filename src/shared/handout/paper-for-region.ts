import type { Paper } from '@shared/schemas/paper';

/** Countries and territories where US Letter is the usual paper; everywhere else uses A4. */
const LETTER_REGIONS: ReadonlySet<string> = new Set([
  'US',
  'CA',
  'MX',
  'PR',
  'PH',
  'CL',
  'CO',
  'CR',
  'DO',
  'GT',
  'HN',
  'NI',
  'PA',
  'SV',
  'VE',
]);

/** The paper a clinic in `region` (an ISO 3166 code, any case) most likely has; A4 when the region is unknown. */
export function paperForRegion(region: string | null | undefined): Paper {
  return region && LETTER_REGIONS.has(region.toUpperCase()) ? 'letter' : 'a4';
}

/** The region of a BCP 47 locale such as "en-US" or "zh-Hans-CN"; likely-subtags fill in a bare "en" as US. */
export function regionOfLocale(locale: string): string | null {
  try {
    return new Intl.Locale(locale).maximize().region ?? null;
  } catch {
    return null;
  }
}
