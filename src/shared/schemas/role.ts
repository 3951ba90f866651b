import { z } from 'zod';

/**
 * Who is filling the answers in. A module of its own so the welcome step, which asks it, can list the choices
 * without building the session's whole schema (and the protocol's within it) before the first screen.
 */
export const RoleSchema = z.enum(['patient', 'parent', 'caregiver', 'representative']);
export type Role = z.infer<typeof RoleSchema>;
