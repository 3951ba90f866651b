import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry } from '@shared/content/glossary';
import { termUses } from '@shared/content/terms-used';
import { textDirection } from '@shared/i18n/languages';
import { resolveText, type LocalizedText as Text } from '@shared/schemas/localized-text';
import { useLanguage } from '../i18n/use-language';
import { useVoice } from '../i18n/voice';
import { LocalizedText } from './LocalizedText';
import { InlineWarningSigns } from './WarningSignGroups';

/** A hard word in running text: pressing it opens its plain-words explanation (a native popover: Escape or a press outside closes it). */
function Term({ word, entry }: { word: string; entry: GlossaryEntry }) {
  const { t } = useTranslation();
  const id = useId();
  const nameId = useId();
  return (
    <>
      <button type="button" className="term" popoverTarget={id}>
        {word}
        <span className="visually-hidden"> ({t('learn.explainWord')})</span>
      </button>
      <span id={id} popover="auto" role="dialog" aria-labelledby={nameId} className="term-popover">
        <strong id={nameId} className="term-name">
          <LocalizedText text={entry.term} />
        </strong>{' '}
        <LocalizedText text={entry.definition} />
        {entry.warningSigns && <InlineWarningSigns ids={entry.warningSigns} />}{' '}
        <button type="button" className="secondary" popoverTarget={id} popoverTargetAction="hide">
          {t('learn.closeWord')}
        </button>
      </span>
    </>
  );
}

/** Lesson text in the reader's language, with each hard word the glossary explains opening its explanation, at its first use. */
export function GlossaryText({
  text,
  glossary,
}: {
  text: Text;
  glossary: readonly GlossaryEntry[];
}) {
  const wanted = useLanguage();
  const resolved = resolveText(text, wanted, useVoice());
  const value = resolved.text.normalize('NFC');
  const uses = termUses(glossary, resolved.language, value);
  const parts = uses.map((use, index) => (
    <Fragment key={use.entry.id}>
      {value.slice(uses[index - 1]?.end ?? 0, use.start)}
      <Term word={value.slice(use.start, use.end)} entry={use.entry} />
    </Fragment>
  ));
  const content = (
    <>
      {parts}
      {value.slice(uses.at(-1)?.end ?? 0)}
    </>
  );
  if (resolved.language === wanted) return content;
  return (
    <span lang={resolved.language} dir={textDirection(resolved.language)}>
      {content}
    </span>
  );
}
