// @vitest-environment happy-dom
import path from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { ReviewStep } from '../../../../src/renderer/src/steps/ReviewStep';
import { createRendererI18n } from '../../../../src/renderer/src/i18n/renderer-i18n';
import { VoiceProvider } from '../../../../src/renderer/src/i18n/voice';
import { BRIDGE_GLOBAL, type ApiResult } from '@shared/contract/api-contract';
import { emptySession, type PatientSession } from '@shared/schemas/session';

const sma = loadProtocolFolder(path.resolve('resources/protocols')).find(
  (p) => p.id === 'example-sma-aav9',
)!;
const i18n = await createRendererI18n('en');

/** The bridge main would answer through: the protocol, and the calendar calls it was asked for. */
function bridge(saveCalendar: () => ApiResult<unknown>) {
  const calls: string[] = [];
  const api = {
    getProtocol: async () => ({ ok: true, value: sma }),
    saveCalendar: async () => {
      calls.push('saveCalendar');
      return saveCalendar();
    },
  };
  Object.assign(window, { [BRIDGE_GLOBAL]: api });
  return calls;
}

function reviewStep(kiosk: boolean, keyDates: PatientSession['keyDates']) {
  const session: PatientSession = {
    ...emptySession('en'),
    role: 'patient',
    firstName: 'Zoë',
    protocolId: sma.id,
    keyDates,
  };
  const step = createElement(ReviewStep, {
    session,
    protocols: [],
    lessons: [],
    crisisLine: '',
    kiosk,
    onUpdate: () => {},
    onNext: () => {},
    onChangeWelcome: () => {},
    onReadAgain: () => {},
    current: 8,
    total: 9,
    onBack: () => {},
  });
  return render(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(VoiceProvider, { voice: 'self', children: step }),
    ),
  );
}

afterEach(() => {
  cleanup();
  Reflect.deleteProperty(window, BRIDGE_GLOBAL);
});

describe('"Add to my calendar" on the review', () => {
  it('at home, saves the calendar file through main and says where it went', async () => {
    const calls = bridge(() => ({
      ok: true,
      value: { outcome: 'saved', fileName: 'my-dates.ics' },
    }));
    reviewStep(false, { infusion: '2027-01-04' });
    await userEvent.click(await screen.findByRole('button', { name: 'Add to my calendar' }));
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'Saved as \u2068my-dates.ics\u2069. Open this file to add the dates to your calendar.',
    );
    expect(calls).toEqual(['saveCalendar']);
  });

  it('says so calmly when main could not save it', async () => {
    bridge(() => ({ ok: false, error: { code: 'failed', message: 'disk full' } }));
    reviewStep(false, { infusion: '2027-01-04' });
    await userEvent.click(await screen.findByRole('button', { name: 'Add to my calendar' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'The calendar file could not be saved. Please try again.',
    );
  });

  it('with no date known yet, offers no button and says to enter the dates first', async () => {
    bridge(() => ({ ok: false, error: { code: 'bad-request', message: '' } }));
    reviewStep(false, {});
    expect(
      await screen.findByText(
        'There are no dates to add yet. Enter the dates your care team gave you first.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add to my calendar' })).toBeNull();
  });

  it('is never shown in a kiosk', async () => {
    const calls = bridge(() => ({
      ok: true,
      value: { outcome: 'saved', fileName: 'my-dates.ics' },
    }));
    reviewStep(true, { infusion: '2027-01-04' });
    // The dates are there; the button is not.
    await screen.findByText(/^Date of/);
    expect(screen.queryByRole('button', { name: 'Add to my calendar' })).toBeNull();
    expect(screen.queryByText(/calendar/i)).toBeNull();
    expect(calls).toEqual([]);
  });
});
