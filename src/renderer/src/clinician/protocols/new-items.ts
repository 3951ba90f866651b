import type { Protocol } from '../../../../shared/protocol/protocol';
import type { FollowUp, LifestyleRule, WarningSign } from '../../../../shared/protocol/after-treatment';
import type { MedicationRule, PreparationTest, Question } from '../../../../shared/protocol/preparation';
import type { Source } from '../../../../shared/schemas/source';

/** Starting points for new items in the editor: every required field present, texts empty for the clinic to fill. */
const today = () => new Date().toISOString().slice(0, 10);
const source = (): Source => ({ kind: 'secondary', citation: '', secondaryReason: '', checkedOn: today() });
const empty = { en: '' };
let counter = 0;
const newId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`;

export const newItem = {
  keyDate: (): Protocol['keyDates'][number] => ({ id: newId('date'), label: { ...empty } }),
  test: (keyDate: string): PreparationTest => ({
    id: newId('test'),
    category: 'blood',
    name: { ...empty },
    why: { ...empty },
    timing: { amount: 0, unit: 'days', relation: 'before', keyDate, atLeast: true },
    source: source(),
  }),
  medication: (keyDate: string): MedicationRule => ({
    id: newId('medicine'),
    medicine: { ...empty },
    matchNames: [],
    action: 'pause',
    timing: { amount: 1, unit: 'weeks', relation: 'before', keyDate, atLeast: true },
    resume: { ...empty },
    why: { ...empty },
    source: source(),
  }),
  question: (): Question => ({ id: newId('question'), text: { ...empty }, topic: 'deciding', stage: 'deciding', source: source() }),
  warningSign: (): WarningSign => ({ id: newId('sign'), sign: { ...empty }, urgency: 'call-team', when: null, source: source() }),
  contact: () => ({ id: newId('contact'), who: { ...empty }, forWhat: { ...empty } }),
  lifestyle: (): LifestyleRule => ({ id: newId('rule'), rule: { ...empty }, why: { ...empty }, duration: { kind: 'until-team-says' }, source: source() }),
  followUp: (keyDate: string): FollowUp => ({
    id: newId('follow-up'),
    what: { ...empty },
    every: { amount: 1, unit: 'months' },
    lasting: { amount: 1, unit: 'years' },
    keyDate,
    source: source(),
  }),
};
