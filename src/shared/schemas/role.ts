/**
 * Who is filling the answers in. A module of its own, and a plain list, so the welcome step, which asks it, can list
 * the choices without loading zod or building the session's schema (`RoleSchema` there is built from this list).
 */
export const ROLES = ['patient', 'parent', 'caregiver', 'representative'] as const;
export type Role = (typeof ROLES)[number];
