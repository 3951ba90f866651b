import path from 'node:path';
import { loadShippedContent } from '../../src/main/content/shipped-content';
import type { HandoutDeps } from '../../src/main/handout/make-handout';
import { translatorsFrom } from '../../src/main/i18n/translators';
import { emptySession, handoutPatientOf, type HandoutPatient } from '@shared/schemas/session';

export const { glossary, lessons } = loadShippedContent(path.resolve('resources'));

/** What makeHandout needs, from the repository's own resources and locales. */
export const handoutDeps: HandoutDeps = {
  translatorFor: translatorsFrom(path.resolve('locales')),
  fontsDir: path.resolve('resources/fonts'),
  glossary,
  lessons,
};

/** A patient who has answered nothing yet but what is given. */
export function patientWith(answers: Partial<HandoutPatient>): HandoutPatient {
  return { ...handoutPatientOf(emptySession('en')), ...answers };
}
