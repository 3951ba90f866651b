import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { buildHandoutContent } from '../../../../src/main/handout/handout-content';
import { translatorsFrom } from '../../../../src/main/i18n/translators';
import { lessonsForProtocol } from '@shared/content/lessons-for-protocol';
import { healthItemsFor } from '@shared/walkthrough/health-history';
import type { Protocol } from '@shared/protocol/protocol';
import { TherapyFamilySchema } from '@shared/protocol/therapy-family';
import { therapyDelivery } from '@shared/protocol/therapy-delivery';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { lessons, patientWith } from '../../../support/handout-fixtures';

const protocols = new Map(
  loadProtocolFolder(path.resolve('resources/protocols')).map((p) => [p.id, p]),
);
const shipped = (id: string): Protocol => {
  const protocol = protocols.get(id);
  if (!protocol) throw new Error(`${id} missing`);
  return protocol;
};
const carT = shipped('example-car-t');
const sickleCell = shipped('example-sickle-cell-crispr');
const aav = ['example-hemophilia-b-aav', 'example-sma-aav9', 'example-subretinal-eye'].map(shipped);
const sectionIds = (protocol: Protocol) =>
  lessonsForProtocol(lessons, protocol).flatMap((lesson) => lesson.sections.map((s) => s.id));
const checkIds = (protocol: Protocol) =>
  lessonsForProtocol(lessons, protocol).flatMap((lesson) => lesson.checks.map((c) => c.id));

describe('what a therapy asks and teaches follows how it is given', () => {
  it('decides every therapy family: cells changed outside the body, or a carrier given into it', () => {
    expect(TherapyFamilySchema.options.map((family) => [family, therapyDelivery(family)])).toEqual([
      ['aav-intravenous', 'in-vivo'],
      ['car-t', 'ex-vivo'],
      ['ex-vivo-stem-cell', 'ex-vivo'],
      ['subretinal', 'in-vivo'],
      ['other-local', 'in-vivo'],
    ]);
  });

  it('asks about antibodies to the carrier virus for AAV therapies, and not for CAR-T or cells changed in a lab', () => {
    for (const protocol of aav)
      expect(healthItemsFor(protocol), protocol.id).toContain('carrier-antibodies');
    for (const protocol of [carT, sickleCell]) {
      expect(healthItemsFor(protocol), protocol.id).not.toContain('carrier-antibodies');
      // Earlier gene or cell therapy still matters to them.
      expect(healthItemsFor(protocol), protocol.id).toContain('earlier-gene-therapy');
    }
  });

  it('teaches antibodies to the carrier, and steroids that protect the liver, only where the carrier goes into the body', () => {
    for (const protocol of aav) {
      expect(sectionIds(protocol), protocol.id).toEqual(
        expect.arrayContaining(['antibodies', 'helping-take-medicines']),
      );
      expect(checkIds(protocol), protocol.id).toEqual(
        expect.arrayContaining(['check-antibodies', 'check-helping-steroids']),
      );
    }
    for (const protocol of [carT, sickleCell]) {
      expect(sectionIds(protocol), protocol.id).not.toContain('antibodies');
      expect(sectionIds(protocol), protocol.id).not.toContain('helping-take-medicines');
      // A teach-back question never points at a part the patient was not shown.
      expect(checkIds(protocol), protocol.id).not.toEqual(
        expect.arrayContaining(['check-antibodies']),
      );
      expect(checkIds(protocol), protocol.id).not.toEqual(
        expect.arrayContaining(['check-helping-steroids']),
      );
    }
  });

  it('leaves every lesson of every therapy with at least one part and one teach-back question', () => {
    for (const protocol of protocols.values()) {
      for (const lesson of lessonsForProtocol(lessons, protocol)) {
        expect(lesson.sections.length, `${protocol.id} ${lesson.id}`).toBeGreaterThan(0);
        expect(lesson.checks.length, `${protocol.id} ${lesson.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('prints on the handout only the health answers the therapy asks for', () => {
    const healthTopics = (protocol: Protocol) =>
      buildHandoutContent({
        clinic: DEFAULT_CLINIC_SETTINGS,
        patient: patientWith({
          firstName: 'Ana',
          healthHistory: { 'carrier-antibodies': 'yes', 'earlier-gene-therapy': 'yes' },
        }),
        language: 'en',
        protocol,
        contentHash: '0'.repeat(64),
        preparedAt: new Date('2026-12-01T10:00:00Z'),
        glossary: [],
        lessons: lessonsForProtocol(lessons, protocol),
        t: translatorsFrom(path.resolve('locales'))('en'),
      }).blocks.flatMap((block) => (block.kind === 'check-item' ? [block.text] : []));
    expect(healthTopics(aav[0]!)).toEqual(
      expect.arrayContaining(['Antibodies to the carrier virus', 'Earlier gene or cell therapy']),
    );
    expect(healthTopics(carT)).toContain('Earlier gene or cell therapy');
    expect(healthTopics(carT)).not.toContain('Antibodies to the carrier virus');
  });
});
