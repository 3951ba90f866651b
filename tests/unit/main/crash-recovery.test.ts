import { describe, expect, it } from 'vitest';
import { recoverFromCrashes, type RecoverableContents } from '../../../src/main/recovery/crash-recovery';

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
  it('at home, reloads the page, which reopens on the saved step', async () => {
    const { contents, events, crash } = fakeContents();
    recoverFromCrashes(contents, 'home', async () => void events.push('forget'), () => {});
    await crash('crashed');
    expect(events).toEqual(['reload']);
  });

  it('in a kiosk, forgets the patient first, then reloads to the screen for the next person', async () => {
    const { contents, events, crash } = fakeContents();
    recoverFromCrashes(contents, 'kiosk', async () => void events.push('forget'), () => {});
    await crash('oom');
    expect(events).toEqual(['forget', 'reload']);
  });

  it('still reloads a kiosk when forgetting failed, and leaves a clean exit alone', async () => {
    const { contents, events, crash } = fakeContents();
    recoverFromCrashes(contents, 'kiosk', () => Promise.reject(new Error('disk')), () => {});
    await crash('clean-exit');
    expect(events).toEqual([]);
    await crash('killed');
    expect(events).toEqual(['reload']);
  });
});
