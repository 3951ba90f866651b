import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './src/chromium-host/launch-options';

// E2E_HOST=web (default) drives the built renderer in Debian's Chromium, bridged to main's handlers in Node;
// E2E_HOST=electron runs the same specs against the real app through Playwright's _electron.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  // A check waits for the app to get there, never for a set time. On a busy shared machine a page reloaded at a
  // session's end took more than the default 5 s to show its heading; a check that passes waits no longer for this.
  expect: { timeout: 15_000 },
  forbidOnly: true,
  reporter: [['list']],
  use: { launchOptions: CHROMIUM_LAUNCH_OPTIONS, locale: 'en-US', trace: 'off' },
  projects: [{ name: process.env.E2E_HOST === 'electron' ? 'electron' : 'chromium' }],
});
