import { expect, HOST, test } from './fixtures';

// What only the real Electron runtime can show. Skipped, visibly, where the Electron binary is absent;
// the same settings are unit-tested in tests/unit/main/security.
test.describe('inside Electron', () => {
  test.skip(HOST !== 'electron', 'needs the Electron binary (run npm run test:electron where it is installed)');

  test('the page has no Node.js: no require, process or module', async ({ app }) => {
    const globals = await app.page.evaluate(() => ['require', 'process', 'module', 'Buffer'].map((name) => typeof (globalThis as Record<string, unknown>)[name]));
    expect(globals).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
  });

  test('navigation away and new windows are refused', async ({ app }) => {
    const before = app.page.url();
    await app.page.evaluate(() => {
      window.open('https://example.com/');
      window.location.href = 'https://example.com/';
    });
    await app.page.waitForTimeout(500);
    expect(app.page.url()).toBe(before);
    expect(app.electron?.windows()).toHaveLength(1);
  });

  test('permission requests are denied', async ({ app }) => {
    expect(await app.page.evaluate(() => Notification.requestPermission())).toBe('denied');
  });
});
