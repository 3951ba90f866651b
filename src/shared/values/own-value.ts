/**
 * The value a record holds under `key` itself. A plain `record[key]` also finds what every object inherits
 * ("constructor", "toString"), so a key that comes from a file or the renderer is looked up only this way.
 */
export function ownValue<V>(
  record: Readonly<Partial<Record<string, V>>>,
  key: string,
): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
