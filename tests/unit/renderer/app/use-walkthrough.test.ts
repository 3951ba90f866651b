// @vitest-environment happy-dom
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWalkthrough } from '../../../../src/renderer/src/app/use-walkthrough';
import { createRendererI18n } from '../../../../src/renderer/src/i18n/renderer-i18n';
import { API_NAMES, BRIDGE_GLOBAL, type ApiName } from '@shared/contract/api-contract';
import type { PatientSession } from '@shared/schemas/session';
import { appUnderTest } from '../../../support/app-under-test';
import { localeText } from '../../../support/locale-text';
import { makeTempDir } from '../../../support/temp-dir';

const temp = makeTempDir();
afterEach(() => {
  cleanup();
  Reflect.deleteProperty(window, BRIDGE_GLOBAL);
});

/** The walkthrough's state on a bridge to main's real services, from the session main has after `answers`. */
async function walkthrough(answers: Partial<PatientSession> = {}) {
  const dataDir = path.join(temp.dir, String(Math.random()).slice(2));
  mkdirSync(dataDir, { recursive: true });
  const main = await appUnderTest(dataDir, dataDir);
  Object.assign(window, {
    [BRIDGE_GLOBAL]: Object.fromEntries(
      API_NAMES.map((name: ApiName) => [name, (input: unknown) => main.call(name, input as never)]),
    ),
  });
  if (Object.keys(answers).length > 0) await main.call('updateSession', answers);
  const session = await main.call('getSession');
  if (!session.ok) throw new Error('main did not answer');
  const i18n = await createRendererI18n('en');
  const onError = vi.fn();
  const wrapper = ({ children }: { children: ReactNode }) =>
    createElement(I18nextProvider, { i18n }, children);
  const { result } = renderHook(() => useWalkthrough(session.value, onError), { wrapper });
  /** What main has of the answers now. */
  const mainSession = async () => {
    const answer = await main.call('getSession');
    if (!answer.ok) throw new Error('main did not answer');
    return answer.value;
  };
  return { result, onError, mainSession };
}

const READY = { role: 'patient', protocolId: 'example-car-t', firstName: 'Ana' } as const;

describe("the walkthrough's state", () => {
  it('opens on the welcome step for a new patient, and on the saved step once the therapy and reader are known', async () => {
    expect((await walkthrough()).result.current.step).toBe('welcome');
    expect((await walkthrough({ step: 'health' })).result.current.step).toBe('welcome');
    expect((await walkthrough({ ...READY, step: 'health' })).result.current.step).toBe('health');
  });

  it('writes each move to main with the answers, but not where it opened', async () => {
    const unready = await walkthrough({ step: 'health' });
    await act(async () => undefined);
    expect(unready.result.current.step).toBe('welcome');
    expect((await unready.mainSession()).step).toBe('health');
    const { result, mainSession } = await walkthrough({ ...READY, step: 'health' });
    act(() => result.current.setStep('questions'));
    await waitFor(async () => expect((await mainSession()).step).toBe('questions'));
    await waitFor(() => expect(result.current.session.step).toBe('questions'));
  });

  it('goes back one step at a time, into the lessons at their end, with no way back from the first', async () => {
    const { result } = await walkthrough(READY);
    expect(result.current.position('welcome')).toMatchObject({
      current: 1,
      total: 9,
      onBack: undefined,
    });
    act(() => result.current.position('health').onBack?.());
    expect(result.current.step).toBe('checklist');
    act(() => result.current.position('checklist').onBack?.());
    expect(result.current.step).toBe('learn');
    expect(result.current.learnEntry).toEqual({ at: 'end' });
  });

  it('leads a detour from the review back there, saying so on its "next"', async () => {
    const { result } = await walkthrough(READY);
    act(() => result.current.setStep('review'));
    act(() => result.current.visit('learn', 'review', { at: 'section', id: 'side-effects' }));
    expect(result.current.step).toBe('learn');
    expect(result.current.learnEntry).toEqual({ at: 'section', id: 'side-effects' });
    expect(result.current.position('learn').nextLabel).toBe(localeText('en', 'app', 'review.back'));
    const onward = vi.fn();
    act(() => result.current.goOn(onward)());
    expect(onward).not.toHaveBeenCalled();
    expect(result.current.step).toBe('review');
    expect(result.current.position('review').nextLabel).toBeUndefined();
    act(() => result.current.goOn(onward)());
    expect(onward).toHaveBeenCalledOnce();
  });

  it("shows an answer at once, keeps main's copy, and undoes one main refuses, saying why", async () => {
    const { result, onError, mainSession } = await walkthrough(READY);
    let saved = false;
    await act(async () => {
      saved = await result.current.update({ firstName: 'Ana María' });
    });
    expect(saved).toBe(true);
    expect(result.current.session.firstName).toBe('Ana María');
    expect((await mainSession()).firstName).toBe('Ana María');
    await act(async () => {
      saved = await result.current.update({ protocolId: 'no-such-therapy' });
    });
    expect(saved).toBe(false);
    expect(result.current.session.protocolId).toBe('example-car-t');
    expect(onError).toHaveBeenLastCalledWith(expect.objectContaining({ code: 'not-found' }));
  });
});
