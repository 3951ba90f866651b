import path from 'node:path';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import {
  buildHandoutContent,
  type HandoutBlock,
} from '../../../../src/main/handout/handout-content';
import { translatorsFrom } from '../../../../src/main/i18n/translators';
import { ChecklistView } from '../../../../src/renderer/src/components/ChecklistView';
import { StudyNumbers } from '../../../../src/renderer/src/components/StudyNumbers';
import { createRendererI18n } from '../../../../src/renderer/src/i18n/renderer-i18n';
import { VoiceProvider } from '../../../../src/renderer/src/i18n/voice';
import { planHandout } from '@shared/handout/handout-plan';
import { LANGUAGES, type Language } from '@shared/i18n/languages';
import { studyNumberWords } from '@shared/protocol/study-number-words';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { resolveText, type LocalizedText } from '@shared/schemas/localized-text';
import type { Role } from '@shared/schemas/session';
import { voiceOf, withVoice } from '@shared/i18n/voice';
import { lessons, patientWith } from '../../../support/handout-fixtures';

const sickleCell = loadProtocolFolder(path.resolve('resources/protocols')).find(
  (p) => p.id === 'example-sickle-cell-crispr',
)!;
const translatorFor = translatorsFrom(path.resolve('locales'));
const ROLES: Role[] = ['patient', 'parent', 'caregiver'];

// The renderer's i18n loads a language's words as the app does, before the first screen.
const i18nFor = new Map(
  await Promise.all(
    LANGUAGES.map(async (language) => [language, await createRendererI18n(language)] as const),
  ),
);

/** A walkthrough screen as the app draws it, in this language and this reader's voice. */
function drawn(element: ReactElement, language: Language, role: Role): string {
  return renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n: i18nFor.get(language)! },
      createElement(VoiceProvider, { voice: voiceOf(role), children: element }),
    ),
  );
}

/** The texts a reader meets in markup, in order. */
function textsIn(markup: string): string[] {
  const entities: Record<string, string> = {
    '&amp;': '&',
    '&lt;': '<',
    '&gt;': '>',
    '&quot;': '"',
    '&#x27;': "'",
  };
  return markup
    .replace(/<[^>]+>/g, '\n')
    .replace(/&(amp|lt|gt|quot|#x27);/g, (entity) => entities[entity] ?? entity)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The checklist step's part on the numbers, without its heading. */
function onTheStep(language: Language, role: Role): string {
  const markup = drawn(createElement(ChecklistView, { protocol: sickleCell }), language, role);
  const part =
    /<section aria-labelledby="study-numbers-heading"><h2[^>]*>[^<]*<\/h2>(.*?)<\/section>/.exec(
      markup,
    );
  if (!part?.[1]) throw new Error('the checklist shows no numbers from the studies');
  return part[1];
}

/** The review's part on the numbers: the handout's plan, as ReviewStep gives it to the same component. */
function onTheReview(language: Language, role: Role): string {
  const voice = voiceOf(role);
  const t = withVoice(translatorFor(language), voice);
  const text = (value: LocalizedText) => resolveText(value, language, voice).text;
  const plan = planHandout({
    patient: patientWith({ role }),
    protocol: sickleCell,
    lessons,
    language,
    today: '2026-12-05',
    t,
    text,
    crisisLine: '',
  }).studyNumbers;
  if (!plan) throw new Error('the plan has no numbers from the studies');
  return drawn(createElement(StudyNumbers, { plan }), language, role);
}

/** The handout's section on the numbers, its words in order, without the marks that keep a citation's direction. */
function onTheHandout(language: Language, role: Role): string[] {
  const blocks = buildHandoutContent({
    clinic: DEFAULT_CLINIC_SETTINGS,
    patient: patientWith({ role }),
    language,
    protocol: sickleCell,
    contentHash: '0'.repeat(64),
    preparedAt: new Date('2026-12-05T10:00:00Z'),
    glossary: [],
    lessons,
    t: translatorFor(language),
  }).blocks;
  const heading = withVoice(
    translatorFor(language),
    voiceOf(role),
  )('checklist:studyNumbers.heading');
  const start = blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  const end = blocks.findIndex((b, i) => i > start && b.kind === 'heading');
  const words = (b: HandoutBlock) =>
    'text' in b ? [b.text, ...('details' in b ? b.details : [])] : [];
  return blocks
    .slice(start + 1, end < 0 ? undefined : end)
    .flatMap(words)
    .map((line) => line.replace(/[\u2066-\u2069]/g, ''));
}

/** The sickle cell example's numbers from the studies read the same wherever a reader meets them. */
describe('the numbers from the studies on the checklist step, the review and the handout', () => {
  for (const language of LANGUAGES) {
    it.each(ROLES)(`in ${language}, read by a %s, are the same words in the same order`, (role) => {
      const step = onTheStep(language, role);
      expect(step).toBe(onTheReview(language, role));
      expect(textsIn(step)).toEqual(onTheHandout(language, role));
      // The count, worked out of 100, is among them.
      expect(textsIn(step)).toContain(studyNumberWords(29, 31, translatorFor(language)));
    });
  }
});
