import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { trustCheckedByBuild } from '../main/files/read-shipped-json';
import { SHIPPED_FILE_KINDS, type CheckedShippedFiles } from './checked-shipped-files';
import { runHandoutCommand } from './handout-command';

/** Written in by the build (vite.handout.config.ts); absent when the command runs from source. */
declare const __GTC_CHECKED_SHIPPED_FILES__: CheckedShippedFiles | undefined;

// A handout command lives for a second or a few: V8's optimizing compiler would spend more on HarfBuzz's
// WebAssembly than it saves (the subsetter alone: about 0.6 s of processor time and 40 MB, in the background).
// Its baseline compiler keeps a batch of 50 within 5% of the optimized time. Set before any WebAssembly is compiled.
setFlagsFromString('--liftoff-only');
// Its garbage collector kept to the memory a batch needs (peak memory under 150 MB for 50 handouts, not 210):
// the young generation stays at its first size, and the old one is collected when it has grown a fifth, not
// up to four times, past what the last collection kept. It costs a batch about a tenth more processor time.
setFlagsFromString('--semi-space-growth-factor=1');
setFlagsFromString('--heap-growing-percent=20');

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
