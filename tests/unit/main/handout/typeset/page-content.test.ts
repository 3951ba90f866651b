import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { PageContent, pdfNumber } from '../../../../../src/main/handout/typeset/page-content';
import { writePdf } from '../../../../../src/main/handout/write-pdf';
import { pageImages } from '../../../../support/page-images';
import { loadPdf, pageContents } from '../../../../support/pdf-objects';
import { makeTempDir } from '../../../../support/temp-dir';

let cleanup = () => {};
afterEach(() => cleanup());

/** A document of one page 100 points square, drawn by `draw`, as written. */
async function drawn(draw: (page: PageContent) => void): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = new PageContent(doc.addPage([100, 100]));
  draw(page);
  page.finish();
  return writePdf(doc);
}

/** The page's content stream, as a viewer reads it. */
async function contentOf(draw: (page: PageContent) => void): Promise<string> {
  return (pageContents(await loadPdf(await drawn(draw)))[0] ?? '').trim();
}

const black = { width: 1, grey: 0 };

describe('PageContent', () => {
  it('writes numbers to a thousandth of a point, never with an exponent or as "-0"', () => {
    expect(
      [692.3000000000001, 0.1 + 0.2, 12 * 0.035, 54, -3.25, 1 / 3, 2 / 3, 0.0005, 1e-7].map(
        pdfNumber,
      ),
    ).toEqual(['692.3', '0.3', '0.42', '54', '-3.25', '0.333', '0.667', '0.001', '0']);
    expect([-0, -0.0004, -1e-9].map(pdfNumber)).toEqual(['0', '0', '0']);
    expect([2147483646.123, -(2 ** 31 - 1)].map(pdfNumber)).toEqual([
      '2147483646.123',
      '-2147483647',
    ]);
    for (const value of [NaN, Infinity, -Infinity, 2 ** 31, 1e21])
      expect(() => pdfNumber(value)).toThrow(RangeError);
  });

  it("draws each shape with its own operators: a rectangle's re, a circle's four curves, polygons and lines", async () => {
    const content = await contentOf((page) => {
      page.line([1, 2], [3, 4], black);
      page.polyline(
        [
          [1, 1],
          [2, 3],
          [4, 1],
        ],
        black,
      );
      page.rectangle(10, 20, 30.5, 40, { stroke: black });
      page.rectangle(10, 20, 30.5, 40, { fill: 0 });
      page.rectangle(10, 20, 30.5, 40, { fill: 0, stroke: black });
      const triangle = [[50, 50] as const, [60, 50] as const, [55, 60] as const];
      page.polygon(triangle, { fill: 0 });
      page.polygon(triangle, { stroke: black });
      page.polygon(triangle, { fill: 0, stroke: black });
      page.circle(50, 50, 10, { fill: 0 });
    });
    expect(content.split('\n')).toEqual([
      '1 2 m',
      '3 4 l',
      'S',
      '1 1 m',
      '2 3 l',
      '4 1 l',
      'S',
      '10 20 30.5 40 re',
      'S',
      '10 20 30.5 40 re',
      'f',
      '10 20 30.5 40 re',
      'B',
      // A fill closes the polygon itself; a stroke closes it with s or b.
      '50 50 m',
      '60 50 l',
      '55 60 l',
      'f',
      '50 50 m',
      '60 50 l',
      '55 60 l',
      's',
      '50 50 m',
      '60 50 l',
      '55 60 l',
      'b',
      // From its leftmost point, counterclockwise, each quarter a curve whose control points stand 0.552 of the
      // radius from its ends.
      '40 50 m',
      '40 44.477 44.477 40 50 40 c',
      '55.523 40 60 44.477 60 50 c',
      '60 55.523 55.523 60 50 60 c',
      '44.477 60 40 55.523 40 50 c',
      'f',
    ]);
  });

  it('writes a colour, width or dash only where it changes, and never saves, restores or moves the state', async () => {
    const grey = { width: 0.5, grey: 0.35 };
    const text = 'BT\nET';
    const content = await contentOf((page) => {
      // The page starts black, one point wide and solid: nothing to write.
      page.line([0, 0], [1, 0], black);
      page.text(text, { fill: 0 });
      page.line([0, 0], [1, 0], grey);
      page.line([0, 1], [1, 1], grey);
      page.line([0, 2], [1, 2], { ...grey, dash: [3, 2] });
      page.rectangle(0, 0, 5, 5, { fill: 0.9, stroke: grey });
      page.text(text, { fill: 0 });
      // Faux bold outlines its text: black, as wide as asked, solid.
      page.text(text, { fill: 0, stroke: { width: 12 * 0.035, grey: 0 } });
      page.append('EMC');
    });
    expect(content.split('\n')).toEqual([
      '0 0 m',
      '1 0 l',
      'S',
      'BT',
      'ET',
      '0.35 G',
      '0.5 w',
      '0 0 m',
      '1 0 l',
      'S',
      '0 1 m',
      '1 1 l',
      'S',
      '[3 2] 0 d',
      '0 2 m',
      '1 2 l',
      'S',
      '0.9 g',
      '[] 0 d',
      '0 0 5 5 re',
      'B',
      '0 g',
      'BT',
      'ET',
      '0 G',
      '0.42 w',
      'BT',
      'ET',
      'EMC',
    ]);
  });

  it('makes a page that qpdf finds sound and both renderers draw as written', async () => {
    const bytes = await drawn((page) => {
      page.rectangle(10, 10, 30, 30, { fill: 0.5 });
      page.circle(70, 70, 10, { fill: 0 });
      page.polygon(
        [
          [60, 10],
          [90, 10],
          [60, 40],
        ],
        { stroke: { width: 2, grey: 0 } },
      );
      page.line([10, 60], [40, 60], { width: 4, grey: 0, dash: [10, 10] });
    });
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const file = path.join(temp.dir, 'shapes.pdf');
    writeFileSync(file, bytes);
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain(
      'No syntax or stream encoding errors',
    );
    const mupdf = spawnSync('mutool', ['draw', '-o', path.join(temp.dir, 'page.png'), file], {
      encoding: 'utf8',
    });
    expect(mupdf.status).toBe(0);
    expect(mupdf.stderr).not.toMatch(/error/i);

    // One pixel a point, rows from the top of the page.
    const [image] = pageImages(file, 72);
    const at = (x: number, y: number) => image?.pixels[(100 - y) * 100 + x];
    expect(at(25, 25)).toBeCloseTo(128, -1);
    expect(at(70, 70)).toBe(0);
    expect(at(61, 79)).toBe(255);
    // The triangle is outlined, its closing side (upright, at x 60) too, and empty inside.
    expect([at(75, 10), at(59, 25), at(60, 25)]).toEqual([0, 0, 0]);
    expect(at(65, 15)).toBe(255);
    // The dashed line: a dash, its gap, the next dash.
    expect([at(15, 60), at(25, 60), at(35, 60)]).toEqual([0, 255, 0]);
  });
});
