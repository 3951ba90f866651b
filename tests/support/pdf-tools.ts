import { execFileSync } from 'node:child_process';

/**
 * The PDF's text as poppler's pdftotext extracts it (what a search or a screen reader would find), with line
 * breaks and runs of spaces folded into single spaces so wrapped sentences can be found whole.
 */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** Fonts the PDF uses, from pdffonts: name, type and whether each is embedded. */
export function pdfFonts(file: string): Array<{ name: string; type: string; embedded: boolean }> {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    // name type [encoding…] emb sub uni object-id generation
    const embedded = columns.at(-5) === 'yes';
    return { name: columns[0] as string, type: columns[1] as string, embedded };
  });
}
