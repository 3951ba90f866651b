import { z } from 'zod';

/** How the app runs: on a patient's own computer, which may save their answers, or a shared kiosk that keeps nothing. */
export const AppModeSchema = z.enum(['home', 'kiosk']);
export type AppMode = z.infer<typeof AppModeSchema>;

/**
 * How this computer runs, decided once at start: a patient's own, a shared kiosk, or not known because its clinic
 * settings could not be read ("needs-attention"): then it keeps nothing, runs locked down and asks for staff.
 */
export const ComputerRoleSchema = z.enum([...AppModeSchema.options, 'needs-attention']);
export type ComputerRole = z.infer<typeof ComputerRoleSchema>;
