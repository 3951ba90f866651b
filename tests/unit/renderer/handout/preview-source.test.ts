import { describe, expect, it } from 'vitest';
import {
  createPreviewSource,
  PreviewReplaced,
  type PreviewMaker,
} from '../../../../src/renderer/src/handout/preview-source';
import type { HandoutPreview } from '@shared/schemas/handout-preview';
import { emptySession, type PatientSession } from '@shared/schemas/session';

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Main as the preview source meets it, answering only when the test says: `session` is what main holds (the page's
 * changes reach it before the page asks again), and each handout names the worries it was made from.
 */
function fakeMain() {
  let session: PatientSession = {
    ...emptySession('en'),
    role: 'patient',
    firstName: 'Ana',
    protocolId: 'example-car-t',
  };
  const waiting: Array<() => void> = [];
  const opened: string[] = [];
  const closed: string[] = [];
  const maker: PreviewMaker<string> = {
    make({ largePrint }) {
      const made: HandoutPreview = {
        pdfBase64: btoa(`worries: ${session.worries}${largePrint ? ', large' : ''}`),
        paper: 'letter',
        pageCount: 1,
      };
      return new Promise((resolve) => waiting.push(() => resolve(made)));
    },
    async open(preview) {
      const document = atob(preview.pdfBase64);
      opened.push(document);
      return document;
    },
    close(document) {
      closed.push(document);
    },
  };
  return {
    maker,
    opened,
    closed,
    /** The page changes an answer: main holds it before the page's next request, and the page holds a new object. */
    change(patch: Partial<PatientSession>): PatientSession {
      session = { ...session, ...patch };
      return session;
    },
    current: () => session,
    /** How many handouts main was asked for and has not made yet, once the page's promises have settled. */
    async asked() {
      await settled();
      return waiting.length;
    },
    /** Main finishes the oldest handout asked for, once the page has asked; then the page's promises settle. */
    async answer() {
      await settled();
      waiting.shift()?.();
      await settled();
    },
  };
}

describe('the handout preview made ahead', () => {
  it('is never handed out for answers changed after it was asked for, even when main answers after the change', async () => {
    const main = fakeMain();
    const previews = createPreviewSource(main.maker);
    const beforeEdit = previews.get({ session: main.current(), largePrint: false });
    expect(await main.asked()).toBe(1);
    const edited = main.change({ worries: 'Who drives me home?' });
    const afterEdit = previews.get({ session: edited, largePrint: false });
    await main.answer();
    await expect(beforeEdit).rejects.toBeInstanceOf(PreviewReplaced);
    await main.answer();
    expect((await afterEdit).opened).toBe('worries: Who drives me home?');
    expect((await afterEdit).request.session).toBe(edited);
  });

  it('made and opened before a change, is made again for the changed answers, and the old one closed', async () => {
    const main = fakeMain();
    const previews = createPreviewSource(main.maker);
    const ahead = previews.get({ session: main.current(), largePrint: false });
    await main.answer();
    expect((await ahead).opened).toBe('worries: ');
    const edited = main.change({ worries: 'Will it hurt?' });
    const shown = previews.get({ session: edited, largePrint: false });
    expect(await main.asked()).toBe(1);
    await main.answer();
    expect((await shown).opened).toBe('worries: Will it hurt?');
    expect(main.closed).toEqual(['worries: ']);
  });

  it('is the same preview for the same answers, whatever step the page has moved to, and not for another print size', async () => {
    const main = fakeMain();
    const previews = createPreviewSource(main.maker);
    const onReview = main.change({ step: 'review' });
    const ahead = previews.get({ session: onReview, largePrint: false });
    await main.answer();
    const onHandoutStep = main.change({ step: 'handout' });
    expect(previews.get({ session: onHandoutStep, largePrint: false })).toBe(ahead);
    expect(await main.asked()).toBe(0);
    const large = previews.get({ session: onHandoutStep, largePrint: true });
    await main.answer();
    expect((await large).opened).toBe('worries: , large');
  });

  it('has main make one handout at a time, the newest asked for, when answers change quickly', async () => {
    const main = fakeMain();
    const previews = createPreviewSource(main.maker);
    const first = previews.get({ session: main.current(), largePrint: false });
    expect(await main.asked()).toBe(1);
    const second = previews.get({ session: main.change({ worries: 'a' }), largePrint: false });
    const third = previews.get({ session: main.change({ worries: 'ab' }), largePrint: false });
    expect(await main.asked()).toBe(1);
    await main.answer();
    await expect(first).rejects.toBeInstanceOf(PreviewReplaced);
    await expect(second).rejects.toBeInstanceOf(PreviewReplaced);
    expect(await main.asked()).toBe(1);
    await main.answer();
    expect((await third).opened).toBe('worries: ab');
    // The replaced handout main had already made is not even opened.
    expect(main.opened).toEqual(['worries: ab']);
  });

  it('asks main again after a failure, and after being dropped', async () => {
    const main = fakeMain();
    let fail = true;
    const make: typeof main.maker.make = (...args) => main.maker.make(...args);
    const previews = createPreviewSource({
      ...main.maker,
      make: (largePrint) => (fail ? Promise.reject(new Error('main failed')) : make(largePrint)),
    });
    const request = { session: main.current(), largePrint: false };
    await expect(previews.get(request)).rejects.toThrow('main failed');
    fail = false;
    const again = previews.get(request);
    await main.answer();
    expect((await again).opened).toBe('worries: ');
    previews.drop();
    await settled();
    expect(main.closed).toEqual(['worries: ']);
    expect(previews.get(request)).not.toBe(again);
    expect(await main.asked()).toBe(1);
  });
});
