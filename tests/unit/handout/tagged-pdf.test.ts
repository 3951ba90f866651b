import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHandoutCommand } from '../../../src/cli/handout-command';
import { makeTempDir } from '../../support/temp-dir';

let dir: string;
let cleanup: () => void;
let file: string;
beforeAll(async () => {
  ({ dir, cleanup } = makeTempDir());
  file = path.join(dir, 'handout.pdf');
  const result = await runHandoutCommand(['--input', path.resolve('resources/handout-examples/example-car-t.json'), '--out', file], path.resolve('.'));
  if (result.code !== 0) throw new Error(result.messages.join('\n'));
});
afterAll(() => cleanup());

describe('the handout as a tagged PDF', () => {
  it('declares itself tagged, with a structure tree and a language', async () => {
    const doc = await PDFDocument.load(new Uint8Array(readFileSync(file)));
    expect(String(doc.catalog.get(PDFName.of('MarkInfo')))).toContain('/Marked true');
    expect(doc.catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
    expect(String(doc.catalog.get(PDFName.of('Lang')))).toContain('en');
  });

  it('gives screen readers headings, paragraphs, lists and tables, in reading order', () => {
    const structure = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    const types = new Set([...structure.matchAll(/^\s*(\w+)(?: \(block\))?$/gm)].map((m) => m[1]));
    for (const type of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Table', 'TR', 'TH', 'TD']) expect(types, type).toContain(type);
    expect(structure).toMatch(/H1 \(block\)\n\s+"Getting ready for gene therapy/);
    expect(structure.indexOf('Tests to complete')).toBeLessThan(structure.indexOf('Questions to ask your care team'));
    // Words on either side of a line break stay apart.
    expect(structure).toContain('It is not a consent form.');
  });

  it('keeps footers out of the structure (they are drawn as artifacts)', () => {
    const structure = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    expect(structure).not.toMatch(/page\s+\d+\s+of\s+\d+/);
    // The footer is still printed on the page.
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toMatch(/page\s+1\s+of\s+\d+/);
  });
});
