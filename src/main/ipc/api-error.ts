import type { ApiErrorCode } from '@shared/contract/api-contract';

/** Thrown by a handler to answer with a specific error code and a message safe to show. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
