/** A string found inside a value, with where it is, as a path into the value: "patient.medicines[2].name". */
export interface LocatedText {
  location: string;
  text: string;
}

/** Every string inside a value (objects and arrays, however deep), in order. */
export function textsIn(value: unknown, location = ''): LocatedText[] {
  if (typeof value === 'string') return [{ location, text: value }];
  if (Array.isArray(value))
    return value.flatMap((item, index) => textsIn(item, `${location}[${index}]`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) =>
      textsIn(item, location === '' ? key : `${location}.${key}`),
    );
  return [];
}
