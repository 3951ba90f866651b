import { describe, expect, it } from 'vitest';
import { lockDownKiosk, type LockableWindow } from '../../../../src/main/kiosk/kiosk-lockdown';
import { isBlockedInKiosk, type KeyInput } from '../../../../src/main/kiosk/kiosk-shortcuts';

const press = (key: string, modifiers: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...modifiers,
});

describe('kiosk shortcuts', () => {
  it.each([
    ['F5 (reload)', press('F5')],
    ['Ctrl+R (reload)', press('r', { control: true })],
    ['Cmd+Shift+R (reload)', press('R', { meta: true, shift: true })],
    ['F12 (developer tools)', press('F12')],
    ['Ctrl+Shift+I (developer tools)', press('I', { control: true, shift: true })],
    ['Cmd+Option+J (console)', press('j', { meta: true, alt: true })],
    ['Ctrl+plus (zoom in)', press('+', { control: true })],
    ['Ctrl+minus (zoom out)', press('-', { control: true })],
    ['Ctrl+0 (zoom reset)', press('0', { control: true })],
    ['F11 (leave full screen)', press('F11')],
    ['Ctrl+W (close)', press('w', { control: true })],
    ['Cmd+Q (quit)', press('q', { meta: true })],
    ['Alt+F4 (close)', press('F4', { alt: true })],
    ['Ctrl+N (new window)', press('n', { control: true })],
    ['Ctrl+P (print the screen)', press('p', { control: true })],
    ['Alt+Left (back)', press('ArrowLeft', { alt: true })],
  ])('swallows %s', (_name, input) => expect(isBlockedInKiosk(input)).toBe(true));

  it.each([
    ['typing', press('a')],
    ['capitals', press('A', { shift: true })],
    ['Tab', press('Tab')],
    ['Shift+Tab', press('Tab', { shift: true })],
    ['Enter', press('Enter')],
    ['Space', press(' ')],
    ['arrow keys in a radio group', press('ArrowDown')],
    ['Escape (closes a dialog)', press('Escape')],
    ['Ctrl+C and Ctrl+V in a text field', press('c', { control: true })],
    ['a key going up', { ...press('F5'), type: 'keyUp' }],
  ])('lets %s through', (_name, input) => expect(isBlockedInKiosk(input)).toBe(false));
});

function fakeWindow() {
  const listeners: Record<string, (event: { preventDefault(): void }, input?: KeyInput) => void> =
    {};
  let zoom: [number, number] | null = null;
  const window: LockableWindow = {
    on: (event, listener) => (listeners[event] = listener),
    webContents: {
      on: (event, listener) =>
        (listeners[event] = listener as (
          event: { preventDefault(): void },
          input?: KeyInput,
        ) => void),
      setVisualZoomLevelLimits: async (min, max) => void (zoom = [min, max]),
    },
  };
  const fire = (name: string, input?: KeyInput) => {
    let prevented = false;
    listeners[name]?.({ preventDefault: () => (prevented = true) }, input);
    return prevented;
  };
  return { window, fire, zoom: () => zoom };
}

describe('lockDownKiosk', () => {
  it('swallows blocked shortcuts and lets typing through', () => {
    const { window, fire } = fakeWindow();
    lockDownKiosk(window, () => false);
    expect(fire('before-input-event', press('r', { control: true }))).toBe(true);
    expect(fire('before-input-event', press('a'))).toBe(false);
  });

  it('turns pinch zoom off', () => {
    const { window, zoom } = fakeWindow();
    lockDownKiosk(window, () => false);
    expect(zoom()).toEqual([1, 1]);
  });

  it('keeps the window open until staff may close it', () => {
    const { window, fire } = fakeWindow();
    let staffSaidSo = false;
    lockDownKiosk(window, () => staffSaidSo);
    expect(fire('close')).toBe(true);
    staffSaidSo = true;
    expect(fire('close')).toBe(false);
  });
});
