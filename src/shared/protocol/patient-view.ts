import type { Protocol } from './protocol';

/** A protocol as patients may see it: the notes clinic reviewers keep on sources (doubts, conflicts) removed. */
export function withoutReviewerNotes(protocol: Protocol): Protocol {
  return JSON.parse(JSON.stringify(protocol), (key, value: unknown) => (key === 'reviewerNote' ? undefined : value)) as Protocol;
}
