import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Each page of a PDF as a greyscale picture, drawn by poppler at `dpi`. */
export function pageImages(pdf: string, dpi = 40): GrayImage[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gtc-pages-'));
  try {
    execFileSync('pdftoppm', ['-q', '-gray', '-r', String(dpi), pdf, path.join(dir, 'page')], {
      stdio: 'ignore',
    });
    return readdirSync(dir)
      .sort()
      .map((name) => {
        const data = readFileSync(path.join(dir, name));
        // Binary PGM: "P5", width, height, maximum value, one whitespace, then one byte per pixel.
        const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 50).toString('latin1'));
        if (!header) throw new Error(`${name} is not an 8-bit PGM picture`);
        const [whole, width, height] = header as unknown as [string, string, string];
        return {
          width: Number(width),
          height: Number(height),
          pixels: data.subarray(whole.length),
        };
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How different two pages look: the mean difference of their pixels, from 0 (the same) to 1 (inverted). */
export function pageDifference(a: GrayImage, b: GrayImage): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let sum = 0;
  for (let i = 0; i < a.pixels.length; i += 1)
    sum += Math.abs((a.pixels[i] ?? 0) - (b.pixels[i] ?? 0));
  return sum / a.pixels.length / 255;
}

/** The share of a page that is not white: a blank page has none. */
export function inkCoverage(page: GrayImage): number {
  let ink = 0;
  for (const value of page.pixels) if (value < 200) ink += 1;
  return ink / page.pixels.length;
}

/** A page blurred over a (2r+1)-pixel square: what is left is where text and lines sit, not how they were drawn. */
function blurred(page: GrayImage, r: number): GrayImage {
  const { width, height } = page;
  // The sum of every rectangle from the top left corner (a summed-area table): each square then takes four reads,
  // where adding up its pixels took (2r+1)² for each of a page's pixels. The sums are whole numbers, so exact.
  const stride = width + 1;
  const sums = new Float64Array(stride * (height + 1));
  for (let y = 0; y < height; y += 1) {
    let row = 0;
    for (let x = 0; x < width; x += 1) {
      row += page.pixels[y * width + x] ?? 0;
      sums[(y + 1) * stride + x + 1] = (sums[y * stride + x + 1] ?? 0) + row;
    }
  }
  const sum = (x: number, y: number) => sums[y * stride + x] ?? 0;
  const pixels = new Uint8Array(page.pixels.length);
  for (let y = 0; y < height; y += 1) {
    const [top, bottom] = [Math.max(0, y - r), Math.min(height, y + r + 1)];
    for (let x = 0; x < width; x += 1) {
      const [left, right] = [Math.max(0, x - r), Math.min(width, x + r + 1)];
      const total = sum(right, bottom) - sum(right, top) - sum(left, bottom) + sum(left, top);
      pixels[y * width + x] = Math.round(total / ((bottom - top) * (right - left)));
    }
  }
  return { ...page, pixels };
}

/**
 * Whether a printout is the PDF, page for page: each printed page, blurred so that the way each renderer
 * draws glyphs does not count, must look like the same page of the original, and more like it than like any
 * other page. Gives the page numbers that fail.
 */
export function comparePrintout(
  printed: string,
  original: string,
): { printedPages: number; originalPages: number; mismatched: number[] } {
  const look = (file: string) => pageImages(file, 30).map((page) => blurred(page, 3));
  const [out, src] = [look(printed), look(original)];
  const mismatched = out.flatMap((page, i) => {
    const differences = src.map((other) => pageDifference(page, other));
    const own = differences[i] ?? 1;
    return own < 0.03 && own === Math.min(...differences) ? [] : [i + 1];
  });
  return { printedPages: out.length, originalPages: src.length, mismatched };
}
