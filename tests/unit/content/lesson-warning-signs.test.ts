import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../src/main/protocol/example-protocols';
import { lessonsForProtocol } from '@shared/content/lessons-for-protocol';
import type { Protocol } from '@shared/protocol/protocol';
import { WARNING_SIGNS } from '@shared/warning-signs/warning-sign-catalog';
import { signsForFamily } from '@shared/warning-signs/signs-for-family';
import { lessons } from '../../support/handout-fixtures';

const protocols = loadProtocolFolder(path.resolve('resources/protocols'));
const shipped = (id: string): Protocol => {
  const protocol = protocols.find((p) => p.id === id);
  if (!protocol) throw new Error(`${id} missing`);
  return protocol;
};
/** The signs a reader is shown under each lesson part that names some, by part. */
const signsShown = (protocol: Protocol | undefined) =>
  new Map(
    lessonsForProtocol(lessons, protocol).flatMap((lesson) =>
      lesson.sections.flatMap((section) =>
        section.warningSigns ? [[section.id, section.warningSigns] as const] : [],
      ),
    ),
  );
const partsWithSigns = new Set(
  lessons.flatMap((lesson) =>
    lesson.sections.filter((section) => section.warningSigns).map((section) => section.id),
  ),
);

/**
 * A lesson part shows only the warning signs the reader's therapy can cause: someone preparing for hemophilia gene
 * therapy must not learn to treat a fever as CAR-T's cytokine release syndrome.
 */
describe("the warning signs under a lesson part follow the reader's therapy", () => {
  it('shows the fever part CAR-T readers the CRS sign, and no one else', () => {
    expect(signsShown(shipped('example-car-t')).get('after-care-fever')).toEqual([
      'fever',
      'car-t-crs',
    ]);
    for (const protocol of protocols.filter((p) => p.family !== 'car-t'))
      expect(signsShown(protocol).get('after-care-fever'), protocol.id).toEqual(['fever']);
  });

  it('shows a reader who has not chosen a therapy the signs of every therapy only', () => {
    const general = [...WARNING_SIGNS.values()]
      .filter((sign) => !sign.families)
      .map((sign) => sign.id);
    for (const [part, signs] of signsShown(undefined))
      for (const id of signs) expect(general, `${part}: ${id}`).toContain(id);
    expect(signsShown(undefined).get('after-care-fever')).toEqual(['fever']);
  });

  it("never shows a sign kept for another kind of therapy, in any lesson, the therapy's own included", () => {
    for (const protocol of protocols) {
      for (const [part, signs] of signsShown(protocol)) {
        const foreign = signs.filter(
          (id) => !(WARNING_SIGNS.get(id)?.families ?? [protocol.family]).includes(protocol.family),
        );
        expect(foreign, `${protocol.id} ${part}`).toEqual([]);
      }
    }
  });

  it('leaves every part that names signs at least one, whatever the therapy: its words point to "the signs below"', () => {
    for (const protocol of [...protocols, undefined]) {
      const shown = signsShown(protocol);
      const lessonParts = new Set(
        lessonsForProtocol(lessons, protocol).flatMap((lesson) =>
          lesson.sections.map((section) => section.id),
        ),
      );
      for (const part of partsWithSigns)
        if (lessonParts.has(part))
          expect(
            shown.get(part)?.length ?? 0,
            `${protocol?.id ?? 'no therapy'} ${part}`,
          ).toBeGreaterThan(0);
    }
  });

  it('keeps each shipped checklist to the signs of its own kind of therapy', () => {
    for (const protocol of protocols) {
      const ids = protocol.afterTreatment.warningSigns.map((sign) => sign.id);
      expect(signsForFamily(ids, protocol.family), protocol.id).toEqual(ids);
    }
  });
});
