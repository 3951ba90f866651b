// Tells whether the Electron binary is installed, without require('electron'): since Electron 42 that call
// downloads the binary on first use, which fails on machines without internet access.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const packageDir = path.resolve(import.meta.dirname, '..', 'node_modules', 'electron');
const pathFile = path.join(packageDir, 'path.txt');
const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
const binary = override ? path.join(override, relative ?? 'electron') : relative && path.join(packageDir, 'dist', relative);

if (!binary || !existsSync(binary)) {
  console.error(
    [
      'The Electron binary is not installed on this machine, so the Electron end-to-end tests cannot run.',
      'On a machine with internet access run `npx install-electron --no` once (or set ELECTRON_OVERRIDE_DIST_PATH',
      'to a folder holding an Electron 45 build), then run `npm run test:electron` again.',
      'The same specs run without Electron in Debian Chromium: `npm run test:e2e`.',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Electron binary: ${binary}`);
