import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PinHashSchema, type PinHash } from '@shared/clinician/clinician-pin';
import { hashPin, pinMatches } from '../../../../src/main/clinician/pin-hash';
import {
  FREE_ATTEMPTS,
  NO_PIN,
  PinStateSchema,
  pinLock,
  type PinState,
} from '../../../../src/main/clinician/pin-lock';
import { appUnderTest } from '../../../support/app-under-test';
import { STAFF_PIN, STAFF_PIN_HASH } from '../../../support/staff-pin';
import { makeTempDir } from '../../../support/temp-dir';

/**
 * A store that already holds the staff PIN, as after setPin: the lockout tests need only a valid hash, and checking
 * tries against this one, at the lowest cost the app accepts, takes a third of the time of one hashPin makes.
 */
const WITH_STAFF_PIN: PinState = { ...NO_PIN, pin: STAFF_PIN_HASH };

function memoryPinStore(initial: PinState = NO_PIN) {
  let state = initial;
  return {
    read: () => state,
    write: (next: PinState) => void (state = next),
    get state() {
      return state;
    },
  };
}

describe('PIN hashing', () => {
  // Made once: each hash at the production cost takes a noticeable share of the file's processor time.
  let stored: PinHash;
  beforeAll(async () => {
    stored = await hashPin('482913');
  });

  it('stores a salted scrypt hash, never the PIN', async () => {
    const again = await hashPin('482913');
    expect(JSON.stringify(stored)).not.toContain('482913');
    expect(stored.salt).not.toBe(again.salt);
    expect(stored.hash).not.toBe(again.hash);
    expect(stored.cost).toBeGreaterThanOrEqual(2 ** 15);
    expect(PinHashSchema.parse(stored)).toEqual(stored);
  });

  it('refuses a stored hash weaker than the app accepts, wherever it is read from', () => {
    for (const weak of [
      { ...STAFF_PIN_HASH, cost: 2 ** 13 },
      { ...STAFF_PIN_HASH, blockSize: 4 },
      { ...STAFF_PIN_HASH, algorithm: 'md5' },
    ]) {
      expect(PinHashSchema.safeParse(weak).success).toBe(false);
      expect(PinStateSchema.safeParse({ ...NO_PIN, pin: weak }).success).toBe(false);
    }
  });

  it('matches only the right PIN', async () => {
    expect(await pinMatches('482913', stored)).toBe(true);
    expect(await pinMatches('482914', stored)).toBe(false);
    expect(await pinMatches('', stored)).toBe(false);
    expect(await pinMatches('48291a', stored)).toBe(false);
  });

  it.each(['12345', 'abcdef', '1234567890123', ' 123456'])('refuses %j as a PIN', async (pin) => {
    await expect(hashPin(pin)).rejects.toThrow();
  });
});

describe('pinLock', () => {
  it('says when no PIN is set', async () => {
    expect(await pinLock(memoryPinStore(), () => new Date()).unlock('123456')).toEqual({
      outcome: 'no-pin-set',
    });
  });

  it('locks out after repeated wrong tries, for longer each time, and remembers it', async () => {
    const store = memoryPinStore(WITH_STAFF_PIN);
    let now = new Date('2026-11-22T10:00:00Z');
    const lock = pinLock(store, () => now);
    for (let i = 1; i < FREE_ATTEMPTS; i += 1)
      expect(await lock.unlock('000000')).toEqual({
        outcome: 'wrong-pin',
        attemptsLeft: FREE_ATTEMPTS - i,
      });
    expect(await lock.unlock('000000')).toEqual({
      outcome: 'locked-out',
      until: '2026-11-22T10:05:00.000Z',
    });
    // Even the right PIN is refused while locked out, and a restart (new lock, same store) keeps the lockout.
    expect(await pinLock(store, () => now).unlock(STAFF_PIN)).toEqual({
      outcome: 'locked-out',
      until: '2026-11-22T10:05:00.000Z',
    });
    now = new Date('2026-11-22T10:05:01Z');
    expect(await lock.unlock('000000')).toEqual({
      outcome: 'locked-out',
      until: '2026-11-22T10:15:01.000Z',
    });
    now = new Date('2026-11-22T10:16:00Z');
    expect(await lock.unlock(STAFF_PIN)).toEqual({ outcome: 'unlocked' });
    expect(store.state).toMatchObject({ failedAttempts: 0, lockedUntil: null });
  });
});

// Real scrypt hashes, one after another: slow on a busy machine, so a long limit. Tries are counted, never timed.
describe('pinLock under parallel tries', { timeout: 120_000 }, () => {
  const WRONG = '739204';
  const RIGHT = STAFF_PIN;
  const AT = () => new Date('2026-11-22T10:00:00Z');

  /** Sends all the tries at once, the right PIN at `rightAt`, the wrong one everywhere else. */
  async function parallelTries(count: number, rightAt: number) {
    const store = memoryPinStore(WITH_STAFF_PIN);
    const lock = pinLock(store, AT);
    const results = await Promise.all(
      Array.from({ length: count }, (_, index) => lock.unlock(index === rightAt ? RIGHT : WRONG)),
    );
    return {
      store,
      results,
      wrong: results.filter((result) => result.outcome === 'wrong-pin').length,
    };
  }

  // Two things keep parallel tries from reading one count: tries run one at a time, and each is counted before its
  // slow check. This fails only with both gone; the next test fails without the first.
  it('never lets parallel tries read the same count: of 41 at once, exactly the free ones are wrong, then all are locked out, even the right PIN among them', async () => {
    const { store, results, wrong } = await parallelTries(41, 20);
    expect(wrong).toBe(FREE_ATTEMPTS - 1);
    expect(results.filter((result) => result.outcome === 'locked-out')).toHaveLength(
      41 - (FREE_ATTEMPTS - 1),
    );
    expect(results[20]).toMatchObject({ outcome: 'locked-out' });
    expect(store.state).toMatchObject({
      failedAttempts: FREE_ATTEMPTS,
      lockedUntil: '2026-11-22T10:05:00.000Z',
    });
  });

  it('counts from zero again after the right PIN, in the order the tries came', async () => {
    const { store, results, wrong } = await parallelTries(40, 2);
    expect(results.slice(0, 3)).toEqual([
      { outcome: 'wrong-pin', attemptsLeft: 4 },
      { outcome: 'wrong-pin', attemptsLeft: 3 },
      { outcome: 'unlocked' },
    ]);
    expect(wrong).toBe(2 + FREE_ATTEMPTS - 1);
    expect(store.state).toMatchObject({
      failedAttempts: FREE_ATTEMPTS,
      lockedUntil: '2026-11-22T10:05:00.000Z',
    });
  });

  it('counts a try before checking it, so stopping halfway never gives a free try', async () => {
    const writes: PinState[] = [];
    const store = memoryPinStore(WITH_STAFF_PIN);
    const lock = pinLock(
      {
        read: store.read,
        write: (state) => {
          writes.push(state);
          store.write(state);
        },
      },
      AT,
    );
    expect(await lock.unlock(RIGHT)).toEqual({ outcome: 'unlocked' });
    expect(writes.map((state) => state.failedAttempts)).toEqual([1, 0]);
  });
});

describe('the PIN in logs', () => {
  it("is never written to main's log or the console, whatever is tried", async () => {
    const { dir, cleanup } = makeTempDir();
    const written: string[] = [];
    const spies = (['log', 'warn', 'error', 'info', 'debug'] as const).map((level) =>
      vi
        .spyOn(console, level)
        .mockImplementation((...args: unknown[]) => void written.push(args.map(String).join(' '))),
    );
    try {
      const app = await appUnderTest(dir, dir);
      await app.call('clinicianSetPin', { pin: '482913' });
      await app.call('clinicianLock');
      for (const pin of ['482914', '48291', 'x482913', '482913'])
        await app.call('clinicianUnlock', { pin });
      await app.call('clinicianSetPin', { pin: '482913' });
      expect([...app.logged, ...written].filter((line) => line.includes('48291'))).toEqual([]);
    } finally {
      for (const spy of spies) spy.mockRestore();
      cleanup();
    }
  });
});
