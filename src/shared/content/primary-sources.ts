/**
 * Who publishes the text a clinic can trust as the primary source of a fact, and where. A source is primary only
 * when its address is on one of these sites and it is the kind of document that site publishes; everything else
 * is secondary and must say why (schemas/source.ts).
 *
 * - FDA: the approved labels (fda.gov/media PDFs, accessdata.fda.gov), the guidance documents, and its own pages
 *   for patients ("What is Gene Therapy?").
 * - DailyMed (National Library of Medicine): the labels and medication guides as filed with the FDA.
 * - MedlinePlus (National Library of Medicine): general patient facts and drug information; also at its old
 *   address on nlm.nih.gov.
 * - EMA: the EU product information (SmPC and package leaflet) is the regulator's approved label in the EU, as the
 *   FDA label is in the US, so it counts for a clinic that works from the EU label; and the EPAR medicine overview,
 *   the regulator's own plain-language page for the public, as patient information.
 *
 * openFDA (api.fda.gov) is left out: it says its records are unvalidated and not to be relied on for care.
 */
export const PRIMARY_KINDS = ['label', 'guidance', 'patient-information'] as const;
export type PrimaryKind = (typeof PRIMARY_KINDS)[number];

interface PrimaryPublisher {
  name: string;
  /** Host names exactly as `URL` gives them (lower case), each with the path its documents live under. */
  sites: ReadonlyArray<{ host: string; path: string }>;
  kinds: readonly PrimaryKind[];
}

export const PRIMARY_PUBLISHERS: readonly PrimaryPublisher[] = [
  {
    name: 'FDA',
    sites: [
      { host: 'www.fda.gov', path: '/' },
      { host: 'fda.gov', path: '/' },
      { host: 'www.accessdata.fda.gov', path: '/' },
      { host: 'accessdata.fda.gov', path: '/' },
    ],
    kinds: ['label', 'guidance', 'patient-information'],
  },
  { name: 'DailyMed', sites: [{ host: 'dailymed.nlm.nih.gov', path: '/' }], kinds: ['label'] },
  {
    name: 'MedlinePlus',
    sites: [
      { host: 'medlineplus.gov', path: '/' },
      { host: 'www.medlineplus.gov', path: '/' },
      { host: 'www.nlm.nih.gov', path: '/medlineplus/' },
    ],
    kinds: ['patient-information'],
  },
  {
    name: 'EMA',
    sites: [{ host: 'www.ema.europa.eu', path: '/' }],
    kinds: ['label', 'patient-information'],
  },
];

/** The publisher of a primary document of this kind at this address, or null when it is not one. */
export function primaryPublisherOf(address: string, kind: PrimaryKind): PrimaryPublisher | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return (
    PRIMARY_PUBLISHERS.find(
      (publisher) =>
        publisher.kinds.includes(kind) &&
        publisher.sites.some(
          (site) => site.host === url.hostname && url.pathname.startsWith(site.path),
        ),
    ) ?? null
  );
}

/** The sites where a primary document of this kind may be, as staff read them in a message. */
export const primarySitesFor = (kind: PrimaryKind): string =>
  PRIMARY_PUBLISHERS.filter((publisher) => publisher.kinds.includes(kind))
    .flatMap((publisher) =>
      publisher.sites.map((site) => `${site.host}${site.path === '/' ? '' : site.path}`),
    )
    .join(', ');
