import type { Translate } from '@shared/i18n/i18n-setup';

/** One way to get help beyond the care team, with how to reach it under it. */
export interface SupportLine {
  id: 'crisis-line' | 'interpreter' | 'report-side-effect';
  text: string;
  details: string[];
}

/**
 * How to reach a crisis line: the clinic's own where staff entered one; otherwise the US 988 line, said to be the
 * US line, since a reader elsewhere must not call a number that does not work where they live. `typed` wraps the
 * clinic's text (the handout isolates it for bidi).
 */
export function crisisLine(
  clinicLine: string,
  t: Translate,
  typed: (value: string) => string = (value) => value,
): string {
  const line = clinicLine.trim();
  return line === ''
    ? t('handout:support.crisisDefault')
    : t('handout:support.crisisClinic', { line: typed(line) });
}

/**
 * Where to get help, as the feelings step, the review and the handout say it: a crisis line, the right to a free
 * interpreter, and reporting a side effect to the FDA as well as to the care team.
 */
export function supportLines(
  clinicCrisisLine: string,
  t: Translate,
  typed?: (value: string) => string,
): SupportLine[] {
  return [
    {
      id: 'crisis-line',
      text: t('handout:support.crisis'),
      details: [crisisLine(clinicCrisisLine, t, typed), t('handout:support.danger')],
    },
    {
      id: 'interpreter',
      text: t('handout:support.interpreter'),
      details: [t('handout:support.interpreterHow')],
    },
    {
      id: 'report-side-effect',
      text: t('handout:support.reportSideEffect'),
      details: [t('handout:support.medWatch')],
    },
  ];
}
