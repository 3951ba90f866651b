import type { z } from 'zod';

const EXPECTED: ReadonlyMap<string, string> = new Map([
  ['string', 'a text in quotes'],
  ['number', 'a number'],
  ['int', 'a whole number'],
  ['boolean', 'true or false'],
  ['object', 'an object { … }'],
  ['record', 'an object { … }'],
  ['array', 'a list [ … ]'],
  ['null', 'null'],
  ['never', 'nothing: this field is not used here'],
]);

const FORMATS: ReadonlyMap<string, string> = new Map([
  ['datetime', 'a date and time such as "2026-12-01T10:00:00Z"'],
]);

/** What a file held, said briefly; a long text is cut, since the message only has to let the writer find it. */
function found(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (typeof input === 'string')
    return input.length > 40
      ? `the text ${JSON.stringify(`${input.slice(0, 40)}…`)}`
      : `the text ${JSON.stringify(input)}`;
  if (typeof input === 'number' || typeof input === 'boolean')
    return `${typeof input === 'number' ? 'the number ' : ''}${String(input)}`;
  if (Array.isArray(input)) return 'a list';
  return typeof input === 'object' ? 'an object' : typeof input;
}

const quoted = (values: readonly unknown[]) =>
  values.map((value) => JSON.stringify(value)).join(', ');

/**
 * zod's messages for problems a schema gives no words of its own, in plain English for the staff who wrote the
 * file ("Invalid input" tells nobody what to change): what was expected, and what was found. Messages written
 * in a schema (limits, ids, control characters) stay as they are.
 */
export const plainIssueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED.get(issue.expected) ?? issue.expected;
      return issue.input === undefined
        ? `is missing: expected ${expected}`
        : `expected ${expected}, found ${found(issue.input)}`;
    }
    case 'invalid_value': {
      const expected =
        issue.values.length === 1 ? quoted(issue.values) : `one of ${quoted(issue.values)}`;
      return issue.input === undefined
        ? `is missing: expected ${expected}`
        : `expected ${expected}, found ${found(issue.input)}`;
    }
    case 'unrecognized_keys':
      return `${issue.keys.length === 1 ? 'has a field' : 'has fields'} this format does not know: ${quoted(issue.keys)} (check the spelling, or remove ${issue.keys.length === 1 ? 'it' : 'them'})`;
    case 'invalid_format':
      return `expected ${FORMATS.get(issue.format) ?? `text in the format "${issue.format}"`}, found ${found(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'may not be empty';
      if (issue.origin === 'array')
        return `needs at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}`;
      return `must be at least ${issue.minimum}${issue.origin === 'string' ? ' characters long' : ''}, found ${found(issue.input)}`;
    case 'too_big':
      return `must be at most ${issue.maximum}${issue.origin === 'string' ? ' characters long' : ''}, found ${found(issue.input)}`;
    case 'invalid_key':
      return `${found(issue.input)} is not a name this list can use: ${issue.issues.map((inner) => inner.message).join('; ')}`;
    default:
      return undefined;
  }
};
