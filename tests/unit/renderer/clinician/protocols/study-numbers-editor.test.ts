import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../../src/main/protocol/example-protocols';
import { translatorsFrom } from '../../../../../src/main/i18n/translators';
import { StudyNumbersSection } from '../../../../../src/renderer/src/clinician/protocols/StudyNumbersSection';
import {
  studyCountPreview,
  withStudyNumbers,
} from '../../../../../src/renderer/src/clinician/protocols/study-number-edits';
import { createRendererI18n } from '../../../../../src/renderer/src/i18n/renderer-i18n';
import { planStudyNumbers } from '@shared/handout/study-numbers-plan';
import { ProtocolSchema, type Protocol } from '@shared/protocol/protocol';
import { StudyNumberSchema } from '@shared/protocol/study-numbers';
import { resolveText } from '@shared/schemas/localized-text';

const examples = loadProtocolFolder(path.resolve('resources/protocols'));
const sickleCell = examples.find((p) => p.id === 'example-sickle-cell-crispr')!;
const carT = examples.find((p) => p.id === 'example-car-t')!;
const [number] = sickleCell.studyNumbers!;
const t = translatorsFrom(path.resolve('locales'))('en');

/** The editor's part on the numbers as staff see it, in English. */
const english = await createRendererI18n('en');
const editorShowing = (draft: Protocol) =>
  renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n: english },
      createElement(StudyNumbersSection, { draft, onChange: () => undefined }),
    ),
  );

describe('the clinic editor for the numbers from the studies', () => {
  it('shows each number with its fields and the words patients will read for it, the words the checklist shows', () => {
    const markup = editorShowing(sickleCell);
    const patientsRead = planStudyNumbers(
      sickleCell.studyNumbers,
      'en',
      t,
      (value) => resolveText(value, 'en').text,
    )!.sides[0].items[0]!.details[0]!;
    expect(patientsRead).toBe('29 of 31 people in the study (about 94 out of 100)');
    expect(markup).toContain(`Patients read: ${patientsRead}`);
    for (const label of ['count', 'outOf', 'result', 'group', 'effect'])
      expect(markup).toContain(`>${t(`clinician:fields.${label}`)}<`);
    expect(markup).toContain('value="29"');
    expect(markup).toContain('value="31"');
  });

  it('shows no words for patients while the count is one the protocol could not be saved with', () => {
    const markup = editorShowing({ ...sickleCell, studyNumbers: [{ ...number!, count: 40 }] });
    expect(markup).not.toContain('Patients read:');
    expect(markup).toContain('value="40"');
  });

  it('words a count for patients exactly when the protocol would take it', () => {
    // Number("") is 0 and Number("abc") NaN: what the number fields give for a cleared or mistyped entry.
    const counts = [
      [29, 31],
      [0, 31],
      [31, 31],
      [40, 31],
      [2.5, 10],
      [3, 0],
      [Number('abc'), 31],
      [-1, 31],
    ] as const;
    for (const [count, outOf] of counts) {
      const preview = studyCountPreview({ count, outOf }, t);
      expect(preview !== null, `${count} of ${outOf}`).toBe(
        StudyNumberSchema.safeParse({ ...number, count, outOf }).success,
      );
    }
    expect(studyCountPreview({ count: 0, outOf: 31 }, t)).toBe(
      '0 of 31 people in the study (0 out of 100)',
    );
    expect(studyCountPreview({ count: 40, outOf: 31 }, t)).toBeNull();
  });

  it('leaves a protocol whose last number is removed as one that never had numbers, and a valid one', () => {
    const removed = withStudyNumbers(sickleCell, []);
    expect('studyNumbers' in removed).toBe(false);
    expect(ProtocolSchema.safeParse(removed).success).toBe(true);
    expect(withStudyNumbers(withStudyNumbers(carT, [number!]), [])).toEqual(carT);
    expect(withStudyNumbers(carT, [number!]).studyNumbers).toEqual([number]);
    expect(editorShowing(carT)).toContain(t('clinician:list.empty'));
  });
});
