import { describe, expect, it } from 'vitest';
import { sessionEnd, type ForgetStep } from '../../../src/main/session-end/session-end';

function ending(steps: readonly ForgetStep[]) {
  const events: string[] = [];
  const logged: string[] = [];
  const end = sessionEnd({ steps, reloadPage: () => void events.push('reload'), log: (message) => void logged.push(message) });
  return { end, events, logged };
}

describe("a session's end", () => {
  it('runs every step, then reloads the page from main, and tells the next page once what to say', async () => {
    const order: string[] = [];
    const { end, events } = ending(['answers', 'clinician mode', 'page data'].map((name) => ({ name, run: () => void order.push(name) })));
    await end.end('printed');
    expect(order).toEqual(['answers', 'clinician mode', 'page data']);
    expect(events).toEqual(['reload']);
    expect(end.takeNotice()).toBe('printed');
    expect(end.takeNotice()).toBeNull();
  });

  it('goes on past a step that fails, still reloads, and has the next screen ask for staff', async () => {
    const ran: string[] = [];
    const { end, events, logged } = ending([
      { name: 'answers', run: () => void ran.push('answers') },
      { name: 'page data', run: () => Promise.reject(new Error('the disk is gone')) },
      { name: 'clinician mode', run: () => void ran.push('clinician mode') },
    ]);
    await end.end('printed');
    expect(ran).toEqual(['answers', 'clinician mode']);
    expect(events).toEqual(['reload']);
    expect(logged).toEqual(['forgetting the patient: page data failed']);
    expect(end.takeNotice()).toBe('incomplete');
  });

  it('forgets without reloading when main only needs the patient gone (after a crash, main reloads itself)', async () => {
    const { end, events } = ending([{ name: 'answers', run: () => {} }]);
    expect(await end.forget()).toBe(true);
    expect(events).toEqual([]);
  });
});
