import { readFileSync } from 'node:fs';
import { GlossarySchema, type Glossary } from '../../shared/content/glossary';

/** Reads the glossary shipped in `resources/glossary`; a bad file is a packaging error, so it throws. */
export function loadGlossary(file: string): Glossary {
  const result = GlossarySchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ');
    throw new Error(`${file} is not a valid glossary:\n  ${problems}`);
  }
  return result.data;
}
