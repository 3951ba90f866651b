import { describe, expect, it } from 'vitest';
import { patientForgetting, type ForgetStep } from '../../../../src/main/kiosk/forget-patient';

function forgettingWith(steps: readonly ForgetStep[]) {
  const events: string[] = [];
  const logged: string[] = [];
  const forgetting = patientForgetting({
    steps,
    reloadPage: () => void events.push('reload'),
    log: (message) => void logged.push(message),
  });
  return { forgetting, events, logged };
}

describe('forgetting the patient', () => {
  it('runs every step, then reloads the page from main, and tells the next page once what to say', async () => {
    const order: string[] = [];
    const { forgetting, events } = forgettingWith(
      ['answers', 'clinician mode', 'page data'].map((name) => ({
        name,
        run: () => void order.push(name),
      })),
    );
    await forgetting.forgetPatientAndStartOver('printed');
    expect(order).toEqual(['answers', 'clinician mode', 'page data']);
    expect(events).toEqual(['reload']);
    expect(forgetting.takeNotice()).toBe('printed');
    expect(forgetting.takeNotice()).toBeNull();
  });

  it('goes on past a step that fails, still reloads, and has the next screen ask for staff', async () => {
    const ran: string[] = [];
    const { forgetting, events, logged } = forgettingWith([
      { name: 'answers', run: () => void ran.push('answers') },
      { name: 'page data', run: () => Promise.reject(new Error('the disk is gone')) },
      { name: 'clinician mode', run: () => void ran.push('clinician mode') },
    ]);
    await forgetting.forgetPatientAndStartOver('printed');
    expect(ran).toEqual(['answers', 'clinician mode']);
    expect(events).toEqual(['reload']);
    expect(logged).toEqual(['forgetting the patient: page data failed']);
    expect(forgetting.takeNotice()).toBe('incomplete');
  });

  it('forgets without reloading when main only needs the patient gone (after a crash, main reloads itself)', async () => {
    const { forgetting, events } = forgettingWith([{ name: 'answers', run: () => {} }]);
    expect(await forgetting.forgetPatient()).toBe(true);
    expect(events).toEqual([]);
  });
});
