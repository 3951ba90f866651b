import { z } from 'zod';

/** Stable identifiers inside protocols and stores: lowercase words joined by dashes. */
export const IdSchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and dashes');
