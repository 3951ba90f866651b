/** A key press as Electron's `before-input-event` describes it. */
export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

const RELOAD_KEYS = new Set(['r']);
const DEVTOOLS_KEYS = new Set(['i', 'j', 'c']);
const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0']);
/** With Ctrl (Cmd on macOS): close, quit, new window, print the page itself, open, save, view source. */
const WINDOW_KEYS = new Set(['w', 'q', 'n', 'p', 'o', 's', 'u']);

/**
 * Whether a kiosk must swallow this key press: every shortcut that reloads the page, opens developer tools,
 * zooms the page, leaves full screen, or closes, quits or opens a window. Text size has the app's own control;
 * printing and leaving go through the app, and leaving needs the clinician PIN.
 */
export function isBlockedInKiosk(input: KeyInput): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false;
  const key = input.key.toLowerCase();
  const command = input.control || input.meta;
  if (
    key === 'f5' ||
    key === 'f11' ||
    key === 'f12' ||
    key === 'browserback' ||
    key === 'browserforward' ||
    key === 'browserrefresh'
  )
    return true;
  if (input.alt && (key === 'f4' || key === 'arrowleft' || key === 'arrowright' || key === 'home'))
    return true;
  if (!command) return false;
  if (RELOAD_KEYS.has(key) || ZOOM_KEYS.has(key) || WINDOW_KEYS.has(key)) return true;
  // Ctrl+Shift+I/J/C on Windows and Linux; Cmd+Option+I/J/C on macOS.
  return (input.shift || input.alt) && DEVTOOLS_KEYS.has(key);
}
