// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TeachBackStep } from '../../../../src/renderer/src/steps/TeachBackStep';
import { resolveText, type LocalizedText } from '@shared/schemas/localized-text';
import { localeText } from '../../../support/locale-text';
import { makeTempDir } from '../../../support/temp-dir';
import { answerOf, pageWithMain, removeBridge } from './step-with-main';

const temp = makeTempDir();
afterEach(() => {
  cleanup();
  removeBridge();
});

const en = (text: LocalizedText) => resolveText(text, 'en').text;
const app = (key: string, values?: Record<string, string>) => localeText('en', 'app', key, values);

/** The teach-back step with the first lesson of the CAR-T example, as a patient at home answers it. */
async function teachBack(name: string) {
  const page = await pageWithMain(`${temp.dir}/${name}`, 'en', {
    role: 'patient',
    firstName: 'Ana',
    protocolId: 'example-car-t',
    step: 'check',
  });
  const [lesson] = await answerOf(page.main, 'listLessons', {
    protocolId: 'example-car-t',
    role: 'patient',
  });
  const check = lesson?.checks[0];
  if (!lesson || !check) throw new Error('the example has no teach-back question');
  const onReadAgain = vi.fn();
  const onReturned = vi.fn();
  /** Draws the step; `leftAt` is the question the person left to read its part again. */
  const draw = (leftAt: string | null = null) =>
    page.draw((session, onUpdate) =>
      createElement(TeachBackStep, {
        current: 7,
        total: 9,
        lessons: [lesson],
        session,
        onUpdate,
        onNext: vi.fn(),
        onReadAgain,
        leftAt,
        onReturned,
      }),
    );
  const question = () => screen.getByRole('group', { name: en(check.question) });
  const option = (correct: boolean) => {
    const found = check.options.find((o) => o.correct === correct);
    if (!found) throw new Error('no such option');
    return within(question()).getByRole('radio', { name: en(found.text) });
  };
  const answer = () =>
    userEvent.click(within(question()).getByRole('button', { name: app('teachBack.answer') }));
  const feedback = () => within(question()).getByRole('status');
  await draw();
  return {
    main: page.main,
    draw,
    lesson,
    check,
    question,
    option,
    answer,
    feedback,
    onReadAgain,
    onReturned,
  };
}

describe('the teach-back step', () => {
  it('explains a wrong answer, offers its part to read again, and takes another try', async () => {
    const step = await teachBack('retry');
    expect(
      within(step.question()).getByRole('button', { name: app('teachBack.answer') }),
    ).toHaveProperty('disabled', true);

    await userEvent.click(step.option(false));
    await step.answer();
    expect(await within(step.feedback()).findByText(app('teachBack.notQuite'))).toBeDefined();
    expect(step.feedback().textContent).toContain(en(step.check.explanation));
    expect(step.feedback().textContent).toContain(app('teachBack.tryAgain'));
    await userEvent.click(
      within(step.question()).getByRole('button', { name: app('teachBack.readAgain') }),
    );
    expect(step.onReadAgain).toHaveBeenCalledWith(step.check.sectionId, step.check.id);

    // Choosing another answer clears the old feedback until it is checked.
    await userEvent.click(step.option(true));
    expect(step.feedback().textContent).toBe('');
    await step.answer();
    expect(await within(step.feedback()).findByText(app('teachBack.right'))).toBeDefined();
    expect(
      within(step.question()).queryByRole('button', { name: app('teachBack.readAgain') }),
    ).toBeNull();
    expect((await answerOf(step.main, 'getSession')).comprehension[step.check.id]).toEqual({
      attempts: 2,
      understood: true,
      answer: step.check.options.find((o) => o.correct)?.id,
    });
  });

  it('after a second miss, adds a question asking the care team to explain the part', async () => {
    const step = await teachBack('twice');
    await userEvent.click(step.option(false));
    await step.answer();
    await within(step.feedback()).findByText(app('teachBack.notQuite'));
    expect(step.feedback().textContent).not.toContain(app('teachBack.added'));
    await step.answer();
    expect(await within(step.feedback()).findByText(app('teachBack.added'))).toBeDefined();
    const heading = step.lesson.sections.find(
      (section) => section.id === step.check.sectionId,
    )?.heading;
    if (!heading) throw new Error('the question teaches no part');
    expect((await answerOf(step.main, 'getSession')).questions.own.map((q) => q.text)).toEqual([
      app('teachBack.explainQuestion', { topic: en(heading) }),
    ]);
  });

  it('coming back from reading the part again, focuses the question and still shows the answer and its explanation', async () => {
    const step = await teachBack('back');
    await userEvent.click(step.option(false));
    await step.answer();
    await within(step.feedback()).findByText(app('teachBack.notQuite'));

    await step.draw(step.check.id);
    expect(document.activeElement).toBe(step.question());
    expect(step.option(false)).toHaveProperty('checked', true);
    expect(step.feedback().textContent).toContain(app('teachBack.notQuite'));
    expect(step.feedback().textContent).toContain(en(step.check.explanation));
    expect(step.onReturned).toHaveBeenCalledOnce();
  });
});
