import { describe, expect, it } from 'vitest';
import { testClock } from '../../../src/chromium-host/test-clock';

describe("the Chromium host's test clock", () => {
  it('stands still until moved, then runs each timer due on the way, in order, at its own time', () => {
    const clock = testClock();
    const ran: string[] = [];
    clock.after(30, () => ran.push(`b at ${clock.now()}`));
    clock.after(10, () => {
      ran.push(`a at ${clock.now()}`);
      // A timer set by a timer runs in the same move when it falls due within it.
      clock.after(5, () => ran.push(`a2 at ${clock.now()}`));
    });
    clock.after(10, () => ran.push(`a' at ${clock.now()}`));
    expect(clock.nextDueIn()).toBe(10);
    clock.advance(29);
    expect(ran).toEqual(['a at 10', "a' at 10", 'a2 at 15']);
    expect(clock.now()).toBe(29);
    expect(clock.nextDueIn()).toBe(1);
    clock.advance(1);
    expect(ran).toEqual(['a at 10', "a' at 10", 'a2 at 15', 'b at 30']);
    expect(clock.nextDueIn()).toBeNull();
  });

  it('never runs a cancelled timer', () => {
    const clock = testClock();
    let ran = false;
    const cancel = clock.after(10, () => {
      ran = true;
    });
    cancel();
    clock.advance(100);
    expect(ran).toBe(false);
    expect(clock.nextDueIn()).toBeNull();
  });
});
