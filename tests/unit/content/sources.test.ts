import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../src/main/protocol/example-protocols';
import { loadShippedContent } from '../../../src/main/content/shipped-content';
import { primaryPublisherOf } from '@shared/content/primary-sources';
import { SourceSchema } from '@shared/schemas/source';
import { CONTENT_FOLDERS, jsonFiles, readJson } from '../../support/patient-texts';

/**
 * Every source block in the shipped content (protocols, lessons, glossary), with where it is. Items other
 * branches add are checked the same way, so each failure says which block and what to change.
 */
function sourceBlocks(value: unknown, where: string): Array<{ where: string; block: unknown }> {
  if (Array.isArray(value))
    return value.flatMap((child, i) => sourceBlocks(child, `${where}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'source'
      ? [{ where: `${where}.source`, block: child }]
      : sourceBlocks(child, `${where}.${key}`),
  );
}

const HOW_TO_FIX =
  'Give the source a "kind". Primary: "label" (FDA or EMA label or medication guide, DailyMed included: needs "url" and "revised": "YYYY-MM"), ' +
  '"guidance" (an FDA guidance document: needs "url"), "patient-information" (MedlinePlus, FDA or EMA medicine-overview pages for patients: needs "url"); ' +
  'the url must be on a site listed in src/shared/content/primary-sources.ts for that kind. Otherwise "secondary", with a "secondaryReason" saying why no primary source is cited and what a reviewer must check.';

const blocks = CONTENT_FOLDERS.flatMap(jsonFiles).flatMap((file) =>
  sourceBlocks(readJson(file), file),
);
const parsed = blocks.map(({ where, block }) => ({ where, result: SourceSchema.safeParse(block) }));
const sources = parsed.flatMap(({ where, result }) =>
  result.success ? [{ where, source: result.data }] : [],
);

/** A block's own text field, read before (and whether or not) it passes the schema. */
const text = (block: unknown, key: string): string => {
  const value: unknown =
    typeof block === 'object' && block !== null && Object.hasOwn(block, key)
      ? (block as Record<string, unknown>)[key]
      : undefined;
  return typeof value === 'string' ? value : '';
};
/** Every web address a source names, in its url or inside its citation text. */
const addresses = (block: unknown) => [
  ...text(block, 'url').split(' ').filter(Boolean),
  ...(text(block, 'citation').match(/https?:\/\/[^\s;,"()]+/g) ?? []),
];

describe('sources of the shipped content', () => {
  it('are found (the walk reads the files)', () => {
    expect(blocks.length).toBeGreaterThan(150);
  });

  it('each say their kind: primary from the allowed list, or secondary with a reason', () => {
    const problems = parsed.flatMap(({ where, result }) =>
      result.success
        ? []
        : [
            `${where}: ${result.error.issues.map((issue) => `${issue.path.join('.') || 'source'} ${issue.message}`).join('; ')}`,
          ],
    );
    expect(problems, HOW_TO_FIX).toEqual([]);
  });

  it('cite a primary document only at its publisher, by host and kind, and a label with its revision', () => {
    const wrong = sources.flatMap(({ where, source }) => {
      if (source.kind === 'secondary')
        return source.secondaryReason.trim() === '' ? [`${where}: secondary without a reason`] : [];
      const host = new URL(source.url).hostname;
      const problems = [
        ...(primaryPublisherOf(source.url, source.kind)
          ? []
          : [`${host} does not publish a primary ${source.kind}`]),
        ...(source.kind === 'label' && !source.revised ? ['a label without its revision'] : []),
      ];
      return problems.map((problem) => `${where}: ${problem}`);
    });
    expect(wrong, HOW_TO_FIX).toEqual([]);
  });

  it('say, for a primary document, where in it the fact was read, and which details rest on other sources', () => {
    const silent = sources.flatMap(({ where, source }) =>
      source.kind !== 'secondary' && !source.reviewerNote ? [where] : [],
    );
    expect(
      silent,
      'Give the primary source a "reviewerNote" naming the section read, and any part of the item it does not state.',
    ).toEqual([]);
  });

  it('cite a label revision no later than the day it was checked', () => {
    const future = sources.flatMap(({ where, source }) =>
      source.kind === 'label' &&
      source.revised !== undefined &&
      source.revised > source.checkedOn.slice(0, 7)
        ? [`${where}: revised ${source.revised}, checked ${source.checkedOn}`]
        : [],
    );
    expect(future).toEqual([]);
  });

  it('cite no address cut off: none ends in an ellipsis or is the start of another cited address', () => {
    const all = [...new Set(blocks.flatMap(({ block }) => addresses(block)))];
    const cut = blocks.flatMap(({ where, block }) => [
      ...(/(…|\.\.\.)\s*$/.test(text(block, 'citation'))
        ? [`${where}: the citation ends in an ellipsis`]
        : []),
      ...addresses(block)
        .filter((address) =>
          all.some(
            (other) =>
              other !== address &&
              other.startsWith(address) &&
              /^[\w-]/.test(other.slice(address.length)),
          ),
        )
        .map(
          (address) =>
            `${where}: ${address} looks cut off (a longer address starting with it is cited elsewhere)`,
        ),
    ]);
    expect(cut).toEqual([]);
  });

  it('load through the app’s own loaders', () => {
    expect(loadProtocolFolder(path.resolve('resources/protocols')).length).toBeGreaterThan(0);
    const content = loadShippedContent(path.resolve('resources'));
    expect(content.lessons.length).toBeGreaterThan(0);
    expect(content.glossary.length).toBeGreaterThan(0);
  });
});
