import { textsIn } from '@shared/values/texts-in';
import type { HandoutContent } from './handout-content';

/**
 * All the text a handout will draw, known before it is laid out, so only the fonts it needs are read (a bilingual
 * handout's translation included). Page numbers vary only in their digits, which the first font has; the
 * footer's words come from one sample.
 */
export function handoutText(content: HandoutContent): string {
  const own = [
    content.documentTitle,
    content.footer(1, 1),
    ...textsIn(content.blocks).map(({ text }) => text),
  ].join('\n');
  return content.translation ? `${own}\n${handoutText(content.translation)}` : own;
}
