import { z } from 'zod';

/**
 * How this computer runs, decided once at start: a patient's own, a shared kiosk, or not known because its clinic
 * settings could not be read ("needs-attention"): then it keeps nothing, runs locked down and asks for staff.
 */
export const ComputerRoleSchema = z.enum(['home', 'kiosk', 'needs-attention']);
export type ComputerRole = z.infer<typeof ComputerRoleSchema>;
