import { describe, expect, it, vi } from 'vitest';
import { mayCall } from '../../../../src/main/ipc/caller-check';

const session = (open: boolean) => ({ renew: vi.fn(() => open) });

describe('mayCall', () => {
  it('lets the patient and the way into staff mode through, with clinician mode open or not', () => {
    for (const caller of ['patient', 'staff-entry']) {
      expect(mayCall(caller, session(false))).toBe(true);
      expect(mayCall(caller, session(true))).toBe(true);
    }
  });

  it('lets a clinician call through only while clinician mode is open', () => {
    expect(mayCall('clinician', session(false))).toBe(false);
    expect(mayCall('clinician', session(true))).toBe(true);
  });

  it.each(['admin', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'refuses a caller it has no check for: %j',
    (caller) => {
      const open = session(true);
      expect(mayCall(caller, open)).toBe(false);
      expect(open.renew).not.toHaveBeenCalled();
    },
  );
});
