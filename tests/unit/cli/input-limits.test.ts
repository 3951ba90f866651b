import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runHandoutCommand } from '../../../src/cli/handout-command';
import { inputLimits, inputLimitsTable } from '../../../src/cli/input-limits';
import { MAX_HANDOUT_INPUT_BYTES } from '@shared/handout/handout-input';
import { makeTempDir } from '../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe('the handout input limits', () => {
  it('are documented exactly as the schemas check them', () => {
    const doc = readFileSync(path.resolve('docs/handout-input.md'), 'utf8');
    const documented = /<!-- limits:start -->\n([\s\S]*?)\n<!-- limits:end -->/.exec(doc)?.[1];
    // On a difference, paste `npm run -s handout -- --limits` between the markers.
    expect(documented).toBe(inputLimitsTable());
  });

  it.each([
    ['(the whole file)', 'at most 2 MB (2,097,152 bytes)'],
    ['patient.medicines', 'at most 100 entries'],
    ['patient.questions.own', 'at most 50 entries'],
    ['patient.worries', 'at most 2,000 characters'],
    ['patient.firstName', 'at most 100 characters'],
    // A limit checked by a refinement, which only the schema's metadata shows.
    ['patient.keyDates', 'at most 500 entries'],
    ['protocol.medications[].matchNames[]', '2 to 100 characters'],
  ])('include %s: %s', (field, limit) => {
    expect(inputLimits()).toContainEqual({ field, limit });
  });

  it('refuse a file over 2 MB before reading it', async () => {
    const file = path.join(dir, 'big.json');
    writeFileSync(file, ' '.repeat(MAX_HANDOUT_INPUT_BYTES + 1));
    const result = await runHandoutCommand(
      ['--input', file, '--out', path.join(dir, 'out.pdf')],
      path.resolve('.'),
    );
    expect(result.code).toBe(2);
    expect(result.messages.join('\n')).toContain(
      `(whole file): the file is ${MAX_HANDOUT_INPUT_BYTES + 1} bytes; it may be at most ${MAX_HANDOUT_INPUT_BYTES}`,
    );
  });
});
