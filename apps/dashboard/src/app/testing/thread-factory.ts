import type { ThreadDetail, ThreadSummary } from '@carequeue/contracts';

let sequence = 0;

/** A plausible routine thread; tests override only what they are about. */
export function aThread(overrides: Partial<ThreadSummary> = {}): ThreadSummary {
  sequence += 1;
  const id = overrides.id ?? `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
  return {
    id,
    patientId: `patient-${sequence}`,
    patientName: `Patient ${sequence}`,
    subject: `Question ${sequence}`,
    category: 'medication_refill',
    requestedCategory: 'medication_refill',
    status: 'triaged',
    pool: 'medical_assistant',
    priority: 'routine',
    urgent: false,
    assigneeId: null,
    claimedBy: null,
    claimExpiresAt: null,
    escalated: false,
    overdueAt: null,
    messageCount: 1,
    lastMessageAt: '2025-03-03T09:00:00.000Z',
    dueAt: null,
    createdAt: '2025-03-03T09:00:00.000Z',
    updatedAt: '2025-03-03T09:00:00.000Z',
    ...overrides,
  };
}

export function aThreadDetail(overrides: Partial<ThreadDetail> = {}): ThreadDetail {
  const summary = aThread(overrides);
  return {
    ...summary,
    messages: [],
    routingExplanation: [],
    escalationNote: null,
    patient: null,
    ...overrides,
  };
}
