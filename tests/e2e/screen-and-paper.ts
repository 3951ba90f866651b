import type { Locator, Page } from '@playwright/test';
import { searchable } from '../support/pdf-tools';
import { expect } from './fixtures';

/** The items listed under `within`, as the person reads them: each item's own text, without its buttons. */
export function listedItems(within: Locator): Promise<string[]> {
  return within.getByRole('listitem').evaluateAll((items) =>
    items.map((item) => {
      const copy = item.cloneNode(true) as HTMLElement;
      for (const button of copy.querySelectorAll('button')) button.remove();
      return copy.textContent;
    }),
  );
}

/**
 * Every item the review page lists, part by part; but the timeline, whose rows add today and each item's kind to
 * the plan's own list, and whose dates the paper draws shorter: its labels are compared on their own (dates.spec.ts).
 */
export function reviewItems(page: Page): Promise<string[]> {
  return listedItems(
    page
      .getByRole('main')
      .getByRole('region')
      .filter({ hasNot: page.locator('.timeline') }),
  );
}

/**
 * The paper says what the screen showed: each review item (a medicine with its note, a test with its status, a
 * health topic with the answer, a question, a topic to go over) is on the PDF whole, in the same words.
 */
export function expectSameOnPaper(items: readonly string[], paperText: string): void {
  const paper = searchable(paperText);
  expect(items.length).toBeGreaterThan(0);
  // Every difference at once, each as the screen shows it.
  expect(
    items.filter((item) => !paper.includes(searchable(item))),
    'shown on the review, missing from the paper',
  ).toEqual([]);
}
