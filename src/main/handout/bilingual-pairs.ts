import type { HandoutBlock } from './handout-content';

/**
 * A block and its translation, matched by id. One side is null where only one language has the block (the
 * "not yet reviewed by a medical translator" notice of a language that has one). `same` marks a block that reads
 * the same in both (the person's own words: a name, a medicine, a question, worries): it is printed once.
 */
export interface BlockPair {
  id: string;
  first: HandoutBlock | null;
  second: HandoutBlock | null;
  same: boolean;
}

const sameBlock = (a: HandoutBlock, b: HandoutBlock): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Pairs the first language's blocks with the second's, in the first's order. A block only the second has comes
 * where the second has it: after the pair of the block before it.
 */
export function pairBlocks(
  first: readonly HandoutBlock[],
  second: readonly HandoutBlock[],
): BlockPair[] {
  const secondAt = new Map(second.map((block, index) => [block.id, index]));
  const pairs: BlockPair[] = [];
  let next = 0;
  const secondOnlyUntil = (end: number) => {
    for (; next < end; next += 1) {
      const block = second[next] as HandoutBlock;
      pairs.push({ id: block.id, first: null, second: block, same: false });
    }
  };
  for (const block of first) {
    const at = secondAt.get(block.id);
    if (at === undefined || at < next) {
      pairs.push({ id: block.id, first: block, second: null, same: false });
      continue;
    }
    secondOnlyUntil(at);
    const translation = second[at] as HandoutBlock;
    pairs.push({
      id: block.id,
      first: block,
      second: translation,
      same: sameBlock(block, translation),
    });
    next = at + 1;
  }
  secondOnlyUntil(second.length);
  return pairs;
}
