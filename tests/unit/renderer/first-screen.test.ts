// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { API_NAMES, BRIDGE_GLOBAL, type ApiName } from '@shared/contract/api-contract';
import { appUnderTest } from '../../support/app-under-test';
import { renderApp } from './app/app-with-main';
import { localeText } from '../../support/locale-text';
import { makeTempDir } from '../../support/temp-dir';

// The handout step's pdf.js page drawing (a worker the test environment cannot load) is not on these screens.
vi.mock('../../../src/renderer/src/handout/pdf-pages', () => ({
  drawPage: async () => undefined,
  screenPixelsPerPoint: () => 1,
}));

type Main = Awaited<ReturnType<typeof appUnderTest>>;

/**
 * Gives the page a bridge to main's real services whose answers to `held` calls wait until released, as a main
 * slow to read the lessons would make them wait.
 */
function bridgeHolding(main: Main, held: ReadonlySet<ApiName>) {
  let releaseAll: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (releaseAll = resolve));
  const answer = async (name: ApiName, input: unknown) => {
    if (held.has(name)) await released;
    return main.call(name, input as never);
  };
  Object.assign(window, {
    [BRIDGE_GLOBAL]: Object.fromEntries(
      API_NAMES.map((name) => [name, (input: unknown) => answer(name, input)]),
    ),
  });
  return { release: () => releaseAll() };
}

const temp = makeTempDir();
afterEach(() => {
  cleanup();
  document.body.replaceChildren();
  Reflect.deleteProperty(window, BRIDGE_GLOBAL);
});

const LATER = new Set<ApiName>(['listLessons', 'listGlossary']);
const heading = (key: string) => ({ level: 1, name: localeText('en', 'app', key) });
// Only a bound on a hang: a busy machine may take seconds to draw the first screen.
const WAIT = { timeout: 30_000 };

describe("the app's first screen", () => {
  it('is drawn while main has not yet answered for the lessons and the glossary, which it does not show', async () => {
    const main = await appUnderTest(`${temp.dir}/first`, `${temp.dir}/first-saved`);
    const { release } = bridgeHolding(main, LATER);
    document.body.innerHTML = '<div id="root"></div>';
    // The renderer's entry itself, as the page loads it.
    await import('../../../src/renderer/src/main');
    expect(await screen.findByRole('heading', heading('welcome.heading'), WAIT)).toBeDefined();
    release();
  });

  it('reopened on the lessons step, shows the lessons once main has answered for them', async () => {
    const main = await appUnderTest(`${temp.dir}/learn`, `${temp.dir}/learn-saved`);
    await main.call('updateSession', {
      role: 'patient',
      firstName: 'Zoë',
      protocolId: 'example-sma-aav9',
      step: 'learn',
    });
    const { release } = bridgeHolding(main, LATER);
    await renderApp(main);
    // The header is up at once; the step waits for what it reads.
    expect(
      await screen.findByRole('button', { name: localeText('en', 'clinician', 'nav.enter') }, WAIT),
    ).toBeDefined();
    expect(screen.queryByRole('heading', heading('learn.heading'))).toBeNull();
    release();
    expect(await screen.findByRole('heading', heading('learn.heading'), WAIT)).toBeDefined();
  });
});
