// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HandoutOptions } from '@shared/contract/api-contract';
import { createRendererI18n } from '../../../../src/renderer/src/i18n/renderer-i18n';
import { HandoutStep } from '../../../../src/renderer/src/steps/HandoutStep';
import { LANGUAGES, type Language } from '@shared/i18n/languages';
import { emptySession, type PatientSession } from '@shared/schemas/session';

/** What the page asked main for: each handout's options, answered at once with one page (pdf.js is not here). */
const main = vi.hoisted(() => ({ asked: [] as HandoutOptions[] }));
vi.mock('../../../../src/renderer/src/handout/handout-previews', async () => {
  const { createPreviewSource } =
    await import('../../../../src/renderer/src/handout/preview-source');
  return {
    handoutPreviews: createPreviewSource({
      make: async (options: HandoutOptions) => {
        main.asked.push(options);
        return { pdfBase64: '', paper: 'letter', pageCount: 1 };
      },
      open: async () => ({
        pdf: null,
        firstPage: Promise.resolve(document.createElement('canvas')),
        close: async () => undefined,
      }),
      close: () => undefined,
    }),
  };
});
vi.mock('../../../../src/renderer/src/handout/pdf-pages', () => ({
  drawPage: async () => undefined,
  screenPixelsPerPoint: () => 1,
}));

afterEach(() => {
  cleanup();
  main.asked.length = 0;
});

const settled = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

async function drawStep(language: Language) {
  const i18n = await createRendererI18n(language);
  const session: PatientSession = {
    ...emptySession(language),
    role: 'patient',
    firstName: 'Ana',
    protocolId: 'example-car-t',
    step: 'handout',
  };
  render(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(HandoutStep, { current: 9, total: 9, kiosk: false, session, deleting: null }),
    ),
  );
  await settled();
  return {
    i18n,
    choice: screen.getByRole<HTMLSelectElement>('combobox', {
      name: i18n.t('handout.secondLanguage'),
    }),
  };
}

describe("the handout step's second language", () => {
  it('offers English beside Spanish at first, and makes that handout', async () => {
    const { choice } = await drawStep('es');
    expect(choice.value).toBe('en');
    expect(main.asked.at(-1)).toEqual({ largePrint: false, secondLanguage: 'en' });
  });

  it('offers none beside English, and every other language by its own name, never English itself', async () => {
    const { choice, i18n } = await drawStep('en');
    expect(choice.value).toBe('none');
    expect(main.asked.at(-1)).toEqual({ largePrint: false, secondLanguage: null });
    const options = [...choice.options];
    expect(options.map((option) => option.value)).toEqual([
      'none',
      ...LANGUAGES.filter((l) => l !== 'en'),
    ]);
    expect(options.find((option) => option.value === 'ar')?.getAttribute('dir')).toBe('rtl');
    expect(options.find((option) => option.value === 'vi')?.textContent).toBe(
      i18n.getFixedT('vi')('languageName'),
    );
  });

  it('makes the handout again in the language chosen, and in one language when none is chosen', async () => {
    const { choice } = await drawStep('ar');
    await userEvent.selectOptions(choice, 'es');
    await settled();
    expect(main.asked.at(-1)).toEqual({ largePrint: false, secondLanguage: 'es' });
    await userEvent.selectOptions(choice, 'none');
    await settled();
    expect(main.asked.at(-1)).toEqual({ largePrint: false, secondLanguage: null });
  });
});
