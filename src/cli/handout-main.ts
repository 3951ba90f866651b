import path from 'node:path';
import { trustCheckedByBuild } from '../main/files/read-shipped-json';
import { SHIPPED_FILE_KINDS, type CheckedShippedFiles } from './checked-shipped-files';
import { runHandoutCommand } from './handout-command';

/** Written in by the build (vite.handout.config.ts); absent when the command runs from source. */
declare const __GTC_CHECKED_SHIPPED_FILES__: CheckedShippedFiles | undefined;

if (typeof __GTC_CHECKED_SHIPPED_FILES__ !== 'undefined') {
  for (const { folder, schema } of SHIPPED_FILE_KINDS)
    trustCheckedByBuild(schema, __GTC_CHECKED_SHIPPED_FILES__[folder] ?? []);
}

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
