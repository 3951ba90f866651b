/**
 * Main's clock for its timers, handed in so tests move time themselves (vitest's fake timers, or the Chromium
 * host's test clock) and never wait for it.
 */
export interface Clock {
  /** Milliseconds, as Date.now(). */
  now(): number;
  /** Runs `run` once, `ms` from now; the answer cancels it. */
  after(ms: number, run: () => void): () => void;
}

/** The computer's own time. */
export const systemClock: Clock = {
  now: () => Date.now(),
  after(ms, run) {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};
