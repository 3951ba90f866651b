import { resolve } from 'node:path';

/**
 * `@shared/…` is src/shared for every bundle and for vitest, as tsconfig.base.json's paths say for the type
 * checker. Resolved from the folder the build runs in, as the configs' entry points are.
 */
export const sharedAlias = { '@shared': resolve('src/shared') };
