import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPack } from '../../../../src/main/protocol/protocol-packs';
import { PLAN_KIND, PlanFileSchema } from '@shared/protocol/patient-plan';
import { NOT_YET_REVIEWED, SourceSchema } from '@shared/schemas/source';

const checkedOn = '2026-12-05';
const label = {
  kind: 'label',
  citation: 'KYMRIAH Medication Guide',
  url: 'https://dailymed.nlm.nih.gov/dailymed/medguide.cfm?setid=aad3ba54-dfd3-4cb3-9e2b-c5ef89559189',
  revised: '2024-04',
  checkedOn,
};
const problems = (value: unknown) => {
  const result = SourceSchema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('a primary source', () => {
  it('is a label with its revision at DailyMed, an FDA guidance, or a page for patients on MedlinePlus or EMA', () => {
    expect(problems(label)).toEqual([]);
    expect(
      problems({
        kind: 'guidance',
        citation: 'FDA LTFU guidance',
        url: 'https://www.fda.gov/regulatory-information/search-fda-guidance-documents/x',
        checkedOn,
      }),
    ).toEqual([]);
    expect(
      problems({
        kind: 'patient-information',
        citation: 'MedlinePlus',
        url: 'https://medlineplus.gov/druginfo/meds/a624020.html',
        checkedOn,
      }),
    ).toEqual([]);
    expect(
      problems({
        kind: 'patient-information',
        citation: 'MedlinePlus',
        url: 'http://www.nlm.nih.gov/medlineplus/druginfo/meds/a624020.html',
        checkedOn,
      }),
    ).toEqual([]);
    expect(
      problems({
        kind: 'patient-information',
        citation: 'EMA, Hemgenix: EPAR medicine overview',
        url: 'https://www.ema.europa.eu/en/medicines/human/EPAR/hemgenix',
        checkedOn,
      }),
    ).toEqual([]);
  });

  it('is refused where its host, read with URL, is not the publisher of that kind', () => {
    for (const url of [
      'https://www.drugs.com/dosage/hemgenix.html',
      'https://fda.gov.example.com/label.pdf',
      'https://example.com/?copy=https://www.fda.gov/media/1/download',
      'https://dailymed.nlm.nih.gov.example.com/dailymed/medguide.cfm',
      'https://www.fda.gov@example.com/label.pdf',
      'https://api.fda.gov/drug/label.json',
      'javascript://www.fda.gov/%0aalert(1)',
      'not an address',
    ]) {
      expect(problems({ ...label, url }), url).toContainEqual(
        expect.stringMatching(/^url: is not where a primary label is published/),
      );
    }
    // MedlinePlus publishes no labels, and NLM's other pages are not MedlinePlus.
    expect(
      problems({ ...label, url: 'https://medlineplus.gov/druginfo/meds/a624020.html' }),
    ).toHaveLength(1);
    expect(
      problems({
        kind: 'patient-information',
        citation: 'NLM',
        url: 'https://www.nlm.nih.gov/other/page.html',
        checkedOn,
      }),
    ).toHaveLength(1);
    // EMA publishes labels and overviews for the public, not FDA guidance.
    expect(
      problems({
        kind: 'guidance',
        citation: 'EMA',
        url: 'https://www.ema.europa.eu/en/medicines/human/EPAR/hemgenix',
        checkedOn,
      }),
    ).toHaveLength(1);
  });

  it('as a label, says the revision it was read in', () => {
    const unrevised: Record<string, unknown> = { ...label };
    delete unrevised.revised;
    expect(problems(unrevised)).toEqual([
      expect.stringMatching(/^revised: a label needs the revision/),
    ]);
    expect(problems({ ...label, revised: '4/2024' })).toEqual([
      expect.stringMatching(/^revised: is a month written YYYY-MM/),
    ]);
  });
});

describe('a secondary source', () => {
  it('says why no primary source is cited', () => {
    expect(
      problems({
        kind: 'secondary',
        citation: 'Hospital teaching sheet',
        secondaryReason: 'No label text covers this.',
        checkedOn,
      }),
    ).toEqual([]);
    expect(
      problems({
        kind: 'secondary',
        citation: 'Hospital teaching sheet',
        secondaryReason: ' ',
        checkedOn,
      }),
    ).toEqual(['secondaryReason: says why no primary source is cited']);
    expect(
      problems({ kind: 'secondary', citation: 'Hospital teaching sheet', checkedOn }),
    ).toHaveLength(1);
  });

  it('cannot pass for a primary one with a free-text citation of the old shape', () => {
    expect(problems({ citation: 'https://www.fda.gov/media/1/download', checkedOn })).toEqual([
      expect.stringMatching(/^kind: needs a "kind"/),
    ]);
  });
});

describe('a pack or plan written before sources said their kind', () => {
  it('opens, each citation kept as secondary and not yet reviewed', () => {
    const bytes = readFileSync(path.resolve('tests/fixtures/packs/managed-pack.json'));
    const old = JSON.parse(bytes.toString('utf8'));
    const reading = readPack(new Uint8Array(bytes));
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
    const [protocol] = reading.pack.protocols;
    const oldTest = old.protocols[0].tests[0].source;
    expect(oldTest.kind).toBeUndefined();
    expect(protocol?.tests[0]?.source).toEqual({
      kind: 'secondary',
      ...oldTest,
      secondaryReason: NOT_YET_REVIEWED,
    });

    const plan = PlanFileSchema.parse({
      kind: PLAN_KIND,
      formatVersion: 1,
      createdAt: '2026-12-05T10:00:00.000Z',
      clinicName: '',
      firstName: '',
      protocol: old.protocols[0],
      keyDates: {},
    });
    expect(plan.protocol.tests[0]?.source).toEqual({
      kind: 'secondary',
      ...oldTest,
      secondaryReason: NOT_YET_REVIEWED,
    });
  });
});
