import { execFileSync } from 'node:child_process';

/**
 * The PDF's text as poppler's pdftotext extracts it (what a search or a screen reader would find), with line
 * breaks and runs of spaces folded into single spaces so wrapped sentences can be found whole.
 */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** Fonts the PDF uses, from pdffonts: name, type, whether each is embedded and whether poppler sees a subset. */
export function pdfFonts(file: string): Array<{ name: string; type: string; embedded: boolean; subset: boolean }> {
  const [, rule = '', ...rows] = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trimEnd().split('\n');
  // Columns are fixed-width; the dashed rule under the header marks where each starts and ends.
  const spans = [...rule.matchAll(/-+/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const cell = (row: string, index: number) => row.slice(...(spans[index] ?? [0, 0])).trim();
  return rows.map((row) => ({ name: cell(row, 0), type: cell(row, 1), embedded: cell(row, 3) === 'yes', subset: cell(row, 4) === 'yes' }));
}
