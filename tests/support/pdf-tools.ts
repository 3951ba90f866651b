import { execFileSync } from 'node:child_process';

/**
 * The PDF's text as poppler's pdftotext extracts it (what a search or a screen reader would find), with line
 * breaks and runs of spaces folded into single spaces so wrapped sentences can be found whole.
 */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
}

/** Fonts the PDF uses, from pdffonts: name, type, whether each is embedded and whether poppler sees a subset. */
export function pdfFonts(
  file: string,
): Array<{ name: string; type: string; embedded: boolean; subset: boolean }> {
  const [, rule = '', ...rows] = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .trimEnd()
    .split('\n');
  // Columns are fixed-width; the dashed rule under the header marks where each starts and ends.
  const spans = [...rule.matchAll(/-+/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const cell = (row: string, index: number) => row.slice(...(spans[index] ?? [0, 0])).trim();
  return rows.map((row) => ({
    name: cell(row, 0),
    type: cell(row, 1),
    embedded: cell(row, 3) === 'yes',
    subset: cell(row, 4) === 'yes',
  }));
}

/**
 * Text folded for finding a person's answers in pdftotext's output in any language: letters and digits in their
 * order, nothing else. Poppler moves neutral punctuation and spaces at the edges of right-to-left runs, and when
 * it turns an Arabic line back into reading order it misplaces the letters of lam-alef ligatures ("العلاج" comes
 * out as "العالج", "على ال" as "عىال ل"); the drawn page is right. So spaces, punctuation and marks are dropped,
 * and lam and the alef forms too: every other letter must still be there, in order.
 */
export function searchable(text: string): string {
  return text.replace(/[^\p{L}\p{N}]|[لاأإآىٱ]/gu, '');
}

/**
 * Arabic number signs that poppler's table has as right-to-left letters (U+0600–U+0603, U+06DD end of ayah) or as
 * neutral (U+08E2), though their bidi class is AN (Arabic number), as the Arabic digits'. The bidi algorithm sets an
 * Arabic number, signs, digits and an Arabic comma between digits, left to right inside a right-to-left line, and so
 * does the handout; poppler, reading the line from the right, writes each of these signs on its own and each
 * stretch of digits (with U+0604, U+0605, which its table has as numbers, and what stands between them) as a
 * left-to-right embedding, so the pieces of the number come back in reverse order: "ب\u0600\u0605" as
 * "ب\u202A\u0605\u202C\u0600", "\u0600١،٢" as "\u202A١،٢\u202C\u0600". (pdf.js leaves U+0600–U+0605 out of a
 * page's text altogether: it drops every character of general category Cf, taking it for an invisible format mark.)
 */
const NUMBER_PIECE =
  /[\u0600-\u0603\u06DD\u08E2]|\u202A[\p{Nd}\u0604\u0605\u060C\u066B\u066C\u08E2]+\u202C/gu;
const TURNED_NUMBER = new RegExp(`(?:${NUMBER_PIECE.source}){2,}`, 'gu');

/**
 * Puts each Arabic number that poppler turned around back in reading order: two or more of its pieces side by side
 * (poppler never writes two embeddings side by side, so one of them is a sign), reversed, each embedding left to
 * right as it is.
 */
function arabicNumbersInReadingOrder(extracted: string): string {
  return extracted.replace(TURNED_NUMBER, (number) =>
    (number.match(NUMBER_PIECE) ?? [])
      .reverse()
      .join('')
      .replace(/[\u202A\u202C]/g, ''),
  );
}

/**
 * Poppler has no bidi algorithm. In a right-to-left line, it starts a left-to-right embedding (U+202A … U+202C) at
 * any character its old table takes for left-to-right or for part of a number, and writes the embedding in the
 * order it was drawn, reversed; the embedding runs on over the spaces, marks and punctuation beside it. That table
 * predates the Arabic that Unicode 4.1 and later added (marks such as U+0659–U+065F, Arabic Extended-A
 * U+08A0–U+08FF), and counts plus signs ("+", the Hebrew alternative plus sign U+FB29) as part of a number even
 * with no digit near. So two such marks on one letter come back swapped ("ب\u065C\u065F" as
 * "ب\u202A\u065F\u065C\u202C"), a Hebrew point on a space after a plus sign comes back before the sign
 * ("\uFB29 \u05BB\u05D5" as "\u202A\u05BB \uFB29\u202C\u05D5"), and a newer Arabic letter after a digit before
 * it ("\u0648\u06F5\u08AF" as "\u0648\u202A\u08AF\u06F5\u202C"). The PDF's /ActualText is right, and pdf.js,
 * which runs the Unicode bidi algorithm, reads them in order. An embedding that holds Arabic or Hebrew script and no
 * letter of a left-to-right script is put back in reading order as that algorithm orders it in a right-to-left
 * line: reversed, but each number (digits, and the separators between them, the Arabic comma too) left to right;
 * any other (a Latin word, a number alone) is left as it is. (In a left-to-right line poppler writes such characters
 * before their letter's run, unmarked; that is not undone here.) Arabic numbers with a number sign are put back
 * first (arabicNumbersInReadingOrder).
 */
export function rightToLeftInReadingOrder(extracted: string): string {
  return arabicNumbersInReadingOrder(extracted).replace(
    /\u202A([\p{Script_Extensions=Arabic}\p{Script_Extensions=Hebrew}\p{M}\p{P}\p{S}\p{Nd}\s]+)\u202C/gu,
    (embedded: string, text: string) =>
      /(?!\p{Nd})[\p{Script_Extensions=Arabic}\p{Script_Extensions=Hebrew}]/u.test(text)
        ? Array.from(text)
            .reverse()
            .join('')
            .replace(/\p{Nd}+(?:[.,:/+\u060C\u066B\u066C-]\p{Nd}+)*/gu, (number) =>
              Array.from(number).reverse().join(''),
            )
        : embedded,
  );
}

/**
 * The PDF's text above the page footers, as pdftotext gives it: the footer of a page otherwise lands inside an
 * item that runs on to the next page. The footer sits below the content's lowest line, 90 points from the bottom
 * (MARGIN + FOOTER_SPACE in src/main/handout/page-flow.ts), on either paper size.
 */
export function pdfTextAboveFooters(file: string): string {
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(
    execFileSync('pdfinfo', [file], { encoding: 'utf8' }),
  );
  if (!size) throw new Error(`pdfinfo gave no page size for ${file}`);
  const crop = [
    '-x',
    '0',
    '-y',
    '0',
    '-W',
    String(Math.ceil(Number(size[1]))),
    '-H',
    String(Math.floor(Number(size[2]) - 90)),
  ];
  return rightToLeftInReadingOrder(
    execFileSync('pdftotext', ['-enc', 'UTF-8', ...crop, file, '-'], { encoding: 'utf8' }),
  ).replace(/\s+/g, ' ');
}
