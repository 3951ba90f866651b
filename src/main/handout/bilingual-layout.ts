import { textDirection } from '@shared/i18n/languages';
import { pairBlocks, type BlockPair } from './bilingual-pairs';
import type { HandoutBlock, HandoutContent } from './handout-content';
import { inSide, type LanguageSide } from './language-side';
import type { PageFlow } from './page-flow';
import type { DrawOptions, ItemBlock, ItemParagraph } from './render-handout';

type DrawBlock = (
  block: HandoutBlock,
  next: HandoutBlock | undefined,
  options: DrawOptions,
) => void;

const isItem = (block: HandoutBlock): block is ItemBlock =>
  block.kind === 'check-item' || block.kind === 'bullet';

/**
 * A list item's paragraphs, each followed by its translation: the text, then each detail. A paragraph that reads
 * the same in both (the person's own words) is printed once, in the document's language.
 */
function itemParagraphs(
  first: ItemBlock,
  second: ItemBlock,
  one: LanguageSide,
  two: LanguageSide,
): ItemParagraph[] {
  const paired = (
    a: string | undefined,
    b: string | undefined,
    detail: boolean,
  ): ItemParagraph[] => {
    if (a !== undefined && a === b) return [{ text: a, detail, side: null }];
    return [
      ...(a === undefined ? [] : [{ text: a, detail, side: one }]),
      ...(b === undefined ? [] : [{ text: b, detail, side: two }]),
    ];
  };
  const details = Array.from(
    { length: Math.max(first.details.length, second.details.length) },
    (_, i) => paired(first.details[i], second.details[i], true),
  );
  return [...paired(first.text, second.text, false), ...details.flat()];
}

/**
 * Lays out a bilingual handout on portrait paper: each paragraph followed by its translation, so a counselor can
 * point at a line and the patient read the same line just above or below it. Side by side would give each
 * language half of a Letter or A4 column (about 20 em of body text, 15 in large print), too narrow to read
 * calmly, so it is not used on the handout's papers. Each language keeps its own direction and /Lang.
 *
 * What is drawn once: a write-in (room to answer, in any language), the dates figure (in the first language: the
 * same dates are in each language's key dates and items, and a second figure would add half a page), and what
 * reads the same in both (the person's own words). The wallet card is drawn in each language, each a card to cut
 * out: the patient carries the one the emergency staff read, or both.
 */
export function drawBilingual(
  flow: PageFlow,
  first: HandoutContent,
  second: HandoutContent,
  drawBlock: DrawBlock,
): void {
  const documentDirection = flow.direction;
  const one: LanguageSide = {
    language: first.language,
    direction: textDirection(first.language),
    translation: false,
  };
  const two: LanguageSide = {
    language: second.language,
    direction: textDirection(second.language),
    translation: true,
  };
  const pairs = pairBlocks(first.blocks, second.blocks);
  const leading = (pair: BlockPair | undefined) => pair?.first ?? pair?.second ?? undefined;
  const inOne = (draw: () => void) => inSide(flow, one, documentDirection, draw);
  const inTwo = (draw: () => void) => inSide(flow, two, documentDirection, draw);
  pairs.forEach((pair, index) => {
    const next = leading(pairs[index + 1]);
    const { first: a, second: b } = pair;
    if (a && (pair.same || a.kind === 'write-in'))
      inSide(flow, null, documentDirection, () => drawBlock(a, next, {}));
    else if (a && isItem(a) && b && isItem(b))
      drawBlock(a, next, { paragraphs: itemParagraphs(a, b, one, two) });
    else if (a && (a.kind === 'dates-figure' || !b)) inOne(() => drawBlock(a, next, {}));
    else if (!a && b) inTwo(() => drawBlock(b, next, { translation: true }));
    else if (a && b) {
      inOne(() => drawBlock(a, next, { translatedBy: b }));
      inTwo(() => drawBlock(b, next, { translation: true }));
    }
  });
}
