import type { TextDirection } from '@shared/i18n/languages';
import type { TextStyle } from './typeset/typesetter';

/** One piece of the card's text, with the input it comes from (as the input contract names it), or null for ours. */
export interface CardLine {
  text: string;
  location: string | null;
}

/** A bank card (ISO/IEC 7810 ID-1, 85.6 × 54 mm): what fits a wallet. A folded card is two of them side by side. */
export const CARD_PANEL = { width: 242.6, height: 153, padding: 8 } as const;

/** The card's own sizes, the same in large print: it must fit a wallet. */
export const CARD_STYLES = {
  heading: { size: 10, weight: 'bold' },
  body: { size: 8.5, weight: 'regular' },
} as const satisfies Record<string, TextStyle>;

/**
 * The smallest text the card is printed in. 6.5 pt is just above the 6 pt the FDA sets as the least for the facts
 * on medicine labels (21 CFR 201.66), small print people already read on a pack; smaller would fail the
 * emergency staff the card is written for.
 */
export const READABLE_FLOOR = 6.5;
const SIZE_STEP = 0.5;
/** One panel, or two to fold into one: more would no longer fold into a wallet. */
const MAX_PANELS = 2;
/** Line pitch as a share of the size; the last line's descent stays above the padding. */
const LINE_PITCH = 1.3;

/** A line where the card's text column sits: `x` from the card's left edge, `baseline` down from its top. */
export interface PlacedLine {
  text: string;
  /** Which piece the line belongs to: 0 the heading, then each card line in order (for the tagged structure). */
  piece: number;
  style: TextStyle;
  panel: number;
  x: number;
  width: number;
  baseline: number;
}

export interface CardLayout {
  panels: number;
  /** The body text's size; the heading keeps its proportion to it. */
  size: number;
  lines: PlacedLine[];
}

export type CardFit = { fits: true; layout: CardLayout } | { fits: false; location: string | null };

type Wrap = (text: string, style: TextStyle, width: number) => string[];

interface Piece {
  lines: string[];
  style: TextStyle;
  location: string | null;
}

/** Each piece stays whole on one panel, so the instruction to staff is never split by the fold. */
function pack(
  pieces: readonly Piece[],
  panels: number,
  direction: TextDirection,
): PlacedLine[] | null {
  const room = CARD_PANEL.height - 2 * CARD_PANEL.padding;
  const placed: PlacedLine[] = [];
  let panel = 0;
  let used = 0;
  for (const [index, piece] of pieces.entries()) {
    const height = piece.lines.length * piece.style.size * LINE_PITCH;
    if (used + height > room) [panel, used] = [panel + 1, 0];
    if (panel >= panels || height > room) return null;
    // The first panel is on the reading side: the right one in a right-to-left language.
    const column = direction === 'rtl' ? panels - 1 - panel : panel;
    for (const text of piece.lines) {
      placed.push({
        text,
        piece: index,
        style: piece.style,
        panel,
        x: column * CARD_PANEL.width + CARD_PANEL.padding,
        width: CARD_PANEL.width - 2 * CARD_PANEL.padding,
        baseline: CARD_PANEL.padding + used + piece.style.size,
      });
      used += piece.style.size * LINE_PITCH;
    }
  }
  return placed;
}

/**
 * Lays the card out without losing a line: at its own sizes if everything fits, else in smaller text down to
 * the readable floor, else on a card folded in two (again shrinking to the floor). When even that cannot hold
 * it, says which input is longest, to be shortened: a card cut short could leave out the number to call.
 */
export function layoutWalletCard(
  heading: string,
  lines: readonly CardLine[],
  direction: TextDirection,
  wrap: Wrap,
): CardFit {
  const { heading: headingStyle, body: style } = CARD_STYLES;
  const piecesAt = (size: number): Piece[] => {
    const headingAt = { ...headingStyle, size: (headingStyle.size * size) / style.size };
    const bodyAt = { ...style, size };
    const inner = CARD_PANEL.width - 2 * CARD_PANEL.padding;
    return [
      { text: heading, style: headingAt, location: null },
      ...lines.map((line) => ({ ...line, style: bodyAt })),
    ].map((piece) => ({
      lines: wrap(piece.text, piece.style, inner),
      style: piece.style,
      location: piece.location,
    }));
  };
  for (let panels = 1; panels <= MAX_PANELS; panels += 1) {
    for (let size: number = style.size; size >= READABLE_FLOOR; size -= SIZE_STEP) {
      const placed = pack(piecesAt(size), panels, direction);
      if (placed) return { fits: true, layout: { panels, size, lines: placed } };
    }
  }
  const longest = piecesAt(READABLE_FLOOR)
    .filter((piece) => piece.location !== null)
    .reduce<Piece | null>(
      (most, piece) => (most === null || piece.lines.length > most.lines.length ? piece : most),
      null,
    );
  return { fits: false, location: longest?.location ?? null };
}

/** Thrown instead of printing a card that would lose a line. */
export class WalletCardTooFull extends Error {
  constructor(readonly location: string | null) {
    super(
      `${location ?? 'the wallet card'}: too long for the wallet card, even in small print on a card folded in two; shorten it`,
    );
    this.name = 'WalletCardTooFull';
  }
}
