import { askHidden, firstLine } from '../src/cli/read-pin';
import { runPinHashCommand } from '../src/cli/pin-hash-command';

const enter = async () => {
  const { stdin, stderr } = process;
  if (!stdin.isTTY) return { pin: await firstLine(stdin), repeat: null };
  const pin = await askHidden('Clinician PIN (6 to 12 digits): ', stdin, stderr);
  return { pin, repeat: await askHidden('Type it again: ', stdin, stderr) };
};

runPinHashCommand(process.argv.slice(2), enter).then(
  (result) => {
    if (result.code === 0) {
      console.log(result.json);
      console.error(
        'Add the "clinicianPin" member above to managed-settings.json, beside "settings" (see README.md).',
      );
    } else for (const message of result.messages) console.error(message);
    process.exitCode = result.code;
  },
  (error: unknown) => {
    console.error('No PIN hash was made:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
