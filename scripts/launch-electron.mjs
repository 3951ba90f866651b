// Starts the built app in Electron. Electron downloads its binary on first use; where that cannot happen
// (no internet), this says how to run the same app without it instead of ending on a bare stack trace.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const { status } = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron', 'cli.js'), root], { stdio: 'inherit' });
if (status !== 0) {
  console.error('\nElectron did not start. If its binary cannot be downloaded on this machine, run the same app in Chromium:');
  console.error('  npm run start:chromium');
}
process.exit(status ?? 1);
