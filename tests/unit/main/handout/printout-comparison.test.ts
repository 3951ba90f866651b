import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { makeHandout } from '../../../../src/main/handout/make-handout';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { handoutDeps, patientWith } from '../../../support/handout-fixtures';
import { comparePrintout } from '../../../support/page-images';
import { makeTempDir } from '../../../support/temp-dir';

// The printing tests trust comparePrintout; this shows it tells a different handout apart.
const protocols = loadProtocolFolder(path.resolve('resources/protocols'));
let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = makeTempDir()));
afterAll(() => cleanup());

async function handoutFile(protocolId: string, firstName: string): Promise<string> {
  const protocol = protocols.find((p) => p.id === protocolId);
  if (!protocol) throw new Error(protocolId);
  const rendered = await makeHandout(
    {
      protocol,
      patient: patientWith({ firstName }),
      language: 'en',
      clinic: DEFAULT_CLINIC_SETTINGS,
      paper: 'letter',
      largePrint: false,
      preparedAt: new Date('2026-12-01T10:00:00Z'),
    },
    handoutDeps,
  );
  const file = path.join(dir, `${protocolId}-${firstName}.pdf`);
  writeFileSync(file, rendered.bytes);
  return file;
}

describe('comparing a printout with the handout', () => {
  it('accepts the handout itself', async () => {
    const file = await handoutFile('example-car-t', 'Ana');
    expect(comparePrintout(file, file).mismatched).toEqual([]);
  });

  it("finds every page of another patient's checklist different", async () => {
    const car = await handoutFile('example-car-t', 'Ana');
    const eye = await handoutFile('example-subretinal-eye', 'Ana');
    const { printedPages, mismatched } = comparePrintout(eye, car);
    expect(mismatched.length).toBe(printedPages);
  });
});
