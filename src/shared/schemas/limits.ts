/**
 * How long a text and how long a list may be, wherever they come from (a file, a pack, the renderer): far above
 * anything real, low enough that no input can make the app hold, save or print without end. Each limit is
 * told with its number, so whoever wrote the text or file knows what to change.
 */
export const LIMITS = {
  /** One clinic-written text in one language: a lesson's "learn more" is under 700 characters. */
  text: 2000,
  /** A therapy's name (brand, generic name, disease): printed on the wallet card, which must hold it whole. */
  title: 200,
  /** The name of a key date ("the infusion"): the last one is printed on the wallet card. */
  keyDateLabel: 100,
  /** Where a fact comes from. */
  citation: 1000,
  /** A reviewer's note on a source. */
  reviewerNote: 2000,
  /** A brand or generic name a patient might type. */
  medicineName: 100,
  /** The names one medicine rule matches: a few brand and generic names in each of the app's languages, as its readers type them. */
  matchNames: 60,
  keyDates: 10,
  tests: 100,
  medications: 100,
  questions: 200,
  warningSigns: 50,
  contacts: 30,
  lifestyle: 50,
  followUp: 50,
  /** Numbers from the studies of one therapy. */
  studyNumbers: 20,
  /** Protocols in a clinic file, and ids in its order and retired lists. */
  protocols: 500,
} as const;

/** How long the refused text or list was, so whoever wrote it knows how much to cut. */
const found = (input: unknown, unit: string) =>
  typeof input === 'string' || Array.isArray(input) ? `; this one has ${input.length} ${unit}` : '';

/** Arguments for a string's `.max()`: the limit and the message that says it. */
export const chars = (max: number) =>
  [
    max,
    {
      error: (issue: { input?: unknown }) =>
        `may be at most ${max} characters${found(issue.input, 'characters')}`,
    },
  ] as const;

export const tooMany = (max: number) => `may have at most ${max} entries`;

/** Arguments for a list's `.max()`: the limit and the message that says it. */
export const entries = (max: number) =>
  [
    max,
    { error: (issue: { input?: unknown }) => `${tooMany(max)}${found(issue.input, 'entries')}` },
  ] as const;
