import path from 'node:path';
import { resolveText, type LocalizedText } from '@shared/schemas/localized-text';
import { localeText } from '../support/locale-text';
import { pdfText } from '../support/pdf-tools';
import { termUses } from '@shared/content/terms-used';
import { axeViolations } from './axe';
import { loadShippedContent } from '../../src/main/content/shipped-content';
import { expect, test } from './fixtures';
import {
  LESSONS,
  pastChecks,
  pastFeelings,
  pastHealth,
  pastLessons,
  pastQuestions,
  pastReview,
  patientToLessons,
} from './walkthrough';

const t = (key: string, values?: Record<string, string>) => localeText('en', 'app', key, values);
const en = (text: LocalizedText) => resolveText(text, 'en').text;
const [lesson] = LESSONS;
if (!lesson) throw new Error('no lessons shipped');
const [check] = lesson.checks;
const section = lesson.sections.find((s) => s.id === check?.sectionId);
const wrong = check?.options.find((o) => !o.correct);
const right = check?.options.find((o) => o.correct);
if (!check || !section || !wrong || !right)
  throw new Error('the first lesson needs a check with a wrong and a right answer');

// Both answer the first lesson's questions on the teach-back step, so they share one app start and one walk there.
test('a missed question explains, leads back to its part, and after a second miss goes on the handout with the flagged parts among the questions; reading a part again and coming back keeps every answer and its feedback, and returns to the question left', async ({
  app,
}) => {
  // Two tests' work, so twice their time limit (which only catches a hang).
  test.setTimeout(120_000);
  const { page } = app;
  const far = LESSONS.at(-1)!;
  const farCheck = far.checks.at(-1)!;
  const farWrong = farCheck.options.find((o) => !o.correct)!;
  const farRight = farCheck.options.find((o) => o.correct)!;
  const farSection = far.sections.find((s) => s.id === farCheck.sectionId)!;
  await patientToLessons(page);

  // The shipped lessons are examples: each says so until a clinician has reviewed it.
  await expect(page.getByRole('article').getByText(t('learn.exampleLesson'))).toBeVisible();
  // Flag the first lesson's last part: "ask my team about this".
  const flaggedPart = lesson.sections.at(-1)!;
  await page
    .getByRole('region', { name: en(flaggedPart.heading) })
    .getByRole('button', { name: t('learn.flag') })
    .click();
  await expect(
    page
      .getByRole('region', { name: en(flaggedPart.heading) })
      .getByRole('button', { name: t('learn.flagged') }),
  ).toHaveAttribute('aria-pressed', 'true');
  await pastLessons(page);
  await page.getByRole('button', { name: t('nav.next') }).click();
  await pastHealth(page);
  await pastQuestions(page);
  await pastFeelings(page);

  await test.step('a missed question explains, leads back to its part, and after a second miss goes on the handout', async () => {
    const question = page.getByRole('group', { name: en(check.question) });
    await question.getByRole('radio', { name: en(wrong.text) }).check();
    await question.getByRole('button', { name: t('teachBack.answer') }).click();
    await expect(question.getByRole('status')).toContainText(t('teachBack.notQuite'));
    await expect(question.getByRole('status')).toContainText(en(check.explanation));

    // Reading the part again opens the lesson at it.
    await question.getByRole('button', { name: t('teachBack.readAgain') }).click();
    await expect(page.getByRole('heading', { level: 3, name: en(section.heading) })).toBeFocused();
    // From there, Next leads straight back to the questions.
    await page.getByRole('button', { name: t('teachBack.back') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('teachBack.heading'));

    const again = page.getByRole('group', { name: en(check.question) });
    await again.getByRole('radio', { name: en(wrong.text) }).check();
    await again.getByRole('button', { name: t('teachBack.answer') }).click();
    await expect(again.getByRole('status')).toContainText(t('teachBack.added'));
    await again.getByRole('radio', { name: en(right.text) }).check();
    await again.getByRole('button', { name: t('teachBack.answer') }).click();
    await expect(again.getByRole('status')).toContainText(t('teachBack.right'));
  });

  await test.step('reading a part again and coming back keeps every answer and its feedback, and returns to the question left', async () => {
    // The first question was answered right in the end (above); the last one on the long page is answered wrong.
    const first = page.getByRole('group', { name: en(check.question) });
    const last = page.getByRole('group', { name: en(farCheck.question) });
    await last.getByRole('radio', { name: en(farWrong.text) }).check();
    await last.getByRole('button', { name: t('teachBack.answer') }).click();
    await expect(last.getByRole('status')).toContainText(t('teachBack.notQuite'));

    await last.getByRole('button', { name: t('teachBack.readAgain') }).click();
    await expect(
      page.getByRole('heading', { level: 3, name: en(farSection.heading) }),
    ).toBeFocused();
    await page.getByRole('button', { name: t('teachBack.back') }).click();

    // Back at the question left, in view, with both answers and their feedback still there.
    await expect(last).toBeFocused();
    await expect(last).toBeInViewport();
    await expect(last.getByRole('radio', { name: en(farWrong.text) })).toBeChecked();
    await expect(last.getByRole('status')).toContainText(t('teachBack.notQuite'));
    await expect(last.getByRole('button', { name: t('teachBack.readAgain') })).toBeVisible();
    await expect(first.getByRole('radio', { name: en(right.text) })).toBeChecked();
    await expect(first.getByRole('status')).toContainText(t('teachBack.right'));

    // The answers are main's copy, not the page's: a reload brings them back.
    await app.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('teachBack.heading'));
    await expect(
      page.getByRole('group', { name: en(farCheck.question) }).getByRole('status'),
    ).toContainText(t('teachBack.notQuite'));
    await expect(
      page
        .getByRole('group', { name: en(check.question) })
        .getByRole('radio', { name: en(right.text) }),
    ).toBeChecked();
    // Answered right in the end, so the handout below has no topic to review.
    await last.getByRole('radio', { name: en(farRight.text) }).check();
    await last.getByRole('button', { name: t('teachBack.answer') }).click();
    await expect(last.getByRole('status')).toContainText(t('teachBack.right'));
  });

  await test.step('the flagged parts are among the questions on the handout', async () => {
    await pastChecks(page);
    await pastReview(page);

    const target = path.join(app.saveDir, 'learning.pdf');
    await app.answerSaveDialog(target);
    await page.getByRole('button', { name: t('handout.save') }).click();
    await expect(page.getByText(t('handout.saved', { fileName: 'learning.pdf' }))).toBeVisible();
    const text = pdfText(target);
    expect(text).toContain(t('teachBack.explainQuestion', { topic: en(section.heading) }));
    // The flagged part is among the questions to ask.
    expect(text).toContain(
      localeText('en', 'handout', 'lessonQuestion', {
        part: en(flaggedPart.heading),
        lesson: en(lesson.title),
      }),
    );
    // Answered right in the end, and the flagged part a question: no topic is left to review.
    expect(text).not.toContain(localeText('en', 'handout', 'reviewHeading'));
  });
});

// Both read the first lesson, so they share one app start: the hard word is looked up first, in English.
test("a hard word in a lesson opens its plain explanation, by mouse or keyboard, and closes again; a lesson can be read aloud with the computer's own voice for the language, and never with a voice that is not local", async ({
  app,
}) => {
  const { page } = app;
  const { glossary } = loadShippedContent(path.resolve('resources'));
  const [use] = termUses(glossary, 'en', en(lesson.sections[0]!.summary));
  if (!use) throw new Error('the first part of the first lesson should use a glossary word');
  // A stand-in for the system's speech: a local Spanish voice, and an English one that would send text away.
  await page.addInitScript(() => {
    const spoken: Array<{ text: string; lang: string; voice: string | undefined }> = [];
    const voices = [
      {
        name: 'Local Spanish',
        lang: 'es-ES',
        localService: true,
        default: true,
        voiceURI: 'local-es',
      },
      {
        name: 'Online English',
        lang: 'en-US',
        localService: false,
        default: false,
        voiceURI: 'online-en',
      },
    ];
    class Utterance {
      lang = '';
      rate = 1;
      voice: { name: string } | null = null;
      onend: (() => void) | null = null;
      constructor(readonly text: string) {}
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => voices,
        speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name }),
        cancel: () => spoken.push({ text: '(cancelled)', lang: '', voice: undefined }),
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      },
    });
    Object.defineProperty(window, 'spokenForTest', { value: spoken });
  });
  await app.reload();
  await patientToLessons(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('learn.heading'));

  await test.step('a hard word in a lesson opens its plain explanation, by mouse or keyboard, and closes again', async () => {
    const part = page.getByRole('region', { name: en(lesson.sections[0]!.heading) });
    const word = part.getByRole('button', {
      name: `${en(lesson.sections[0]!.summary).normalize('NFC').slice(use.start, use.end)} (${t('learn.explainWord')})`,
    });
    const explanation = page.getByRole('dialog', { name: en(use.entry.term) });
    await word.click();
    await expect(explanation).toBeVisible();
    await expect(explanation).toContainText(en(use.entry.definition));
    expect(await axeViolations(page), 'a word explained').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(explanation).toBeHidden();

    await word.focus();
    await page.keyboard.press('Enter');
    await expect(explanation).toBeVisible();
    await explanation.getByRole('button', { name: t('learn.closeWord') }).click();
    await expect(explanation).toBeHidden();
  });

  await test.step("a lesson can be read aloud with the computer's own voice for the language, and never with a voice that is not local", async () => {
    await expect(page.getByRole('button', { name: t('learn.readAloud') })).toHaveCount(0);

    await page.getByRole('combobox').selectOption('es');
    const es = (key: string) => localeText('es', 'app', key);
    await page.getByRole('button', { name: es('learn.readAloud') }).click();
    await expect(page.getByRole('button', { name: es('learn.stopReading') })).toBeVisible();
    const spoken = await page.evaluate(() =>
      (
        window as unknown as {
          spokenForTest: Array<{ text: string; lang: string; voice?: string }>;
        }
      ).spokenForTest.filter((s) => s.voice),
    );
    expect(spoken[0]).toEqual({
      text: resolveText(lesson.title, 'es').text,
      lang: 'es-ES',
      voice: 'Local Spanish',
    });
    expect(spoken.map((s) => s.text)).toContain(
      resolveText(lesson.sections[0]!.summary, 'es').text,
    );
    await page.getByRole('button', { name: es('learn.stopReading') }).click();
    await expect(page.getByRole('button', { name: es('learn.readAloud') })).toBeVisible();
  });
});
