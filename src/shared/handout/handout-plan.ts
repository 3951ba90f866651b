import type { Lesson } from '@shared/content/lesson';
import { formatCalendarDate, type CalendarDate } from '@shared/dates/calendar-date';
import { dateNotes } from '@shared/dates/date-notes';
import { describeDateNote } from '@shared/dates/describe-date-note';
import type { TimedStep } from '@shared/dates/step-when';
import { timelineItems, type TimelineItem } from '@shared/dates/timeline-items';
import { describeTestProgress, describeWhen } from '@shared/protocol/describe-timing';
import { healthItemsFor, type HealthHistoryItem } from '@shared/walkthrough/health-history';
import type { Translate } from '@shared/i18n/i18n-setup';
import type { Language } from '@shared/i18n/languages';
import { medicineRuleText } from '@shared/medications/medicine-rule-text';
import { ownMedicineNotes, type OwnMedicineNote } from '@shared/medications/own-medicine-notes';
import { ownValue } from '@shared/values/own-value';
import type { Protocol } from '@shared/protocol/protocol';
import { questionList, type QuestionList } from '@shared/walkthrough/question-list';
import type { LocalizedText } from '@shared/schemas/localized-text';
import type { HandoutPatient } from '@shared/schemas/session';
import { resolveSign, signGroups, type SignGroup } from '@shared/warning-signs/sign-groups';
import { supportLines, type SupportLine } from '@shared/walkthrough/support-lines';
import { keyDateLabeller } from '@shared/dates/key-date-label';
import { planStudyNumbers, type StudyNumbersPlan } from './study-numbers-plan';

export interface HandoutPlanInput {
  patient: HandoutPatient;
  protocol: Protocol;
  /** The lessons for this protocol: the parts marked "ask my team about this", and the topics to go over. */
  lessons: readonly Lesson[];
  language: Language;
  /** The day the dates are worked out from ("that date has passed"). */
  today: CalendarDate;
  /** Both in the voice of whoever fills the app in. */
  t: Translate;
  text: (value: LocalizedText) => string;
  /** The clinic's crisis line from its settings; empty means the US 988 line. */
  crisisLine: string;
  /** Wraps what staff typed (the handout isolates it for bidi); as typed where absent. */
  typed?: (value: string) => string;
}

/** A line with what it says about the person's answer under it. */
export interface PlannedItem {
  id: string;
  text: string;
  details: string[];
}

/**
 * What the handout holds, item by item, each keyed by its id and already in the reader's words. The review lists
 * it and the PDF prints it, so what the screen shows about an answer is what the paper says.
 */
export interface HandoutPlan {
  /** The person's dated items in date order ("Your dates at a glance"), the same list the app's timeline shows. */
  timeline: TimelineItem[];
  /** "Date of infusion: 1 March 2027", or that it is not known yet. */
  keyDates: Array<{ id: string; text: string }>;
  /** The notes on dates that look like slips (src/shared/dates/date-notes.ts): whose date it is, and the note. */
  dateNotes: Array<{ id: string; whose: string; text: string }>;
  /** Each test with where the person is with it; `details` add when it is due unless it is done. */
  tests: Array<PlannedItem & { status: string; done: boolean }>;
  /** The protocol's medicine rules, with when each applies and when to go back. */
  medicineRules: PlannedItem[];
  ownMedicines: OwnMedicineNote[];
  /** The health answers to talk about ("yes" or "not sure"), with what was answered. */
  health: Array<{ id: HealthHistoryItem; text: string; answer: string }>;
  /** The questions, top three first; `allOffered` when none was picked yet, so every protocol question is on it. */
  questions: QuestionList & { allOffered: boolean };
  /** The lesson parts behind check questions not yet answered right, in lesson order. */
  reviewTopics: PlannedItem[];
  /** The worries as written, or '' for none. */
  worries: string;
  readiness: string | null;
  /** The protocol's warning signs under the words of their level, most urgent first. */
  warningSigns: SignGroup[];
  /** Where to get help: a crisis line, a free interpreter, reporting a side effect. */
  support: SupportLine[];
  /** Good results and harms as the studies counted them; null when the protocol has no sourced numbers. */
  studyNumbers: StudyNumbersPlan | null;
}

/** The one decision of what the handout says, for the review step and the PDF alike. */
export function planHandout({
  patient,
  protocol,
  lessons,
  language,
  today,
  t,
  text,
  crisisLine,
  typed,
}: HandoutPlanInput): HandoutPlan {
  const { keyDates } = patient;
  const keyDateLabel = keyDateLabeller(protocol.keyDates, text);
  const testNames = new Map(protocol.tests.map((test) => [test.id, text(test.name)]));
  const when = (step: TimedStep) => {
    const { rule, due } = describeWhen(step, { keyDates, today }, keyDateLabel, t, language);
    return [rule, ...(due ? [due.text] : [])];
  };
  // Until the person picks from the protocol's questions, all of them are offered, so the handout never goes without.
  const allOffered = patient.questions.chosen.length === 0 && protocol.questions.length > 0;
  const chosen = allOffered ? protocol.questions.map((q) => q.id) : patient.questions.chosen;

  return {
    timeline: timelineItems(protocol, patient, today, t, text),
    keyDates: protocol.keyDates.map((d) => {
      const date = ownValue(keyDates, d.id);
      return {
        id: d.id,
        text: t('handout:keyDate', {
          keyDate: text(d.label),
          date: date ? formatCalendarDate(date, language) : t('checklist:keyDates.unknown'),
        }),
      };
    }),
    dateNotes: dateNotes(protocol, patient, today).map((note) => ({
      id: note.id,
      whose:
        note.subject.kind === 'test'
          ? (testNames.get(note.subject.id) ?? note.subject.id)
          : t('checklist:dateNotes.keyDateField', { keyDate: keyDateLabel(note.subject.id) }),
      text: describeDateNote(note, keyDateLabel, t, language),
    })),
    tests: protocol.tests.map((test) => {
      const progress = ownValue(patient.tests, test.id);
      const done = progress?.status === 'done';
      // A test already done needs no reminder of when it was due.
      return {
        id: test.id,
        text: text(test.name),
        status: describeTestProgress(progress, language, t) ?? t('checklist:progress.not-yet'),
        done,
        details: test.timing && !done ? when({ kind: 'test', timing: test.timing }) : [],
      };
    }),
    medicineRules: protocol.medications.map((rule) => ({
      id: rule.id,
      text: medicineRuleText(rule, t, text),
      details: [
        ...when({ kind: 'medicinePause', action: rule.action, timing: rule.timing }),
        text(rule.resume),
      ],
    })),
    ownMedicines: ownMedicineNotes(patient.medicines, protocol.medications, t, text),
    health: healthItemsFor(protocol).flatMap((id) => {
      const answer = patient.healthHistory[id];
      if (answer !== 'yes' && answer !== 'not-sure') return [];
      return [
        {
          id,
          text: t(`checklist:health.items.${id}.topic`),
          answer: t(answer === 'yes' ? 'handout:healthYes' : 'handout:healthNotSure'),
        },
      ];
    }),
    questions: {
      ...questionList(
        protocol.questions,
        lessons,
        { questions: { ...patient.questions, chosen }, flagged: patient.flagged },
        text,
        t,
      ),
      allOffered,
    },
    reviewTopics: lessons.flatMap((lesson) =>
      lesson.sections
        .filter((section) =>
          lesson.checks.some(
            (check) =>
              check.sectionId === section.id &&
              ownValue(patient.comprehension, check.id)?.understood === false,
          ),
        )
        .map((section) => ({
          id: section.id,
          text: t('handout:reviewTopic', {
            part: text(section.heading),
            lesson: text(lesson.title),
          }),
          details: [text(section.summary), t('handout:reviewMissed')],
        })),
    ),
    worries: patient.worries.trim(),
    readiness: patient.readiness ? t(`handout:readiness.${patient.readiness}`) : null,
    warningSigns: signGroups(protocol.afterTreatment.warningSigns.map(resolveSign), t, text),
    support: supportLines(crisisLine, t, typed),
    studyNumbers: planStudyNumbers(protocol.studyNumbers, language, t, text, typed),
  };
}
