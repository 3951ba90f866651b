import { createHash } from 'node:crypto';
import type { Protocol } from '@shared/protocol/protocol';

/** JSON with object keys sorted, so equal content always gives equal text whatever order keys were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 of a protocol's content, leaving out its version number: it names what the patient is given. */
export function contentHash(protocol: Protocol): string {
  return createHash('sha256')
    .update(canonical({ ...protocol, version: undefined }))
    .digest('hex');
}
