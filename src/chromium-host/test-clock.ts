import type { Clock } from '../main/kiosk/clock';

/** A clock that moves only when a test moves it. */
export interface TestClock extends Clock {
  /** Moves time on by `ms`, running each timer that falls due on the way, in order. */
  advance(ms: number): void;
  /** How long until the next timer falls due; null when none is set. */
  nextDueIn(): number | null;
}

/**
 * FOR TESTS ONLY, and only in the Chromium host (the Electron app never builds it): main's idle deadline on a clock
 * that stands still until a test moves it, as the tests stop the page's own clock, so no test races real time.
 */
export function testClock(): TestClock {
  let now = 0;
  let next = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  return {
    now: () => now,
    after(ms, run) {
      const id = next++;
      timers.set(id, { at: now + ms, run });
      return () => void timers.delete(id);
    },
    nextDueIn() {
      const due = Math.min(...[...timers.values()].map((timer) => timer.at));
      return Number.isFinite(due) ? due - now : null;
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        // The earliest timer due by then; among timers due at once, the one set first.
        const due = [...timers]
          .filter(([, timer]) => timer.at <= until)
          .sort(([a, x], [b, y]) => x.at - y.at || a - b)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = until;
    },
  };
}
