/** Every object in a content file that looks like per-language text, with where it is (".tests[1].name"). */
export function localizedTexts(
  value: unknown,
  where = '',
): Array<[string, Record<string, unknown>]> {
  if (Array.isArray(value))
    return value.flatMap((item, i) => localizedTexts(item, `${where}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record.en === 'string') return [[where, record]];
  return Object.entries(record).flatMap(([key, child]) => localizedTexts(child, `${where}.${key}`));
}
