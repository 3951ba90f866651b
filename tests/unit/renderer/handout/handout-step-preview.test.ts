// @vitest-environment happy-dom
import { act, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createRendererI18n } from '../../../../src/renderer/src/i18n/renderer-i18n';
import { HandoutStep } from '../../../../src/renderer/src/steps/HandoutStep';
import type { HandoutPreview } from '@shared/schemas/handout-preview';
import { emptySession, type PatientSession } from '@shared/schemas/session';

/** Main's handouts, each made when the test says, with as many pages as the test says (pdf.js is not here). */
const main = vi.hoisted(() => ({ waiting: [] as Array<(made: { pageCount: number }) => void> }));
vi.mock('../../../../src/renderer/src/handout/handout-previews', async () => {
  const { createPreviewSource } =
    await import('../../../../src/renderer/src/handout/preview-source');
  return {
    handoutPreviews: createPreviewSource({
      make: () =>
        new Promise<HandoutPreview>((resolve) =>
          main.waiting.push(({ pageCount }) =>
            resolve({ pdfBase64: '', paper: 'letter', pageCount }),
          ),
        ),
      open: async () => ({
        pdf: null,
        firstPage: Promise.resolve(document.createElement('canvas')),
        close: async () => undefined,
      }),
      close: () => undefined,
    }),
  };
});

// Later pages are drawn as they come into view; none is drawn here.
vi.mock('../../../../src/renderer/src/handout/pdf-pages', () => ({
  drawPage: async () => undefined,
  screenPixelsPerPoint: () => 1,
}));

const settled = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
async function mainMakes(pageCount: number) {
  await settled();
  main.waiting.shift()?.({ pageCount });
  await settled();
}

const i18n = await createRendererI18n('en');
const step = (session: PatientSession) =>
  createElement(
    I18nextProvider,
    { i18n },
    createElement(HandoutStep, { current: 9, total: 9, kiosk: false, session, deleting: null }),
  );
const pages = () => screen.queryAllByRole('img', { name: /of your handout$/ });

describe('the handout step', () => {
  it('never shows a preview made for answers that have changed since, while the new one is made', async () => {
    const before: PatientSession = {
      ...emptySession('en'),
      role: 'patient',
      firstName: 'Ana',
      protocolId: 'example-car-t',
      step: 'handout',
    };
    const view = render(step(before));
    await mainMakes(2);
    expect(pages()).toHaveLength(2);

    // The language changes on this step: the two pages made before are for answers that are no longer these.
    view.rerender(step({ ...before, language: 'es' }));
    await settled();
    expect(pages()).toHaveLength(0);
    await mainMakes(3);
    expect(pages()).toHaveLength(3);
    view.unmount();
  });
});
