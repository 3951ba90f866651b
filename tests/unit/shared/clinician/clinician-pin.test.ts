import { describe, expect, it } from 'vitest';
import { NewPinSchema, newPinProblem } from '@shared/clinician/clinician-pin';

describe('the rule for a new clinician PIN', () => {
  it.each([
    ['000000', 'one digit over and over'],
    ['1111111', 'one digit over and over'],
    ['999999999999', 'one digit over and over'],
    ['123456', 'digits in a row, up'],
    ['234567', 'digits in a row, up'],
    ['0123456789', 'digits in a row, up'],
    ['1234567890', 'digits in a row, up, past 9 to 0 as on a keypad'],
    ['789012', 'digits in a row, up, past 9 to 0 as on a keypad'],
    ['987654', 'digits in a row, down'],
    ['9876543210', 'digits in a row, down'],
    ['210987', 'digits in a row, down, past 0 to 9'],
    ['121212', 'a pair repeated'],
    ['909090', 'a pair repeated'],
    ['123123', 'a group of three repeated'],
    ['12341234', 'a group of four repeated'],
    ['5858585858', 'a pair repeated'],
    ['1234512345', 'a group of five repeated'],
    ['482913482913', 'a group of six repeated'],
  ])('refuses %s (%s)', (pin) => {
    expect(newPinProblem(pin)).toBe('guessable');
    expect(NewPinSchema.safeParse(pin).success).toBe(false);
  });

  it.each(['482913', '739204', '135792', '100000', '123457', '4829134829', '48291348291'])(
    'accepts %s',
    (pin) => {
      expect(newPinProblem(pin)).toBeNull();
      expect(NewPinSchema.safeParse(pin).success).toBe(true);
    },
  );

  it.each(['12345', '1234567890123', 'abcdef', '48291a', ' 482913', ''])(
    'asks for 6 to 12 digits instead of %j',
    (pin) => {
      expect(newPinProblem(pin)).toBe('format');
      expect(NewPinSchema.safeParse(pin).success).toBe(false);
    },
  );
});
