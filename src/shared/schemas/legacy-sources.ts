import { NOT_YET_REVIEWED } from './source';

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Gives every source written before sources said their kind (a clinic's own protocol from an earlier version, in
 * its store or in a pack or plan file) the kind "secondary", not yet reviewed: a free-text citation is never taken
 * for a primary one, so staff see it as needing review. Sources that have a kind, and everything else, stay.
 */
export function withSourceKinds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withSourceKinds);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) =>
      key === 'source' && isRecord(child) && !Object.hasOwn(child, 'kind')
        ? [key, { kind: 'secondary', ...child, secondaryReason: NOT_YET_REVIEWED }]
        : [key, withSourceKinds(child)],
    ),
  );
}
