import { newPinProblem } from '@shared/clinician/clinician-pin';
import { hashPin } from '../main/clinician/pin-hash';

export const USAGE = `Usage: npm run pin-hash            (asks for the PIN twice, without showing it)
   or: printf '%s\\n' "$PIN" | npm run pin-hash   (reads the first line of its input)
Prints the "clinicianPin" member to put in managed-settings.json. The PIN is never taken from the command line.`;

/** The PIN as the person gave it: typed twice on a terminal, or once through a pipe. */
export interface EnteredPin {
  pin: string;
  repeat: string | null;
}

export type PinHashResult = { code: 0; json: string } | { code: 1 | 2; messages: string[] };

/**
 * Makes the hash of a clinician PIN for IT, to fix in managed-settings.json. The PIN comes only from the
 * terminal or a pipe: on the command line it would be kept in the shell's history and shown to other users.
 * No message ever repeats the PIN.
 */
export async function runPinHashCommand(
  argv: readonly string[],
  enter: () => Promise<EnteredPin>,
): Promise<PinHashResult> {
  if (argv.length > 0)
    return {
      code: 2,
      messages: [
        'This command takes no arguments: the PIN is typed when asked, or piped in.',
        USAGE,
      ],
    };
  const { pin, repeat } = await enter();
  if (repeat !== null && repeat !== pin)
    return { code: 1, messages: ['The two PINs are not the same. Nothing was made.'] };
  const problem = newPinProblem(pin);
  if (problem === 'format')
    return { code: 1, messages: ['The PIN must be 6 to 12 digits. Nothing was made.'] };
  if (problem === 'guessable')
    return {
      code: 1,
      messages: [
        'That PIN is too easy to guess (one digit repeated, digits in a row, or a group repeated). Nothing was made.',
      ],
    };
  return { code: 0, json: JSON.stringify({ clinicianPin: await hashPin(pin) }, null, 2) };
}
