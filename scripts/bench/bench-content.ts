import type { Protocol } from '../../src/shared/protocol/protocol';
import type { LocalizedText } from '../../src/shared/schemas/localized-text';

/**
 * Benchmark fixtures only: the same handout made longer (about six pages), and a variant whose protocol text
 * is Chinese, since the app ships no Chinese locale yet. Not shown to anyone.
 */
const CHINESE = [
  '在开始基因治疗之前，请与您的医疗团队讨论您正在服用的所有药物。',
  '治疗后的头几周内，如果出现发烧、发冷或呼吸困难，请立即联系您的团队。',
  '请带上您的药物清单，并按时参加所有随访检查。',
  '有些检查需要在采集细胞之前完成，请向团队询问具体日期。',
];

function chinese(index: number): LocalizedText {
  return { en: CHINESE[index % CHINESE.length] as string };
}

/** Repeats the protocol's items so the handout runs to about six pages. */
export function lengthened(protocol: Protocol, times: number): Protocol {
  const repeat = <T extends { id: string }>(items: readonly T[]) => Array.from({ length: times }, (_, n) => items.map((item) => ({ ...item, id: `${item.id}-${n}` }))).flat();
  return {
    ...protocol,
    tests: repeat(protocol.tests),
    questions: repeat(protocol.questions),
    afterTreatment: { ...protocol.afterTreatment, warningSigns: repeat(protocol.afterTreatment.warningSigns), followUp: repeat(protocol.afterTreatment.followUp) },
  };
}

/** Every patient-facing text of the protocol replaced by Chinese sentences (English key, as the fallback). */
export function inChinese(protocol: Protocol): Protocol {
  let n = 0;
  const swap = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(swap);
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.en === 'string') return chinese((n += 1));
      return Object.fromEntries(Object.entries(record).map(([key, child]) => [key, key === 'source' || key === 'keyDates' ? child : swap(child)]));
    }
    return value;
  };
  return swap(protocol) as Protocol;
}
