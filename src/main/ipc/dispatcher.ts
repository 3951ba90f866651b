import type { z } from 'zod';
import {
  apiContract,
  isApiName,
  type ApiContract,
  type ApiName,
  type ApiOutput,
  type ApiResult,
} from '@shared/contract/api-contract';
import { CLINICIAN_MODE_LOCKED, type ClinicianSession } from '../clinician/clinician-session';
import { ApiError } from './api-error';
import { mayCall } from './caller-check';
import type { SenderInfo } from './trusted-sender';

export type ApiHandlers = {
  [N in ApiName]: (
    input: z.output<ApiContract[N]['input']>,
  ) => ApiOutput<N> | Promise<ApiOutput<N>>;
};

/** The handlers of some of the contract's calls; main's handler groups are merged into one full set. */
export type HandlersFor<N extends ApiName> = Pick<ApiHandlers, N>;

export type Invoke = (
  name: unknown,
  args: readonly unknown[],
  sender: SenderInfo,
) => Promise<ApiResult<unknown>>;

export interface DispatcherOptions {
  isTrustedSender: (sender: SenderInfo) => boolean;
  /** Whether clinician mode is open, for the calls the contract declares need it; each one let through renews it. */
  clinicianSession: Pick<ClinicianSession, 'renew'>;
  /** Where unexpected failures are reported; never given patient data, only the call name and error. */
  logError: (message: string, error: unknown) => void;
}

function failure(code: ApiError['code'], message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

/**
 * The single entry point for every call from the renderer, shared by the Electron IPC registration and the
 * test bridge: it checks the sender, the call name, who may make the call (as the contract declares it) and the
 * arguments before any handler runs, and checks the handler's answer against the contract before it leaves main.
 */
export function createDispatcher(handlers: ApiHandlers, options: DispatcherOptions): Invoke {
  return async (name, args, sender) => {
    if (!options.isTrustedSender(sender))
      return failure('forbidden', 'This page may not talk to the app.');
    if (!isApiName(name)) return failure('bad-request', 'Unknown call.');
    const entry = apiContract[name];
    // Before the arguments are read, so a caller without the right learns nothing of what the call accepts.
    if (!mayCall(entry.caller, options.clinicianSession))
      return failure('forbidden', CLINICIAN_MODE_LOCKED);
    if (args.length > 1) return failure('bad-request', `${name} takes at most one argument.`);
    const input = entry.input.safeParse(args[0]);
    if (!input.success)
      return failure(
        'bad-request',
        `${name}: ${input.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ')}`,
      );
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      const output = entry.output.safeParse(await handler(input.data));
      if (!output.success) {
        options.logError(`${name} produced an answer outside the contract`, output.error);
        return failure('failed', 'Something went wrong inside the app.');
      }
      return { ok: true, value: output.data };
    } catch (error) {
      if (error instanceof ApiError) return failure(error.code, error.message);
      options.logError(`${name} failed`, error);
      return failure('failed', 'Something went wrong inside the app.');
    }
  };
}
