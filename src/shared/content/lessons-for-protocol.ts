import type { Protocol } from '../protocol/protocol';
import { therapyDelivery } from '../protocol/therapy-delivery';
import type { Lesson } from './lesson';

/**
 * The lessons a patient preparing for this therapy reads: the general ones, then the protocol's own, each without
 * the parts (and their teach-back questions) written for therapies given another way. Before a therapy is chosen,
 * every part. A protocol's own lessons are examples exactly when the protocol is one.
 */
export function lessonsForProtocol(general: readonly Lesson[], protocol: Pick<Protocol, 'lessons' | 'family' | 'isExample'> | undefined): Lesson[] {
  if (!protocol) return [...general];
  const lessons = [...general, ...(protocol.lessons ?? []).map((lesson): Lesson => ({ ...lesson, isExample: protocol.isExample }))];
  const delivery = therapyDelivery(protocol.family);
  return lessons.flatMap((lesson) => {
    const sections = lesson.sections.filter((section) => (section.delivery ?? delivery) === delivery);
    const kept = new Set(sections.map((section) => section.id));
    return sections.length === 0 ? [] : [{ ...lesson, sections, checks: lesson.checks.filter((check) => kept.has(check.sectionId)) }];
  });
}
