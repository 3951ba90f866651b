/** The clinic's name and numbers staff must enter before clinic settings can be saved. */
export const CLINIC_CONTACT = {
  clinicName: 'North Clinic',
  phoneOfficeHours: '555-0100',
  phoneAfterHours: '555-0199',
} as const;
