import path from 'node:path';
import { loadGlossary } from '../../src/main/content/glossary-file';
import { emptySession, handoutPatientOf, type HandoutPatient } from '../../src/shared/schemas/session';

export const glossary = loadGlossary(path.resolve('resources/glossary/glossary.json')).entries;

/** A patient who has answered nothing yet but what is given. */
export function patientWith(answers: Partial<HandoutPatient>): HandoutPatient {
  return { ...handoutPatientOf(emptySession('en')), ...answers };
}
