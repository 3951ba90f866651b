import type { Protocol } from '../../../shared/protocol/protocol';
import type { LocalizedText } from '../../../shared/schemas/localized-text';
import type { PatientSession } from '../../../shared/schemas/session';

/** The questions the patient has on their list: those picked from the bank, in its order, then their own. */
export function pickedQuestions(protocol: Protocol, { chosen, own }: PatientSession['questions'], text: (value: LocalizedText) => string): { id: string; text: string }[] {
  return [...protocol.questions.filter((q) => chosen.includes(q.id)).map((q) => ({ id: q.id, text: text(q.text) })), ...own];
}
