import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runHandoutCommand } from '../../../src/cli/handout-command';
import { pdfText } from '../../support/pdf-tools';
import { makeTempDir } from '../../support/temp-dir';

const appRoot = path.resolve('.');
const EXAMPLES = path.resolve('resources/handout-examples');

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe('npm run handout', () => {
  it.each(readdirSync(EXAMPLES).filter((name) => name.endsWith('.json')))('renders the shipped example %s', async (name) => {
    const out = path.join(dir, `${name}.pdf`);
    const result = await runHandoutCommand(['--input', path.join(EXAMPLES, name), '--out', out], appRoot);
    expect(result).toEqual({ code: 0, messages: [expect.stringContaining('Wrote')] });
    const input = JSON.parse(readFileSync(path.join(EXAMPLES, name), 'utf8'));
    if (input.language !== 'ar') expect(pdfText(out)).toContain(input.patient.firstName);
    expect(pdfText(out)).toContain('555-0199');
  });

  it('prints large print with body text of at least 16 pt', async () => {
    const out = path.join(dir, 'large.pdf');
    expect((await runHandoutCommand(['--input', path.join(EXAMPLES, 'example-car-t.json'), '--out', out, '--large-print'], appRoot)).code).toBe(0);
    const regular = path.join(dir, 'regular.pdf');
    await runHandoutCommand(['--input', path.join(EXAMPLES, 'example-car-t.json'), '--out', regular], appRoot);
    const fontSizes = (file: string) => [...execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Prepared</g)].map((m) => Number(m[2]) - Number(m[1]));
    expect(fontSizes(out)[0]).toBeGreaterThan((fontSizes(regular)[0] ?? 0) * 1.2);
  });

  it('renders a whole folder, or nothing at all when one input is bad', async () => {
    const inputs = path.join(dir, 'inputs');
    const outs = path.join(dir, 'outs');
    mkdirSync(inputs);
    for (const name of readdirSync(EXAMPLES)) copyFileSync(path.join(EXAMPLES, name), path.join(inputs, name));
    expect((await runHandoutCommand(['--input-dir', inputs, '--out-dir', outs], appRoot)).code).toBe(0);
    expect(readdirSync(outs).sort()).toEqual(readdirSync(EXAMPLES).map((n) => n.replace('.json', '.pdf')).sort());

    writeFileSync(path.join(inputs, 'zz-bad.json'), '{"kind": "gene-therapy-companion.handout-input"}');
    const again = path.join(dir, 'again');
    const result = await runHandoutCommand(['--input-dir', inputs, '--out-dir', again], appRoot);
    expect(result.code).toBe(2);
    expect(result.messages.join('\n')).toContain('zz-bad.json');
    expect(existsSync(again)).toBe(false);
  });

  it('lets options choose another language and paper', async () => {
    const out = path.join(dir, 'es.pdf');
    const result = await runHandoutCommand(['--input', path.join(EXAMPLES, 'example-car-t.json'), '--out', out, '--language', 'es', '--paper', 'a4'], appRoot);
    expect(result.code).toBe(0);
    expect(pdfText(out)).toContain('Cómo prepararse para la terapia génica');
  });

  const bad: Array<[string, string, string]> = [
    ['not JSON', '{"kind": ', 'not valid JSON'],
    ['the wrong kind', JSON.stringify({ kind: 'other', formatVersion: 1, language: 'en', protocol: { id: 'x' } }), 'kind'],
    ['an unknown language', JSON.stringify({ kind: 'gene-therapy-companion.handout-input', formatVersion: 1, language: 'xx', protocol: { id: 'example-car-t' } }), 'language'],
    ['an unknown protocol', JSON.stringify({ kind: 'gene-therapy-companion.handout-input', formatVersion: 1, language: 'en', protocol: { id: 'no-such-protocol' } }), 'no-such-protocol'],
    ['no one saying who filled it in', JSON.stringify({ kind: 'gene-therapy-companion.handout-input', formatVersion: 1, language: 'en', protocol: { id: 'example-car-t' }, patient: { firstName: 'Ana' } }), 'patient.role: say who filled this in'],
    ['a bad date', JSON.stringify({ kind: 'gene-therapy-companion.handout-input', formatVersion: 1, language: 'en', protocol: { id: 'example-car-t' }, patient: { keyDates: { infusion: '2027-02-30' } } }), 'patient.keyDates.infusion'],
    ['a flag on no lesson part', JSON.stringify({ kind: 'gene-therapy-companion.handout-input', formatVersion: 1, language: 'en', protocol: { id: 'example-car-t' }, patient: { flagged: ['liver', 'no-such-part'] } }), 'patient.flagged[1]: no lesson has a part "no-such-part"'],
    ['an answer to no question', JSON.stringify({ kind: 'gene-therapy-companion.handout-input', formatVersion: 1, language: 'en', protocol: { id: 'example-car-t' }, patient: { comprehension: { 'no-such-check': { attempts: 1, understood: false } } } }), 'patient.comprehension.no-such-check'],
    ['an answer that is none of its question\'s options', JSON.stringify({ kind: 'gene-therapy-companion.handout-input', formatVersion: 1, language: 'en', protocol: { id: 'example-car-t' }, patient: { comprehension: { 'check-liver': { attempts: 1, understood: false, answer: 'maybe' } } } }), 'patient.comprehension.check-liver.answer'],
  ];
  it.each(bad)('refuses %s, naming the problem, and writes nothing', async (_label, text, named) => {
    const input = path.join(dir, 'input.json');
    writeFileSync(input, text);
    const out = path.join(dir, 'out.pdf');
    const result = await runHandoutCommand(['--input', input, '--out', out], appRoot);
    expect(result.code).toBe(2);
    expect(result.messages.join('\n')).toContain(named);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(['input.json']);
  });

  it.each([
    [['--out', 'x.pdf'], 'Give --input and --out'],
    [['--input-dir', 'nowhere', '--out-dir', 'out'], 'no such folder'],
    [['--input', 'a.json', '--out', 'x.pdf', '--colour', 'red'], 'Unknown option'],
    [['--input', 'a.json', '--out', 'x.pdf', '--language', 'klingon'], '--language'],
    [['--input', 'missing.json', '--out', 'x.pdf'], 'no such file'],
  ])('refuses the options %j with a message', async (argv, named) => {
    const result = await runHandoutCommand(argv, dir);
    expect(result.code).toBe(2);
    expect(result.messages.join('\n')).toContain(named);
  });
});
