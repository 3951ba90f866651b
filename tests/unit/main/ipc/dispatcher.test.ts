import { describe, expect, it, vi } from 'vitest';
import { API_NAMES } from '@shared/contract/api-contract';
import { ApiError } from '../../../../src/main/ipc/api-error';
import { createDispatcher, type ApiHandlers } from '../../../../src/main/ipc/dispatcher';
import { emptySession } from '@shared/schemas/session';

const session = { ...emptySession('en'), firstName: 'Ana' };

function handlers(overrides: Partial<ApiHandlers> = {}): ApiHandlers {
  const unused = Object.fromEntries(API_NAMES.map((name) => [name, () => { throw new Error(`${name} is not used here`); }]));
  return {
    ...(unused as unknown as ApiHandlers),
    getStartupInfo: () => ({ appVersion: '1.0.0', defaultLanguage: 'en', notices: [], role: 'home', persistence: { mode: 'home', storage: 'unavailable', saving: false }, sessionEnded: null, staffModeOffered: true, sessionStart: { allowed: true, missingSettings: [] } }),
    listProtocols: () => [],
    getProtocol: () => {
      throw new ApiError('not-found', 'no such protocol');
    },
    getSession: () => session,
    updateSession: (patch) => ({ ...session, ...patch }),
    saveHandout: async () => ({ outcome: 'cancelled' }),
    ...overrides,
  };
}

const trusted = { url: 'app://gtc/index.html', isMainFrame: true };
function dispatcher(h = handlers()) {
  const logError = vi.fn();
  const invoke = createDispatcher(h, { isTrustedSender: (s) => s.url === trusted.url && s.isMainFrame, logError });
  return { invoke, logError };
}

describe('createDispatcher', () => {
  it('answers a valid call from the app page', async () => {
    const { invoke } = dispatcher();
    await expect(invoke('getSession', [undefined], trusted)).resolves.toEqual({ ok: true, value: session });
  });

  it('refuses every call from another page before running anything', async () => {
    const getSession = vi.fn(() => session);
    const { invoke } = dispatcher(handlers({ getSession }));
    for (const sender of [{ url: 'https://evil.example/', isMainFrame: true }, { ...trusted, isMainFrame: false }]) {
      await expect(invoke('getSession', [], sender)).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(getSession).not.toHaveBeenCalled();
  });

  it.each([['constructor'], ['__proto__'], ['toString'], ['nope'], [42], [null]])('refuses the unknown call %s', async (name) => {
    const { invoke } = dispatcher();
    await expect(invoke(name, [], trusted)).resolves.toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it.each([
    ['a number', 42],
    ['a string', 'x'],
    ['an unknown field', { evil: true }],
    ['a bad language', { language: 'xx' }],
    ['a prototype key', JSON.parse('{"__proto__": {"polluted": true}}')],
    ['a huge name', { firstName: 'x'.repeat(10_000) }],
  ])('refuses updateSession with %s', async (_label, input) => {
    const updateSession = vi.fn();
    const { invoke } = dispatcher(handlers({ updateSession }));
    await expect(invoke('updateSession', [input], trusted)).resolves.toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(updateSession).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  // Every call, not only updateSession: values no contract input accepts must never reach a handler.
  const deep = (levels: number): unknown => (levels === 0 ? {} : { a: deep(levels - 1) });
  const HOSTILE: Array<[string, unknown]> = [
    ['a number', 42],
    ['a string', 'x'.repeat(100_000)],
    ['an array', [1, 2, 3]],
    ['true', true],
    ['a prototype key', JSON.parse('{"__proto__": {"polluted": true}}')],
    ['a constructor key', JSON.parse('{"constructor": {"prototype": {"polluted": true}}}')],
    ['an unknown field', { evil: true }],
    ['objects nested 2000 deep', deep(2000)],
  ];
  it.each(API_NAMES.flatMap((name) => HOSTILE.map(([label, input]) => [name, label, input] as const)))('refuses %s with %s', async (name, _label, input) => {
    const called = vi.fn();
    const { invoke } = dispatcher(Object.fromEntries(API_NAMES.map((n) => [n, called])) as unknown as ApiHandlers);
    await expect(invoke(name, [input], trusted)).resolves.toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(called).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses extra arguments', async () => {
    const { invoke } = dispatcher();
    await expect(invoke('getSession', [undefined, 'extra'], trusted)).resolves.toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('passes a handler ApiError through as its code and message', async () => {
    const { invoke } = dispatcher();
    await expect(invoke('getProtocol', [{ id: 'missing' }], trusted)).resolves.toEqual({
      ok: false,
      error: { code: 'not-found', message: 'no such protocol' },
    });
  });

  it('hides an unexpected failure behind a generic message and logs it', async () => {
    const { invoke, logError } = dispatcher(handlers({ listProtocols: () => { throw new Error('disk on fire'); } }));
    const result = await invoke('listProtocols', [], trusted);
    expect(result).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(JSON.stringify(result)).not.toContain('disk on fire');
    expect(logError).toHaveBeenCalledOnce();
  });

  it('never lets an answer outside the contract leave main', async () => {
    const leaky = handlers({ getSession: () => ({ ...session, secret: 'x' }) as unknown as typeof session });
    const { invoke, logError } = dispatcher(leaky);
    await expect(invoke('getSession', [], trusted)).resolves.toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(logError).toHaveBeenCalledOnce();
  });

  it('has a handler for every contract entry', () => {
    expect(Object.keys(handlers()).sort()).toEqual([...API_NAMES].sort());
  });
});
