import type { Protocol } from '@shared/protocol/protocol';
import { therapyDelivery } from '@shared/protocol/therapy-delivery';
import type { TherapyFamily } from '@shared/protocol/therapy-family';
import type { Role } from '@shared/schemas/session';
import { voiceOf } from '@shared/i18n/voice';
import { signsForFamily } from '@shared/warning-signs/signs-for-family';
import type { Lesson, LessonSection } from './lesson';

/**
 * The lessons a patient preparing for this therapy reads: the general ones, then the protocol's own, each without
 * the parts (and their teach-back questions) written for therapies given another way or for another reader (a
 * child's own agreement is for a parent), and each part's warning signs only those this therapy can cause
 * (signsForFamily). Before a therapy is chosen, or who fills it in is known, every part; before a therapy is
 * chosen, the signs of every therapy only. A protocol's own lessons are examples exactly when the protocol is one.
 */
export function lessonsForProtocol(
  general: readonly Lesson[],
  protocol: Pick<Protocol, 'lessons' | 'family' | 'isExample'> | undefined,
  role: Role | null = null,
): Lesson[] {
  const own = protocol
    ? (protocol.lessons ?? []).map((lesson): Lesson => ({
        ...lesson,
        isExample: protocol.isExample,
      }))
    : [];
  const family = protocol ? protocol.family : null;
  const delivery = family ? therapyDelivery(family) : null;
  const voice = role ? voiceOf(role) : null;
  const fits = (section: LessonSection) =>
    (delivery === null || (section.delivery ?? delivery) === delivery) &&
    (voice === null || (section.voice ?? voice) === voice);
  return [...general, ...own].flatMap((lesson) => {
    const sections = lesson.sections.filter(fits).map((section) => withSignsFor(section, family));
    const kept = new Set(sections.map((section) => section.id));
    return sections.length === 0
      ? []
      : [
          {
            ...lesson,
            sections,
            checks: lesson.checks.filter((check) => kept.has(check.sectionId)),
          },
        ];
  });
}

function withSignsFor(section: LessonSection, family: TherapyFamily | null): LessonSection {
  const { warningSigns, ...rest } = section;
  if (!warningSigns) return section;
  const signs = signsForFamily(warningSigns, family);
  return signs.length > 0 ? { ...rest, warningSigns: signs } : rest;
}
