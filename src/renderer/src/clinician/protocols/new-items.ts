import type { Protocol } from '@shared/protocol/protocol';
import type { FollowUp, LifestyleRule, WarningSign } from '@shared/protocol/after-treatment';
import type { MedicationRule, PreparationTest, Question } from '@shared/protocol/preparation';
import type { StudyNumber } from '@shared/protocol/study-numbers';
import type { Source } from '@shared/schemas/source';
import type { Timing } from '@shared/schemas/timing';
import { WARNING_SIGNS } from '@shared/warning-signs/warning-sign-catalog';

/** Starting points for new items in the editor: every required field present, texts empty for the clinic to fill. */
const today = () => new Date().toISOString().slice(0, 10);
const source = (): Source => ({
  kind: 'secondary',
  citation: '',
  secondaryReason: '',
  checkedOn: today(),
});
const empty = { en: '' };
let counter = 0;
const newId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`;

export const newItem = {
  /** A test's first timing: a deadline on the key date itself ("before the infusion"), the commonest. */
  timing: (keyDate: string): Timing => ({
    kind: 'by',
    amount: 0,
    unit: 'days',
    relation: 'before',
    keyDate,
  }),
  keyDate: (): Protocol['keyDates'][number] => ({ id: newId('date'), label: { ...empty } }),
  test: (keyDate: string): PreparationTest => ({
    id: newId('test'),
    category: 'blood',
    name: { ...empty },
    why: { ...empty },
    timing: newItem.timing(keyDate),
    source: source(),
  }),
  medication: (keyDate: string): MedicationRule => ({
    id: newId('medicine'),
    medicine: { ...empty },
    matchNames: [],
    action: 'pause',
    timing: { kind: 'by', amount: 1, unit: 'weeks', relation: 'before', keyDate },
    resume: { ...empty },
    why: { ...empty },
    source: source(),
  }),
  question: (): Question => ({
    id: newId('question'),
    text: { ...empty },
    topic: 'deciding',
    stage: 'deciding',
    source: source(),
  }),
  /** A sign from the shipped list this protocol does not name yet; the clinic's own when it names them all. */
  warningSign: (named: readonly WarningSign[]): WarningSign => {
    const unused = [...WARNING_SIGNS.keys()].find((id) => !named.some((sign) => sign.id === id));
    return unused
      ? { kind: 'listed', id: unused, when: null }
      : {
          kind: 'own',
          id: newId('sign'),
          sign: { ...empty },
          level: 'call-team-now',
          when: null,
          source: source(),
        };
  },
  contact: () => ({ id: newId('contact'), who: { ...empty }, forWhat: { ...empty } }),
  lifestyle: (): LifestyleRule => ({
    id: newId('rule'),
    rule: { ...empty },
    why: { ...empty },
    duration: { kind: 'until-team-says' },
    source: source(),
  }),
  followUp: (keyDate: string): FollowUp => ({
    id: newId('follow-up'),
    what: { ...empty },
    every: { amount: 1, unit: 'months' },
    lasting: { amount: 1, unit: 'years' },
    keyDate,
    source: source(),
  }),
  /** Counts left at zero of one, so the clinic types both from the study rather than keeping a made-up number. */
  studyNumber: (): StudyNumber => ({
    id: newId('number'),
    effect: 'benefit',
    result: { ...empty },
    group: { ...empty },
    count: 0,
    outOf: 1,
    source: source(),
  }),
};
