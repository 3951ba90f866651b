import { expect, HOST, test } from './fixtures';

// What only the real Electron runtime can show. Skipped, visibly, where the Electron binary is absent;
// the same settings are unit-tested in tests/unit/main/security.
test.describe('inside Electron', () => {
  test.skip(HOST !== 'electron', 'needs the Electron binary (run npm run test:electron where it is installed)');

  test('the window runs with isolation, sandbox and no Node.js', async ({ app }) => {
    const prefs = await app.electron?.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.getLastWebPreferences());
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(await app.page.evaluate(() => [typeof (globalThis as Record<string, unknown>).require, typeof (globalThis as Record<string, unknown>).process])).toEqual(['undefined', 'undefined']);
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
