import { describe, expect, it, vi } from 'vitest';
import { API_NAMES, apiContract } from '@shared/contract/api-contract';
import { ApiError } from '../../../../src/main/ipc/api-error';
import { createDispatcher, type ApiHandlers } from '../../../../src/main/ipc/dispatcher';
import { emptySession } from '@shared/schemas/session';

const session = { ...emptySession('en'), firstName: 'Ana' };

function handlers(overrides: Partial<ApiHandlers> = {}): ApiHandlers {
  const unused = Object.fromEntries(
    API_NAMES.map((name) => [
      name,
      () => {
        throw new Error(`${name} is not used here`);
      },
    ]),
  );
  return {
    ...(unused as unknown as ApiHandlers),
    getStartupInfo: () => ({
      appVersion: '1.0.0',
      defaultLanguage: 'en',
      notices: [],
      managedSettingsRefused: null,
      role: 'home',
      persistence: { mode: 'home', storage: 'unavailable', saving: false },
      sessionEnded: null,
      staffModeOffered: true,
      sessionStart: { allowed: true, missingSettings: [] },
    }),
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
/** Clinician mode open unless a test says otherwise, so the other checks are what each test sees. */
function dispatcher(h = handlers(), clinicianModeOpen = true) {
  const logError = vi.fn();
  const renew = vi.fn(() => clinicianModeOpen);
  const invoke = createDispatcher(h, {
    isTrustedSender: (s) => s.url === trusted.url && s.isMainFrame,
    clinicianSession: { renew },
    logError,
  });
  return { invoke, logError, renew };
}
const everyCallSpied = () => {
  const called = vi.fn();
  return {
    called,
    handlers: Object.fromEntries(API_NAMES.map((n) => [n, called])) as unknown as ApiHandlers,
  };
};
// Read from the contract, so a clinician call added later is covered with no change here.
const CLINICIAN_CALLS = API_NAMES.filter((name) => apiContract[name].caller === 'clinician');
const OPEN_CALLS = API_NAMES.filter((name) => apiContract[name].caller !== 'clinician');

describe('createDispatcher', () => {
  it('answers a valid call from the app page', async () => {
    const { invoke } = dispatcher();
    await expect(invoke('getSession', [undefined], trusted)).resolves.toEqual({
      ok: true,
      value: session,
    });
  });

  it('refuses every call from another page before running anything', async () => {
    const getSession = vi.fn(() => session);
    const { invoke } = dispatcher(handlers({ getSession }));
    for (const sender of [
      { url: 'https://evil.example/', isMainFrame: true },
      { ...trusted, isMainFrame: false },
    ]) {
      await expect(invoke('getSession', [], sender)).resolves.toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(getSession).not.toHaveBeenCalled();
  });

  it('knows the clinician calls from the contract', () => {
    expect(CLINICIAN_CALLS).toEqual(
      expect.arrayContaining([
        'clinicianSaveSettings',
        'clinicianCloseApp',
        'clinicianExportPlan',
        'clinicianImportPack',
      ]),
    );
    expect(OPEN_CALLS).toEqual(
      expect.arrayContaining(['getSession', 'clinicianUnlock', 'clinicianStatus']),
    );
  });

  // Privacy: clinician calls read and change what every patient is given (and close a kiosk); the dispatcher, not
  // each handler, refuses them unless clinician mode is open, whatever the arguments.
  it.each(CLINICIAN_CALLS)(
    'refuses %s without clinician mode, before its handler runs',
    async (name) => {
      const { called, handlers: spied } = everyCallSpied();
      const { invoke, renew } = dispatcher(spied, false);
      for (const args of [[], [undefined], [{}], [{ id: 'example-car-t' }]]) {
        await expect(invoke(name, args, trusted)).resolves.toEqual({
          ok: false,
          error: { code: 'forbidden', message: 'Clinician mode is locked.' },
        });
      }
      expect(called).not.toHaveBeenCalled();
      expect(renew).toHaveBeenCalled();
    },
  );

  it.each(CLINICIAN_CALLS)(
    'lets %s through while clinician mode is open, renewing it',
    async (name) => {
      const { invoke, renew } = dispatcher(everyCallSpied().handlers, true);
      const result = await invoke(name, [], trusted);
      expect(result).not.toMatchObject({ error: { code: 'forbidden' } });
      expect(renew).toHaveBeenCalledOnce();
    },
  );

  it.each(OPEN_CALLS)(
    'lets %s through without clinician mode, never asking for it',
    async (name) => {
      const { invoke, renew } = dispatcher(everyCallSpied().handlers, false);
      const result = await invoke(name, [], trusted);
      expect(result).not.toMatchObject({ error: { code: 'forbidden' } });
      expect(renew).not.toHaveBeenCalled();
    },
  );

  it.each([['constructor'], ['__proto__'], ['toString'], ['nope'], [42], [null]])(
    'refuses the unknown call %s',
    async (name) => {
      const { invoke } = dispatcher();
      await expect(invoke(name, [], trusted)).resolves.toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    },
  );

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
    await expect(invoke('updateSession', [input], trusted)).resolves.toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
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
  it.each(
    API_NAMES.flatMap((name) => HOSTILE.map(([label, input]) => [name, label, input] as const)),
  )('refuses %s with %s', async (name, _label, input) => {
    const { called, handlers: spied } = everyCallSpied();
    const { invoke } = dispatcher(spied);
    await expect(invoke(name, [input], trusted)).resolves.toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(called).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses extra arguments', async () => {
    const { invoke } = dispatcher();
    await expect(invoke('getSession', [undefined, 'extra'], trusted)).resolves.toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it('passes a handler ApiError through as its code and message', async () => {
    const { invoke } = dispatcher();
    await expect(invoke('getProtocol', [{ id: 'missing' }], trusted)).resolves.toEqual({
      ok: false,
      error: { code: 'not-found', message: 'no such protocol' },
    });
  });

  it('hides an unexpected failure behind a generic message and logs it', async () => {
    const { invoke, logError } = dispatcher(
      handlers({
        listProtocols: () => {
          throw new Error('disk on fire');
        },
      }),
    );
    const result = await invoke('listProtocols', [], trusted);
    expect(result).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(JSON.stringify(result)).not.toContain('disk on fire');
    expect(logError).toHaveBeenCalledOnce();
  });

  it('never lets an answer outside the contract leave main', async () => {
    const leaky = handlers({
      getSession: () => ({ ...session, secret: 'x' }) as unknown as typeof session,
    });
    const { invoke, logError } = dispatcher(leaky);
    await expect(invoke('getSession', [], trusted)).resolves.toMatchObject({
      ok: false,
      error: { code: 'failed' },
    });
    expect(logError).toHaveBeenCalledOnce();
  });

  it('has a handler for every contract entry', () => {
    expect(Object.keys(handlers()).sort()).toEqual([...API_NAMES].sort());
  });
});
