import type { HandoutOptions } from '@shared/contract/api-contract';
import type { HandoutPreview } from '@shared/schemas/handout-preview';
import type { PatientSession } from '@shared/schemas/session';

/** What a preview is made from: the answers as the page holds them (App's session), the print size and the second language. */
export interface PreviewRequest extends HandoutOptions {
  session: PatientSession;
}

/** A preview ready to show: main's PDF for exactly `request`, and what `open` made of it. */
export interface PreparedPreview<Opened> {
  request: PreviewRequest;
  preview: HandoutPreview;
  opened: Opened;
}

export interface PreviewMaker<Opened> {
  /** Main's handout for the answers main holds now; every change the page sent before is among them. */
  make(options: HandoutOptions): Promise<HandoutPreview>;
  open(preview: HandoutPreview): Promise<Opened>;
  close(opened: Opened): void;
}

/** Told to whoever still waits for a preview that a newer request replaced: it is never shown. */
export class PreviewReplaced extends Error {
  constructor() {
    super('A newer preview was asked for.');
    this.name = 'PreviewReplaced';
  }
}

const answersOf = new WeakMap<PatientSession, string>();
/** Everything a session holds but the step the person is on, which moving to the handout step changes. */
function answers(session: PatientSession): string {
  let known = answersOf.get(session);
  if (known === undefined) {
    known = JSON.stringify({ ...session, step: null });
    answersOf.set(session, known);
  }
  return known;
}

/** Whether a preview made for `a` is one for `b`: the same print size and second language, and the same answers to the letter. */
export const isSameRequest = (a: PreviewRequest, b: PreviewRequest): boolean =>
  a.largePrint === b.largePrint &&
  (a.secondLanguage ?? null) === (b.secondLanguage ?? null) &&
  answers(a.session) === answers(b.session);

/**
 * Keeps one preview: the latest asked for, made ahead (while the review is read) or when the handout step opens.
 * A request for other answers drops it, so a preview made before a change is never handed out after it; main
 * makes one handout at a time, the newest asked for, so quick changes never queue up handouts nobody will see.
 */
export function createPreviewSource<Opened>(maker: PreviewMaker<Opened>) {
  let kept: { request: PreviewRequest; ready: Promise<PreparedPreview<Opened>> } | null = null;
  /** Main's answer to the last request sent, so the next waits for it. */
  let asking: Promise<unknown> = Promise.resolve();

  const drop = () => {
    kept?.ready.then(
      ({ opened }) => maker.close(opened),
      () => undefined,
    );
    kept = null;
  };

  return {
    /** The preview for exactly these answers and print size: the one kept, when it is for them, or a new one. */
    get(request: PreviewRequest): Promise<PreparedPreview<Opened>> {
      if (kept && isSameRequest(kept.request, request)) return kept.ready;
      drop();
      const current = () => kept !== null && kept.request === request;
      const made = asking.then(() => {
        if (!current()) throw new PreviewReplaced();
        return maker.make({
          largePrint: request.largePrint,
          secondLanguage: request.secondLanguage ?? null,
        });
      });
      asking = made.catch(() => undefined);
      const ready = made.then(async (preview) => {
        if (!current()) throw new PreviewReplaced();
        const opened = await maker.open(preview);
        if (!current()) {
          maker.close(opened);
          throw new PreviewReplaced();
        }
        return { request, preview, opened };
      });
      const entry = { request, ready };
      // Whoever waits hears of a failure; the next to ask asks main again.
      ready.catch(() => {
        if (kept === entry) kept = null;
      });
      kept = entry;
      return ready;
    },

    /** Forgets the kept preview: staff may change what a handout says (paper, the clinic's details). */
    drop,
  };
}
