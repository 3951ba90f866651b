import path from 'node:path';
import { loadProtocolFolder } from '../../src/main/checklist/example-protocols';
import { contentHash } from '../../src/main/checklist/content-hash';
import { buildHandoutContent, type HandoutContent } from '../../src/main/handout/handout-content';
import type { RenderOptions } from '../../src/main/handout/render-handout';
import { translatorsFrom } from '../../src/main/i18n/translators';
import type { Language } from '../../src/shared/languages';
import { DEFAULT_CLINIC_SETTINGS } from '../../src/shared/schemas/clinic-settings';
import { emptySession, handoutPatientOf } from '../../src/shared/schemas/session';
import { loadShippedContent } from '../../src/main/content/shipped-content';
import { lengthened } from './bench-content';

export const BENCH_CASES = ['latin', 'arabic', 'chinese'] as const;
export type BenchCaseName = (typeof BENCH_CASES)[number];

const LANGUAGE_OF: Record<BenchCaseName, Language> = { latin: 'en', arabic: 'ar', chinese: 'zh' };

const root = path.resolve(import.meta.dirname, '../..');
export const FONTS_DIR = path.join(root, 'resources', 'fonts');

/** The same six-page handout in three scripts. */
export function benchCase(name: BenchCaseName): { content: HandoutContent; options: RenderOptions } {
  const example = loadProtocolFolder(path.join(root, 'resources', 'protocols')).find((p) => p.id === 'example-car-t');
  if (!example) throw new Error('example-car-t missing');
  const language = LANGUAGE_OF[name];
  const protocol = lengthened(example, 3);
  const firstName = { latin: 'Zoë Ñúñez-Łukasz', arabic: 'ليلى', chinese: '李小龙' }[name];
  const preparedAt = new Date('2026-11-22T10:00:00Z');
  const content = buildHandoutContent({
    clinic: { ...DEFAULT_CLINIC_SETTINGS, clinicName: 'Example Clinic', phoneAfterHours: '555-0199' },
    patient: { ...handoutPatientOf(emptySession(language)), firstName, keyDates: { 'cell-collection': '2027-01-11' }, medicines: [{ id: 'm1', name: 'ibuprofen' }] },
    ...loadShippedContent(path.join(root, 'resources')),
    language,
    protocol,
    contentHash: contentHash(protocol),
    preparedAt,
    t: translatorsFrom(path.join(root, 'locales'))(language),
  });
  return { content, options: { fontsDir: FONTS_DIR, paper: 'letter', largePrint: false, createdAt: preparedAt } };
}
