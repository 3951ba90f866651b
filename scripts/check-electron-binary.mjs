// Tells whether the Electron binary is installed, before `npm start` or `npm run test:electron` builds anything.
// It never calls require('electron'): since Electron 42 that call downloads the binary on first use, and where
// there is no internet it ends on two stack traces and advice that cannot work offline.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

// What each command cannot do without the binary, and what runs the same here without it.
const commands = new Map([
  [
    'start',
    {
      cannot: '`npm start` cannot open the app',
      instead: 'run the same app in the system Chromium',
      command: 'npm run start:chromium',
    },
  ],
  [
    'test:electron',
    {
      cannot: '`npm run test:electron` cannot run',
      instead: 'run the same end-to-end tests in the system Chromium',
      command: 'npm run test:e2e',
    },
  ],
]);

const asking = commands.get(process.argv[2] ?? '');
if (!asking) {
  console.error(
    `Usage: node scripts/check-electron-binary.mjs <${[...commands.keys()].join('|')}>`,
  );
  process.exit(2);
}

// The same place node_modules/electron/index.js would start: path.txt names the binary under dist/, or under
// ELECTRON_OVERRIDE_DIST_PATH when that is set.
const packageDir = path.resolve(import.meta.dirname, '..', 'node_modules', 'electron');
const pathFile = path.join(packageDir, 'path.txt');
const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
const binary = override
  ? path.join(override, relative ?? 'electron')
  : relative && path.join(packageDir, 'dist', relative);

if (!binary || !existsSync(binary)) {
  console.error(
    [
      `${asking.cannot}: the Electron program is not installed on this computer.`,
      'It is downloaded once, which needs internet access. When this computer has internet, run this once in this folder:',
      '  npx install-electron --no',
      '(or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron build of the version in package.json).',
      `Until then, ${asking.instead}:`,
      `  ${asking.command}`,
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Electron binary: ${binary}`);
