import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runPinHashCommand } from '../../../src/cli/pin-hash-command';
import { askHidden, firstLine } from '../../../src/cli/read-pin';
import { pinMatches } from '../../../src/main/clinician/pin-hash';
import { ManagedSettingsSchema, MANAGED_SETTINGS_KIND } from '@shared/schemas/managed-settings';

const PIN = '739204';

/** A terminal that records whether it was asked to stop echoing. */
function terminal() {
  const input = Object.assign(new PassThrough(), {
    raw: [] as boolean[],
    setRawMode: (raw: boolean) => input.raw.push(raw),
  });
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk) => void (shown += String(chunk)));
  return { input, output, shown: () => shown };
}

describe('npm run pin-hash', () => {
  it('prints a "clinicianPin" that managed-settings.json accepts and that matches the PIN, without the PIN', async () => {
    const result = await runPinHashCommand([], async () => ({
      pin: await firstLine(Readable.from([`${PIN}\n`])),
      repeat: null,
    }));
    if (result.code !== 0) throw new Error(result.messages.join('\n'));
    expect(result.json).not.toContain(PIN);
    const file = ManagedSettingsSchema.parse({
      kind: MANAGED_SETTINGS_KIND,
      formatVersion: 1,
      settings: { mode: 'kiosk' },
      ...JSON.parse(result.json),
    });
    expect(await pinMatches(PIN, file.clinicianPin!)).toBe(true);
  });

  it('refuses a PIN on the command line without reading or repeating it', async () => {
    let asked = false;
    const result = await runPinHashCommand(
      [PIN],
      async () => ((asked = true), { pin: PIN, repeat: null }),
    );
    expect(result.code).toBe(2);
    expect(asked).toBe(false);
    expect(JSON.stringify(result)).not.toContain(PIN);
  });

  it.each([
    ['two different PINs', { pin: PIN, repeat: '739205' }],
    ['a PIN too easy to guess', { pin: '123456', repeat: '123456' }],
    ['a PIN too short', { pin: '73920', repeat: null }],
  ])('makes nothing for %s, and never repeats it', async (_, entered) => {
    const result = await runPinHashCommand([], async () => entered);
    expect(result.code).toBe(1);
    expect(JSON.stringify(result)).not.toMatch(/7392|123456/);
  });

  it('reads only the first line of piped input, however it arrives', async () => {
    expect(await firstLine(Readable.from(['73', '9204\r\n', 'more\n']))).toBe(PIN);
  });

  it('on a terminal, shows nothing of what is typed and turns echo back on after', async () => {
    const { input, output, shown } = terminal();
    const answer = askHidden('PIN: ', input, output);
    input.write('7392x\u007f04\r');
    expect(await answer).toBe(PIN);
    expect(shown()).toBe('PIN: \n');
    expect(input.raw).toEqual([true, false]);
  });

  it('on a terminal, stops when asked to (Ctrl+C)', async () => {
    const { input, output } = terminal();
    const answer = askHidden('PIN: ', input, output);
    input.write('73\u0003');
    await expect(answer).rejects.toThrow('Cancelled');
    expect(input.raw).toEqual([true, false]);
  });
});
