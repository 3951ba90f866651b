import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../../../src/main/kiosk/clock';
import { idleDeadline } from '../../../../src/main/kiosk/idle-deadline';
import type { IdleNews } from '@shared/schemas/idle-deadline';

const MINUTE = 60_000;
const WARNING = 30_000;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Main's deadline on the system clock, which vitest's fake timers move; it tells what it did. */
function deadline() {
  const did: string[] = [];
  const idle = idleDeadline({
    clock: systemClock,
    quietMs: () => MINUTE,
    warningMs: WARNING,
    onWarning: () => void did.push('staff locked'),
    onDeadline: async () => {
      did.push('session ended');
      idle.stop();
    },
    log: (message) => void did.push(message),
  });
  const news: IdleNews[] = [];
  /** Waits on main as the page does: again after each warning, until the session ends. */
  const listen = (): void => {
    void idle.nextNews().then((next) => {
      news.push(next);
      if (next.state === 'warning') listen();
    });
  };
  return { idle, did, news, listen };
}

describe("a kiosk's idle deadline, held by main", () => {
  it('counts nothing until the first touch', async () => {
    const { did, news, listen } = deadline();
    listen();
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(did).toEqual([]);
    expect(news).toEqual([]);
  });

  it('warns the waiting page after the quiet time, and locks clinician mode then', async () => {
    const { idle, did, news, listen } = deadline();
    listen();
    idle.touched();
    await vi.advanceTimersByTimeAsync(MINUTE - 1);
    expect(news).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(news).toEqual([{ state: 'warning', secondsLeft: 30 }]);
    expect(did).toEqual(['staff locked']);
  });

  it('ends the session when the warning runs out, though the page never answers, and tells it', async () => {
    const { idle, did, news, listen } = deadline();
    listen();
    idle.touched();
    await vi.advanceTimersByTimeAsync(MINUTE + WARNING - 1);
    expect(did).toEqual(['staff locked']);
    await vi.advanceTimersByTimeAsync(1);
    expect(did).toEqual(['staff locked', 'session ended']);
    expect(news).toEqual([{ state: 'warning', secondsLeft: 30 }, { state: 'ended' }]);
  });

  it('ends the session when no page waits on it at all', async () => {
    const { idle, did } = deadline();
    idle.touched();
    await vi.advanceTimersByTimeAsync(MINUTE + WARNING);
    expect(did).toEqual(['staff locked', 'session ended']);
  });

  it('starts the quiet time again at each touch, and a touch during the warning ends the warning', async () => {
    const { idle, did, listen, news } = deadline();
    listen();
    idle.touched();
    await vi.advanceTimersByTimeAsync(MINUTE - 1_000);
    idle.touched();
    await vi.advanceTimersByTimeAsync(MINUTE - 1_000);
    expect(news).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(news).toHaveLength(1);
    idle.touched();
    await vi.advanceTimersByTimeAsync(MINUTE - 1);
    expect(did).toEqual(['staff locked']);
    expect(news).toHaveLength(1);
  });

  it("reads the clinic's idle minutes at each touch", async () => {
    let minutes = 1;
    const warned = vi.fn();
    const idle = idleDeadline({
      clock: systemClock,
      quietMs: () => minutes * MINUTE,
      warningMs: WARNING,
      onWarning: warned,
      onDeadline: async () => undefined,
      log: () => undefined,
    });
    minutes = 5;
    idle.touched();
    await vi.advanceTimersByTimeAsync(4 * MINUTE);
    expect(warned).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(warned).toHaveBeenCalledOnce();
  });

  it('stops when the patient is forgotten another way, and tells the waiting page the session ended', async () => {
    const { idle, did, news, listen } = deadline();
    listen();
    idle.touched();
    idle.stop();
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(did).toEqual([]);
    expect(news).toEqual([{ state: 'ended' }]);
  });

  it('logs an ending that failed, without a patient detail', async () => {
    const logged: string[] = [];
    const idle = idleDeadline({
      clock: systemClock,
      quietMs: () => MINUTE,
      warningMs: WARNING,
      onWarning: () => undefined,
      onDeadline: () => Promise.reject(new Error('reload failed')),
      log: (message) => void logged.push(message),
    });
    idle.touched();
    await vi.advanceTimersByTimeAsync(MINUTE + WARNING);
    expect(logged).toEqual(['ending the idle session failed']);
  });
});
