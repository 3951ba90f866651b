import { describe, expect, it } from 'vitest';
import { startFirstInstance } from '../../../src/main/first-instance';

/** Stands in for Electron's app: answers the lock as told and records what was asked of it. */
function appWithLock(granted: boolean) {
  const calls: string[] = [];
  return {
    calls,
    app: {
      requestSingleInstanceLock: () => {
        calls.push('requestSingleInstanceLock');
        return granted;
      },
      quit: () => void calls.push('quit'),
    },
  };
}

describe('starting the app', () => {
  it('starts up in the first copy', () => {
    const { app, calls } = appWithLock(true);
    startFirstInstance(app, () => calls.push('start-up'));
    expect(calls).toEqual(['requestSingleInstanceLock', 'start-up']);
  });

  it('quits a second copy before any start-up work', () => {
    const { app, calls } = appWithLock(false);
    startFirstInstance(app, () => calls.push('start-up'));
    expect(calls).toEqual(['requestSingleInstanceLock', 'quit']);
  });
});
