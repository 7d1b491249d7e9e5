import { POOL_LABELS, type Pool, type Priority, type StaffRole, type ThreadStatus } from '@carequeue/contracts';

// Display words for values the contracts library has no labels for yet.

export const STATUS_LABELS: Record<ThreadStatus, string> = {
  new: 'Awaiting triage',
  triaged: 'Unclaimed',
  claimed: 'Claimed',
  waiting_for_patient: 'Waiting for patient',
  closed: 'Closed',
};

export const PRIORITY_LABELS: Record<Priority, string> = {
  urgent: 'Urgent',
  high: 'High',
  routine: 'Routine',
};

export const ROLE_LABELS: Record<StaffRole, string> = {
  physician: 'Physician',
  nurse: 'Nurse',
  medical_assistant: 'Medical assistant',
  billing: 'Billing',
  admin: 'Administrator',
};

/** A thread has no pool until triage has routed it. */
export function poolLabel(pool: Pool | null): string {
  return pool ? POOL_LABELS[pool] : 'Not yet routed';
}
