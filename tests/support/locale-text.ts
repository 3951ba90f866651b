import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '@shared/i18n/languages';
import type { Voice } from '@shared/i18n/voice';

/** A translated string straight from locales/, so tests find the UI by what a person reads. */
export function localeText(
  language: Language,
  namespace: string,
  key: string,
  values: Record<string, string | number> = {},
  voice: Voice = 'self',
): string {
  const file = path.resolve('locales', language, `${namespace}.json`);
  let node: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const parts = key.split('.');
  const leaf = parts.pop() ?? '';
  for (const part of parts) node = (node as Record<string, unknown>)[part];
  // A text with a form for the voice (src/shared/i18n/voice.ts) reads that form, as the app does.
  const forms = node as Record<string, unknown>;
  node =
    voice !== 'self' && typeof forms[`${leaf}_${voice}`] === 'string'
      ? forms[`${leaf}_${voice}`]
      : forms[leaf];
  if (typeof node !== 'string') throw new Error(`${language}/${namespace}:${key} is not a string`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) =>
    String(values[name] ?? `{{${name}}}`),
  );
}
