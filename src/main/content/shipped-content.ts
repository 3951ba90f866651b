import path from 'node:path';
import type { GlossaryEntry } from '@shared/content/glossary';
import type { Lesson } from '@shared/content/lesson';
import { loadGlossary } from './glossary-file';
import { loadLessonFolder } from './lesson-files';

/** The teaching content shipped in `resources/`: lessons and the glossary, read once at start. */
export interface ShippedContent {
  glossary: readonly GlossaryEntry[];
  lessons: readonly Lesson[];
}

export function loadShippedContent(resourcesDir: string): ShippedContent {
  return {
    glossary: loadGlossary(path.join(resourcesDir, 'glossary', 'glossary.json')).entries,
    lessons: loadLessonFolder(path.join(resourcesDir, 'lessons')),
  };
}
