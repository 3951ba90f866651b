import { describe, expect, it } from 'vitest';
import { reloadEvenIfHung, type ReloadableContents } from '../../../../src/main/kiosk/hung-page';

function fakeContents() {
  const listeners = new Map<string, () => void>();
  const events: string[] = [];
  const contents: ReloadableContents = {
    on: (event, listener) => listeners.set(event, listener),
    reload: () => void events.push('reload'),
    forcefullyCrashRenderer: () => void events.push('process ended'),
  };
  const emit = (event: 'unresponsive' | 'did-finish-load') => listeners.get(event)?.();
  return { contents, events, emit };
}

describe("main's reload after a session's end", () => {
  it('ends the process of a page that hangs instead of loading, so crash recovery reloads it in a new one', () => {
    const { contents, events, emit } = fakeContents();
    const reload = reloadEvenIfHung(contents);
    reload();
    emit('unresponsive');
    expect(events).toEqual(['reload', 'process ended']);
  });

  it('leaves alone a page that is only busy while someone uses it', () => {
    const { contents, events, emit } = fakeContents();
    const reload = reloadEvenIfHung(contents);
    emit('unresponsive');
    reload();
    emit('did-finish-load');
    emit('unresponsive');
    expect(events).toEqual(['reload']);
  });
});
