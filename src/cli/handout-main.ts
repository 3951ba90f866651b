import path from 'node:path';
import { runHandoutCommand } from './handout-command';

// Two folders below the app's root both as source (src/cli/) and as the built bundle (out/cli/).
const appRoot = path.resolve(import.meta.dirname, '..', '..');
runHandoutCommand(process.argv.slice(2), appRoot).then(
  ({ code, messages, warnings }) => {
    for (const message of messages) (code === 0 ? console.log : console.error)(message);
    for (const warning of warnings) console.error(warning);
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('The handout could not be made:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
