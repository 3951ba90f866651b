import { lessonsForProtocol } from '@shared/content/lessons-for-protocol';
import type { Translate } from '@shared/i18n/i18n-setup';
import type { SecondLanguage } from '@shared/handout/second-language';
import type { Language } from '@shared/i18n/languages';
import type { Protocol } from '@shared/protocol/protocol';
import type { ClinicSettings } from '@shared/schemas/clinic-settings';
import type { HandoutPatient } from '@shared/schemas/session';
import { contentHash } from '../protocol/content-hash';
import type { ShippedContent } from '../content/shipped-content';
import { buildHandoutContent, type HandoutContent } from './handout-content';
import type { Paper } from '@shared/schemas/paper';
import { renderHandout, type RenderedHandout } from './render-handout';

export interface HandoutRequest {
  protocol: Protocol;
  patient: HandoutPatient;
  language: Language;
  clinic: ClinicSettings;
  paper: Paper;
  largePrint: boolean;
  preparedAt: Date;
  /** A bilingual handout's second language: each paragraph followed by its translation (bilingual-layout.ts). */
  secondLanguage?: SecondLanguage;
}

export interface HandoutDeps extends ShippedContent {
  translatorFor: (language: Language) => Translate;
  fontsDir: string;
}

/** What the handout says, before it is laid out: also what the benchmark gives the other PDF makers. */
export function handoutContentFor(request: HandoutRequest, deps: HandoutDeps): HandoutContent {
  const { protocol, secondLanguage } = request;
  const input = {
    ...request,
    contentHash: contentHash(protocol),
    glossary: deps.glossary,
    lessons: lessonsForProtocol(deps.lessons, protocol, request.patient.role),
  };
  const first = buildHandoutContent({ ...input, t: deps.translatorFor(request.language) });
  if (!secondLanguage) return first;
  // The same functions in the second language, explaining the first's hard words, so both glossaries pair.
  return {
    ...first,
    translation: buildHandoutContent({
      ...input,
      language: secondLanguage,
      t: deps.translatorFor(secondLanguage),
      terms: first.terms,
    }),
  };
}

/** One handout from start to finish: the same path for the app, the headless command and the benchmark. */
export function makeHandout(request: HandoutRequest, deps: HandoutDeps): Promise<RenderedHandout> {
  const { paper, largePrint, preparedAt } = request;
  return renderHandout(handoutContentFor(request, deps), {
    fontsDir: deps.fontsDir,
    paper,
    largePrint,
    createdAt: preparedAt,
  });
}
