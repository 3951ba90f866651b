import type { Protocol } from '../protocol/protocol';
import { therapyDelivery } from '../protocol/therapy-delivery';
import type { Role } from '../schemas/session';
import { voiceOf } from '../voice';
import type { Lesson, LessonSection } from './lesson';

/**
 * The lessons a patient preparing for this therapy reads: the general ones, then the protocol's own, each without
 * the parts (and their teach-back questions) written for therapies given another way or for another reader (a
 * child's own agreement is for a parent). Before a therapy is chosen, or who fills it in is known, every part. A
 * protocol's own lessons are examples exactly when the protocol is one.
 */
export function lessonsForProtocol(general: readonly Lesson[], protocol: Pick<Protocol, 'lessons' | 'family' | 'isExample'> | undefined, role: Role | null = null): Lesson[] {
  const own = protocol ? (protocol.lessons ?? []).map((lesson): Lesson => ({ ...lesson, isExample: protocol.isExample })) : [];
  const lessons = [...general, ...own];
  const delivery = protocol ? therapyDelivery(protocol.family) : null;
  const voice = role ? voiceOf(role) : null;
  if (delivery === null && voice === null) return lessons;
  const fits = (section: LessonSection) => (delivery === null || (section.delivery ?? delivery) === delivery) && (voice === null || (section.voice ?? voice) === voice);
  return lessons.flatMap((lesson) => {
    const sections = lesson.sections.filter(fits);
    const kept = new Set(sections.map((section) => section.id));
    return sections.length === 0 ? [] : [{ ...lesson, sections, checks: lesson.checks.filter((check) => kept.has(check.sectionId)) }];
  });
}
