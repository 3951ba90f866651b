// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReviewStep } from '../../../../src/renderer/src/steps/ReviewStep';
import { healthItemsFor } from '@shared/walkthrough/health-history';
import type { SessionPatch } from '@shared/schemas/session';
import { BRIDGE_GLOBAL } from '@shared/contract/api-contract';
import { formatCalendarDate } from '@shared/dates/calendar-date';
import { localeText } from '../../../support/locale-text';
import { makeTempDir } from '../../../support/temp-dir';
import { answerOf, pageWithMain, removeBridge } from './step-with-main';

const temp = makeTempDir();
afterEach(() => {
  cleanup();
  removeBridge();
});

// Only a bound on a hang: a busy machine may take seconds to make the review's plan.
const WAIT = { timeout: 30_000 };

/** The review of a patient at home who chose the CAR-T example, drawn with main's real services. */
async function review(name: string, patch: SessionPatch = {}) {
  const page = await pageWithMain(`${temp.dir}/${name}`, 'en', {
    role: 'patient',
    firstName: 'Ana',
    protocolId: 'example-car-t',
    step: 'review',
    ...patch,
  });
  const [protocols, lessons, protocol] = await Promise.all([
    answerOf(page.main, 'listProtocols'),
    answerOf(page.main, 'listLessons', { protocolId: 'example-car-t', role: 'patient' }),
    answerOf(page.main, 'getProtocol', { id: 'example-car-t' }),
  ]);
  const onChangeWelcome = vi.fn();
  const draw = () =>
    page.draw((session, onUpdate) =>
      createElement(ReviewStep, {
        current: 8,
        total: 9,
        session,
        protocols,
        lessons,
        crisisLine: '',
        kiosk: false,
        onUpdate,
        onNext: vi.fn(),
        onChangeWelcome,
        onReadAgain: vi.fn(),
      }),
    );
  await draw();
  /** One part of the review, found by its heading, once the therapy's plan is drawn. */
  const part = async (heading: string) =>
    (await screen.findByRole('heading', { level: 2, name: heading }, WAIT)).closest(
      'section',
    ) as HTMLElement;
  return { main: page.main, draw, part, protocol, onChangeWelcome };
}

const app = (key: string, values?: Record<string, string>) => localeText('en', 'app', key, values);
const checklist = (key: string) => localeText('en', 'checklist', key);

describe('changing an answer from the review', () => {
  it('opens the part in place, keeps the change with main, and shows it in the part when done', async () => {
    const step = await review('health');
    const heading = checklist('health.heading');
    const health = await step.part(heading);
    expect(within(health).getByText(app('review.noHealth'))).toBeDefined();

    await userEvent.click(
      within(health).getByRole('button', { name: app('review.changePart', { part: heading }) }),
    );
    const [item] = healthItemsFor(step.protocol);
    if (!item) throw new Error('the example asks no health question');
    const question = within(health).getByRole('group', {
      name: checklist(`health.items.${item}.question`),
    });
    await userEvent.click(within(question).getByRole('radio', { name: checklist('health.yes') }));
    await vi.waitFor(async () =>
      expect((await answerOf(step.main, 'getSession')).healthHistory[item]).toBe('yes'),
    );

    await userEvent.click(
      within(health).getByRole('button', { name: app('review.donePart', { part: heading }) }),
    );
    const answered = app('review.itemWithStatus', {
      item: checklist(`health.items.${item}.topic`),
      status: localeText('en', 'handout', 'healthYes'),
    });
    expect(await within(health).findByText(answered)).toBeDefined();
    expect(within(health).queryByText(app('review.noHealth'))).toBeNull();

    // Opened again, the part shows the answer given.
    await userEvent.click(
      within(health).getByRole('button', { name: app('review.changePart', { part: heading }) }),
    );
    expect(
      within(
        within(health).getByRole('group', { name: checklist(`health.items.${item}.question`) }),
      ).getByRole('radio', { name: checklist('health.yes') }),
    ).toHaveProperty('checked', true);
  });

  it('sends a part changed on its own step there, and shows the change on coming back', async () => {
    const step = await review('welcome');
    const heading = app('review.about');
    const about = await step.part(heading);
    expect(about.textContent).toContain('Ana');
    await userEvent.click(
      within(about).getByRole('button', { name: app('review.changePart', { part: heading }) }),
    );
    expect(step.onChangeWelcome).toHaveBeenCalledOnce();

    // On the welcome step the name is changed; Next there comes back to the review.
    await answerOf(step.main, 'updateSession', { firstName: 'Ana María' });
    await step.draw();
    expect((await step.part(heading)).textContent).toContain('Ana María');
  });
});

describe('opening the review', () => {
  it('says it is loading until the therapy arrives, then shows the key dates main kept', async () => {
    const keyDates = { 'cell-collection': '2027-01-11', infusion: '2027-02-06' };
    // Entered on the checklist, then the move to the review is saved as the walkthrough saves it.
    const step = await review('opening', { keyDates, step: 'checklist' });
    await answerOf(step.main, 'updateSession', { step: 'review' });
    expect((await answerOf(step.main, 'getSession')).keyDates).toEqual(keyDates);

    // The page's call for the therapy is held, as on a busy computer, and answered when the test says.
    const bridge = (window as unknown as Record<string, Record<string, unknown>>)[BRIDGE_GLOBAL]!;
    const asked = bridge.getProtocol as (input: unknown) => Promise<unknown>;
    let answer = (): void => undefined;
    const held = new Promise<void>((resolve) => (answer = resolve));
    bridge.getProtocol = async (input: unknown) => held.then(() => asked(input));
    await step.draw();
    expect(screen.getByRole('status').textContent).toBe(app('loading'));
    expect(
      screen.queryByRole('heading', { level: 2, name: checklist('keyDates.heading') }),
    ).toBeNull();

    answer();
    const dates = await step.part(checklist('keyDates.heading'));
    for (const date of Object.values(keyDates))
      expect(dates.textContent).toContain(formatCalendarDate(date, 'en'));
    expect(screen.queryByText(app('loading'))).toBeNull();
  });
});
