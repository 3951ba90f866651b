// @vitest-environment happy-dom
import path from 'node:path';
import { act, cleanup, renderHook } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePatientSession } from '../../../../src/renderer/src/app/use-patient-session';
import { createRendererI18n } from '../../../../src/renderer/src/i18n/renderer-i18n';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { BRIDGE_GLOBAL } from '@shared/contract/api-contract';
import { emptySession } from '@shared/schemas/session';
import { localeText } from '../../../support/locale-text';

const [protocol] = loadProtocolFolder(path.resolve('resources/protocols'));

afterEach(() => {
  cleanup();
  Reflect.deleteProperty(window, BRIDGE_GLOBAL);
});

/** Opens a plan whose clinic is named `clinicName` ('' when the clinic gave none) and returns what the page says. */
async function messageForPlanFrom(clinicName: string) {
  if (!protocol) throw new Error('no shipped protocol');
  const session = {
    ...emptySession('en'),
    plan: { createdAt: '2026-12-01T10:00:00.000Z', clinicName, protocol },
  };
  // Main's answer to the file dialog and the plan's checks, as the page receives it.
  Object.assign(window, {
    [BRIDGE_GLOBAL]: {
      openPatientPlan: () => ({ ok: true, value: { outcome: 'opened', session } }),
    },
  });
  const setSession = vi.fn();
  const i18n = await createRendererI18n('en');
  const wrapper = ({ children }: { children: ReactNode }) =>
    createElement(I18nextProvider, { i18n }, children);
  const { result } = renderHook(
    () =>
      usePatientSession(
        { mode: 'home', storage: 'protected', saving: true },
        setSession,
        vi.fn(),
        vi.fn(),
      ),
    { wrapper },
  );
  await act(() => result.current.openPlan());
  expect(setSession).toHaveBeenCalledWith(session);
  return result.current.planMessage;
}

describe('opening a plan from the care team', () => {
  it('names the clinic the plan comes from', async () => {
    expect(await messageForPlanFrom('North Clinic')).toBe(
      localeText('en', 'app', 'plan.openedFrom', { clinic: 'North Clinic' }),
    );
  });

  it('says "your care team" when the clinic gave no name, never an empty name', async () => {
    expect(await messageForPlanFrom('')).toBe(localeText('en', 'app', 'plan.opened'));
  });
});
