import { GlossarySchema, type Glossary } from '@shared/content/glossary';
import { readShippedJson } from '../files/read-shipped-json';

/** Reads the glossary shipped in `resources/glossary`; a bad file is a packaging error, so it throws. */
export function loadGlossary(file: string): Glossary {
  return readShippedJson(file, GlossarySchema, 'glossary');
}
