import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../../src/shared/languages';

/** A translated string straight from locales/, so tests find the UI by what a person reads. */
export function localeText(language: Language, namespace: string, key: string, values: Record<string, string | number> = {}): string {
  const file = path.resolve('locales', language, `${namespace}.json`);
  let node: unknown = JSON.parse(readFileSync(file, 'utf8'));
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`${language}/${namespace}:${key} is not a string`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}
