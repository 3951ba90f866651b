import type {
  ApiErrorCode,
  ApiInput,
  ApiName,
  ApiOutput,
  BridgeApi,
} from '@shared/contract/api-contract';
import { BRIDGE_GLOBAL } from '@shared/contract/bridge-global';

export class ApiCallError extends Error {
  constructor(
    readonly code: ApiErrorCode | 'no-bridge',
    message: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

function bridge(): BridgeApi {
  const api = (window as unknown as Partial<Record<string, BridgeApi>>)[BRIDGE_GLOBAL];
  if (!api) throw new ApiCallError('no-bridge', 'The page was opened outside the app.');
  return api;
}

type Args<N extends ApiName> = ApiInput<N> extends undefined ? [] : [input: ApiInput<N>];

/** Calls main through the preload's bridge and turns an error answer into an exception the UI can show. */
export async function call<N extends ApiName>(name: N, ...args: Args<N>): Promise<ApiOutput<N>> {
  const result = await bridge()[name](args[0] as ApiInput<N>);
  if (!result.ok) throw new ApiCallError(result.error.code, result.error.message);
  return result.value;
}
