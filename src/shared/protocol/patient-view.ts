/**
 * Content as patients may see it (a protocol, a lesson): the notes clinic reviewers keep on sources (doubts,
 * conflicts) removed.
 */
export function withoutReviewerNotes<T>(content: T): T {
  return JSON.parse(JSON.stringify(content), (key, value: unknown) =>
    key === 'reviewerNote' ? undefined : value,
  ) as T;
}
