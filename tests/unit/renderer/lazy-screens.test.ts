// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppErrorBoundary } from '../../../src/renderer/src/app/AppErrorBoundary';
import { lazyScreen } from '../../../src/renderer/src/app/lazy-screens';
import { createRendererI18n } from '../../../src/renderer/src/i18n/renderer-i18n';
import { localeText } from '../../support/locale-text';

afterEach(cleanup);

// Only a bound on a hang: a busy machine may take seconds to draw.
const WAIT = { timeout: 30_000 };

async function drawInKiosk(screenToDraw: ReturnType<typeof lazyScreen<object>>) {
  const i18n = await createRendererI18n('en');
  const drawn = createElement(screenToDraw, {});
  render(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(AppErrorBoundary, {
        kiosk: true,
        onTryAgain: () => undefined,
        children: drawn,
      }),
    ),
  );
}

describe('a screen whose code loads when it is shown', () => {
  it('says it is on its way, then shows the screen', async () => {
    let arrive: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    await drawInKiosk(
      lazyScreen(async () => (await arrived, () => createElement('h1', null, 'Loaded'))),
    );
    expect(screen.getByRole('status').textContent).toBe(localeText('en', 'app', 'loading'));
    arrive();
    expect(await screen.findByRole('heading', { name: 'Loaded' }, WAIT)).toBeDefined();
  });

  it('whose code cannot load, fails closed: the broken screen, with the way to finish in a kiosk, never a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await drawInKiosk(lazyScreen(() => Promise.reject(new Error('the chunk could not be read'))));
    expect(
      await screen.findByRole('heading', { name: localeText('en', 'app', 'broken.heading') }, WAIT),
    ).toBeDefined();
    expect(
      screen.getByRole('button', { name: localeText('en', 'app', 'kiosk.finish') }),
    ).toBeDefined();
    vi.restoreAllMocks();
  });
});
