import type { IdleNews } from '@shared/schemas/idle-deadline';
import type { Clock } from './clock';

export interface IdleDeadlineDeps {
  clock: Clock;
  /** How long the kiosk may stay untouched before the warning: the clinic's idle minutes, read at each touch. */
  quietMs: () => number;
  /** How long the warning waits for an answer. */
  warningMs: number;
  /** When the warning time comes: staff who walked away leave clinician mode locked behind them. */
  onWarning: () => void;
  /** When the deadline passes: forget the patient and reload the page on the start screen. */
  onDeadline: () => Promise<void>;
  log: (message: string, error: unknown) => void;
}

/**
 * A kiosk's idle deadline, held by main rather than by the page, so a page that hangs, crashes or is busy cannot keep
 * a patient's answers on the screen. The page reports touches (throttled); the first one arms the deadline, each one
 * starts the quiet time again. When it runs out main warns the page, and when the warning's time runs out too main
 * ends the session whether or not the page answered. Forgetting the patient stops it until the next touch.
 */
export function idleDeadline(deps: IdleDeadlineDeps) {
  let cancel: (() => void) | null = null;
  let waiting: ((news: IdleNews) => void)[] = [];

  const tell = (news: IdleNews) => {
    const told = waiting;
    waiting = [];
    for (const answer of told) answer(news);
  };
  const schedule = (ms: number, run: () => void) => {
    cancel?.();
    cancel = deps.clock.after(ms, run);
  };
  const end = () => {
    cancel = null;
    deps.onDeadline().catch((error: unknown) => deps.log('ending the idle session failed', error));
  };
  const warn = () => {
    schedule(deps.warningMs, end);
    deps.onWarning();
    tell({ state: 'warning', secondsLeft: Math.ceil(deps.warningMs / 1000) });
  };

  return {
    /** Someone touched the kiosk: the quiet time starts again, and any warning is over. */
    touched(): void {
      schedule(deps.quietMs(), warn);
    },

    /** Answers at the next warning, or when the session ends, whichever comes first. */
    nextNews(): Promise<IdleNews> {
      return new Promise((answer) => waiting.push(answer));
    },

    /** The patient has been forgotten: nothing is counted until the next touch, and waiting pages are told. */
    stop(): void {
      cancel?.();
      cancel = null;
      tell({ state: 'ended' });
    },
  };
}
export type IdleDeadline = ReturnType<typeof idleDeadline>;
