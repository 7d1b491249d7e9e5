/**
 * Domain events: services announce what changed; listeners (realtime, later notifications)
 * react. Processors and services never call the socket server themselves.
 */
export const DomainEvent = {
  ThreadCreated: 'domain.thread.created',
  ThreadChanged: 'domain.thread.changed',
  /** Triage found an emergency: alert physicians and nurses at once. */
  ThreadUrgent: 'domain.thread.urgent',
  /** The SLA fell due with nobody having answered. */
  ThreadOverdue: 'domain.thread.overdue',
  /** An engagement import committed and changed something: the measures may differ. */
  EngagementImported: 'domain.engagement.imported',
} as const;

export interface ThreadDomainEvent {
  threadId: string;
  /** What happened, for logs and audit: ids and verbs only, never message content. */
  reason: 'intake' | 'patient_reply' | 'triaged' | 'staff_action' | 'replied' | 'claim_expired' | 'urgent' | 'overdue';
}

export interface EngagementDomainEvent {
  practiceId: string;
}
