import { z } from 'zod';

/**
 * Names every JavaScript object already answers to ("constructor", "toString", "__proto__"…). An id is used as
 * a key in records read from files (key dates, test progress, protocol history), where such a name would find
 * Object's own member instead of nothing; so no id may be one of them.
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  '__proto__',
  'prototype',
]);

/** Stable identifiers inside protocols and stores: lowercase words joined by dashes. */
export const IdSchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and dashes')
  .refine((id) => !RESERVED_IDS.has(id), {
    error: (issue) =>
      `"${String(issue.input)}" is a name the app keeps for itself; choose another id`,
  });
