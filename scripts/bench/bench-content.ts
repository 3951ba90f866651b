import type { Protocol } from '../../src/shared/protocol/protocol';

/** Benchmark fixture only: the protocol's tests, warning signs and follow-up repeated so the handout runs to six pages. */
export function lengthened(protocol: Protocol, times: number): Protocol {
  const repeat = <T extends { id: string }>(items: readonly T[]) => Array.from({ length: times }, (_, n) => items.map((item) => ({ ...item, id: `${item.id}-${n}` }))).flat();
  return {
    ...protocol,
    tests: repeat(protocol.tests),
    afterTreatment: { ...protocol.afterTreatment, warningSigns: repeat(protocol.afterTreatment.warningSigns), followUp: repeat(protocol.afterTreatment.followUp) },
  };
}
