import { describe, expect, it } from 'vitest';
import {
  recoverFromCrashes,
  type RecoverableContents,
} from '../../../../src/main/kiosk/crash-recovery';

function fakeContents() {
  let listener: ((event: unknown, details: { reason: string }) => void) | null = null;
  const events: string[] = [];
  const contents: RecoverableContents = {
    on: (_event, next) => (listener = next),
    reload: () => events.push('reload'),
  };
  const crash = async (reason: string) => {
    listener?.({}, { reason });
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { contents, events, crash };
}

describe('after the page crashes', () => {
  it('does what the mode needs first (forgetting the patient in a kiosk), then reloads the page', async () => {
    const { contents, events, crash } = fakeContents();
    recoverFromCrashes(
      contents,
      async () => void events.push('forget'),
      () => {},
    );
    await crash('oom');
    expect(events).toEqual(['forget', 'reload']);
  });

  it('still reloads when that failed, and leaves a clean exit alone', async () => {
    const { contents, events, crash } = fakeContents();
    recoverFromCrashes(
      contents,
      () => Promise.reject(new Error('disk')),
      () => {},
    );
    await crash('clean-exit');
    expect(events).toEqual([]);
    await crash('killed');
    expect(events).toEqual(['reload']);
  });
});
