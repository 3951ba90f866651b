import { render, type RenderResult } from '@testing-library/react';
import { createElement, useState, type ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createRendererI18n } from '../../../../src/renderer/src/i18n/renderer-i18n';
import {
  API_NAMES,
  BRIDGE_GLOBAL,
  type ApiInput,
  type ApiName,
  type ApiOutput,
} from '@shared/contract/api-contract';
import type { Language } from '@shared/i18n/languages';
import type { PatientSession, SessionPatch } from '@shared/schemas/session';
import { appUnderTest } from '../../../support/app-under-test';

type Main = Awaited<ReturnType<typeof appUnderTest>>;

/** Main's answer to a call, or the test stops with main's error. */
export async function answerOf<N extends ApiName>(
  main: Main,
  name: N,
  input?: ApiInput<N>,
): Promise<ApiOutput<N>> {
  const result = await main.call(name, input);
  if (!result.ok) throw new Error(`main refused ${name}: ${result.error.message}`);
  return result.value;
}

/** A step of the walkthrough as a function of the session and of how to change it. */
export type StepOf = (
  session: PatientSession,
  onUpdate: (patch: SessionPatch) => void,
) => ReactElement;

/**
 * Main's real services with the session `patch` makes, and the page bridged to them as the preload bridges it.
 * `draw` draws one step in `language`, keeping the session as the app keeps it: each change goes to main, and main's
 * answer is the new session. Drawing again (the same step, or with other props) is coming back to it.
 */
export async function pageWithMain(dataDir: string, language: Language, patch: SessionPatch) {
  const main = await appUnderTest(dataDir, `${dataDir}-saved`);
  Object.assign(window, {
    [BRIDGE_GLOBAL]: Object.fromEntries(
      API_NAMES.map((name) => [name, (input: unknown) => main.call(name, input as never)]),
    ),
  });
  await answerOf(main, 'updateSession', { language, ...patch });
  const i18n = await createRendererI18n(language);
  function Walkthrough({ initial, step }: { initial: PatientSession; step: StepOf }) {
    const [session, setSession] = useState(initial);
    const onUpdate = (change: SessionPatch) =>
      void answerOf(main, 'updateSession', change).then(setSession);
    return step(session, onUpdate);
  }
  let shown: RenderResult | null = null;
  return {
    main,
    async draw(step: StepOf) {
      const session = await answerOf(main, 'getSession');
      shown?.unmount();
      shown = render(
        createElement(
          I18nextProvider,
          { i18n },
          createElement(Walkthrough, { initial: session, step }),
        ),
      );
      return shown;
    },
  };
}

/** Takes the bridge away again, so no other test finds it. */
export function removeBridge(): void {
  Reflect.deleteProperty(window, BRIDGE_GLOBAL);
}
