/**
 * The shared vocabulary of CareQueue: the values that cross the wire between the portal,
 * the API, the workers and the dashboard. Plain constants and types only: this library is
 * imported by the browser, so it must never import a server or UI framework.
 */

export const MESSAGE_CATEGORIES = [
  'medication_refill',
  'appointment',
  'test_results',
  'clinical_question',
  'billing',
  'records_forms',
  'other',
] as const;
export type MessageCategory = (typeof MESSAGE_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<MessageCategory, string> = {
  medication_refill: 'Medication refill',
  appointment: 'Appointment',
  test_results: 'Test results',
  clinical_question: 'Clinical question',
  billing: 'Billing',
  records_forms: 'Records & forms',
  other: 'Other',
};

/** The queues a thread can sit in. `physician` means the patient's own physician (or their cover). */
export const POOLS = ['medical_assistant', 'nurse', 'physician', 'billing'] as const;
export type Pool = (typeof POOLS)[number];

export const POOL_LABELS: Record<Pool, string> = {
  medical_assistant: 'Medical assistants',
  nurse: 'Nurses',
  physician: 'Physicians',
  billing: 'Billing',
};

/** Ordered from most to least urgent. */
export const PRIORITIES = ['urgent', 'high', 'routine'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const THREAD_STATUSES = [
  'new', // accepted, waiting for triage
  'triaged', // routed to a pool, nobody working it yet
  'claimed',
  'waiting_for_patient',
  'closed',
] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];

export const STAFF_ROLES = ['physician', 'nurse', 'medical_assistant', 'billing', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const MESSAGE_AUTHORS = ['patient', 'staff', 'system'] as const;
export type MessageAuthor = (typeof MESSAGE_AUTHORS)[number];

/** Default upper bound of a patient message body, in user-perceived characters (graphemes). */
export const DEFAULT_MAX_MESSAGE_LENGTH = 2000;
export const MAX_SUBJECT_LENGTH = 200;

export function isMessageCategory(value: unknown): value is MessageCategory {
  return typeof value === 'string' && (MESSAGE_CATEGORIES as readonly string[]).includes(value);
}
