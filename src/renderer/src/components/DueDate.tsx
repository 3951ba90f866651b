/**
 * The date a timed step falls on for this patient, from their key dates (describeWhen). With no key date it asks
 * them to get the date from their team instead of guessing one; a day gone by says to talk to the team today.
 */
export function DueDate({ due }: { due: { text: string; passed: boolean } }) {
  return <span className={due.passed ? 'due passed error' : 'due'}>{due.text}</span>;
}
