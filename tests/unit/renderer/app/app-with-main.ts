import { render } from '@testing-library/react';
import { createElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../../../src/renderer/src/app/App';
import { createRendererI18n } from '../../../../src/renderer/src/i18n/renderer-i18n';
import { API_NAMES, BRIDGE_GLOBAL, type ApiName } from '@shared/contract/api-contract';
import type { appUnderTest } from '../../../support/app-under-test';

type Main = Awaited<ReturnType<typeof appUnderTest>>;

/** Gives the page a bridge to main's real services, where the preload gives it Electron's. */
export function bridgeTo(main: Main): void {
  Object.assign(window, {
    [BRIDGE_GLOBAL]: Object.fromEntries(
      API_NAMES.map((name: ApiName) => [name, (input: unknown) => main.call(name, input as never)]),
    ),
  });
}

/** The app in English as the page starts it, on whatever bridge the page has: main's first answers, then App. */
export async function renderApp(main: Main): Promise<void> {
  const [startup, session, protocols, crisisLine] = await Promise.all([
    main.call('getStartupInfo'),
    main.call('getSession'),
    main.call('listProtocols'),
    main.call('getCrisisLine'),
  ]);
  if (!startup.ok || !session.ok || !protocols.ok || !crisisLine.ok)
    throw new Error('main did not answer');
  const i18n = await createRendererI18n('en');
  render(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(App, {
        startup: startup.value,
        initialSession: session.value,
        protocols: protocols.value,
        initialCrisisLine: crisisLine.value,
      }),
    ),
  );
}
