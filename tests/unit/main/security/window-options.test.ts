import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../../src/main/security/window-options';

// One test per Electron security checklist item that lives in webPreferences.
describe('mainWindowOptions', () => {
  const prefs =
    mainWindowOptions('/app/out/preload/index.cjs', 'Gene Therapy Companion').webPreferences ?? {};

  it('uses the single bundled preload', () =>
    expect(prefs.preload).toBe('/app/out/preload/index.cjs'));
  it('isolates the page from the preload (context isolation)', () =>
    expect(prefs.contextIsolation).toBe(true));
  it('keeps the renderer sandbox on', () => expect(prefs.sandbox).toBe(true));
  it('gives the page no Node.js', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });
  it('keeps web security on', () => expect(prefs.webSecurity).toBe(true));
  it('never runs insecure content', () => expect(prefs.allowRunningInsecureContent).toBe(false));
  it('enables no experimental or Blink features', () => {
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });
  it('allows no <webview>', () => expect(prefs.webviewTag).toBe(false));
  it('does not navigate to dropped files', () => expect(prefs.navigateOnDragDrop).toBe(false));
});

describe('mainWindowOptions in a kiosk', () => {
  const home = mainWindowOptions('/p', 'GTC');
  const kiosk = mainWindowOptions('/p', 'GTC', 'kiosk');

  it('fills the screen as a kiosk window that cannot be closed or minimized from its frame', () => {
    expect(kiosk).toMatchObject({
      kiosk: true,
      fullscreen: true,
      closable: false,
      minimizable: false,
    });
    expect(home).toMatchObject({
      kiosk: false,
      fullscreen: false,
      closable: true,
      minimizable: true,
    });
  });

  it('opens no developer tools', () => {
    expect(kiosk.webPreferences?.devTools).toBe(false);
  });

  it('keeps every other security setting', () => {
    expect({ ...kiosk.webPreferences, devTools: undefined }).toEqual({
      ...home.webPreferences,
      devTools: undefined,
    });
  });
});
