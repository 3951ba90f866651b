import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../src/main/protocol/example-protocols';
import type { Protocol } from '@shared/protocol/protocol';

const protocols = loadProtocolFolder(path.resolve('resources/protocols'));

/** A rule for daily life that says how to prevent a pregnancy. */
const BIRTH_CONTROL = /\bbirth control\b|\bcondoms?\b/i;
const saysHowToAvoidPregnancy = (protocol: Protocol) =>
  protocol.afterTreatment.lifestyle.some((rule) => BIRTH_CONTROL.test(rule.rule.en ?? ''));

describe('a checklist that tests for pregnancy says how to avoid one', () => {
  // A treatment that must not start in pregnancy leaves the patient asking what to do meanwhile: a pregnancy
  // test alone (CAR-T before this rule) says nothing about birth control or for how long.
  it.each(
    protocols
      .filter((protocol) => protocol.tests.some((test) => test.category === 'pregnancy'))
      .map((p) => [p.id, p] as const),
  )('%s', (_id, protocol) => {
    expect(saysHowToAvoidPregnancy(protocol)).toBe(true);
  });
});
