import {
  blockTexts,
  type HandoutBlock,
  type HandoutContent,
} from '../../src/main/handout/handout-content';

/**
 * New words for the benchmark: every letter moved `shift` places along the sorted letters of its own script that
 * occur in `alphabetOf` text. Words come out new (no cache has seen them) but are written with the same
 * characters, so they are drawn by the same fonts and shaped by the same rules: the same work as real new text.
 */
export type Respell = (text: string) => string;

const SCRIPTS = [
  /\p{Script=Latin}/u,
  /\p{Script=Arabic}/u,
  /\p{Script=Han}/u,
  /\p{Script=Hebrew}/u,
  /\p{Script=Devanagari}/u,
  /\p{Script=Cyrillic}/u,
  /\p{Script=Greek}/u,
];

export function respeller(alphabetOf: readonly string[], shift: number): Respell {
  const letters = [...new Set(alphabetOf.join('').normalize('NFC').match(/\p{L}/gu) ?? [])].sort();
  const moved = new Map<string, string>();
  for (const script of SCRIPTS) {
    const own = letters.filter((ch) => script.test(ch));
    if (own.length === 0) continue;
    // A script with only a few letters here (the Latin of a drug name in Arabic text) still moves them.
    const step = shift % own.length || 1;
    own.forEach((ch, index) => moved.set(ch, own[(index + step) % own.length] as string));
  }
  return (text) => Array.from(text.normalize('NFC'), (ch) => moved.get(ch) ?? ch).join('');
}

/** Every string of a handout's body, in reading order (not its title or footers). */
export function blockStrings(content: HandoutContent): string[] {
  return content.blocks.flatMap(blockTexts);
}

/** The same handout with every word respelled: its title, blocks and footers. */
export function respelled(content: HandoutContent, respell: Respell): HandoutContent {
  const block = (b: HandoutBlock): HandoutBlock => {
    switch (b.kind) {
      case 'check-item':
      case 'bullet':
        return { ...b, text: respell(b.text), details: b.details.map(respell) };
      case 'table':
        return { ...b, header: b.header.map(respell), rows: b.rows.map((row) => row.map(respell)) };
      case 'wallet-card':
        return {
          ...b,
          note: respell(b.note),
          foldedNote: respell(b.foldedNote),
          heading: respell(b.heading),
          lines: b.lines.map((line) => ({ ...line, text: respell(line.text) })),
        };
      case 'write-in':
        return b;
      case 'dates-figure':
        return {
          ...b,
          figure: {
            ...b.figure,
            alt: respell(b.figure.alt),
            rows: b.figure.rows.map((row) => ({
              ...row,
              label: respell(row.label),
              when: respell(row.when),
              passed: row.passed && respell(row.passed),
            })),
            undated: b.figure.undated && {
              intro: respell(b.figure.undated.intro),
              labels: b.figure.undated.labels.map(respell),
            },
            scale: b.figure.scale && {
              ...b.figure.scale,
              ticks: b.figure.scale.ticks.map((tick) => ({ ...tick, text: respell(tick.text) })),
              today: { ...b.figure.scale.today, text: respell(b.figure.scale.today.text) },
            },
          },
        };
      default:
        return { ...b, text: respell(b.text) };
    }
  };
  return {
    ...content,
    documentTitle: respell(content.documentTitle),
    blocks: content.blocks.map(block),
    footer: (page, pages) => respell(content.footer(page, pages)),
  };
}
