import type { Protocol } from '../protocol/protocol';
import type { Lesson } from './lesson';

/** The lessons a patient preparing for this therapy reads: the general ones, then the protocol's own. */
export function lessonsForProtocol(general: readonly Lesson[], protocol: Pick<Protocol, 'lessons'> | undefined): Lesson[] {
  return [...general, ...(protocol?.lessons ?? [])];
}
