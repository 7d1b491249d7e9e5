import type { StaffRole } from '@carequeue/contracts';

/**
 * How a staff role reads to a patient, in a sign-off line or `{{staff.role}}`. Patient-facing words,
 * so "medical_assistant" becomes "Medical Assistant" and "admin" a practice administrator.
 */
export const STAFF_ROLE_TITLES: Record<StaffRole, string> = {
  physician: 'Physician',
  nurse: 'Nurse',
  medical_assistant: 'Medical Assistant',
  billing: 'Billing Specialist',
  admin: 'Practice Administrator',
};

/** A known role becomes its title; anything else (a custom title such as "Nurse Practitioner") is kept. */
export function staffTitle(role: string): string {
  return Object.prototype.hasOwnProperty.call(STAFF_ROLE_TITLES, role)
    ? STAFF_ROLE_TITLES[role as StaffRole]
    : role;
}
