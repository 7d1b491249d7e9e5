import type { PatientContext, StaffRef, ThreadDetail, ThreadMessage, ThreadSummary } from '@carequeue/contracts';
import type { StaffUserEntity } from '../staff/staff-user.entity';
import type { MessageEntity } from './message.entity';
import type { ThreadEntity } from './thread.entity';

/** The claimer, unless the claim has lapsed (the expiry sweep may not have run yet). */
function liveClaimer(thread: ThreadEntity): StaffRef | null {
  const claimer = thread.claimer;
  if (!claimer || !thread.claimExpiresAt || thread.claimExpiresAt < new Date()) return null;
  return { id: claimer.id, name: claimer.displayName, role: claimer.role };
}

export function toThreadSummary(thread: ThreadEntity): ThreadSummary {
  const patient = thread.patient;
  return {
    id: thread.id,
    patientId: thread.patientId,
    patientName: patient ? `${patient.firstName} ${patient.lastName}` : '',
    subject: thread.subject,
    category: thread.category,
    requestedCategory: thread.requestedCategory,
    status: thread.status,
    pool: thread.pool,
    priority: thread.priority,
    urgent: thread.urgent,
    assigneeId: thread.assigneeId,
    claimedBy: liveClaimer(thread),
    claimExpiresAt: liveClaimer(thread) ? (thread.claimExpiresAt?.toISOString() ?? null) : null,
    escalated: thread.escalated,
    overdueAt: thread.overdueAt ? thread.overdueAt.toISOString() : null,
    messageCount: thread.messageCount,
    lastMessageAt: thread.lastMessageAt.toISOString(),
    dueAt: thread.dueAt ? thread.dueAt.toISOString() : null,
    createdAt: thread.createdAt.toISOString(),
    updatedAt: thread.updatedAt.toISOString(),
  };
}

export function toThreadMessage(message: MessageEntity, staff: Map<string, StaffUserEntity>): ThreadMessage {
  const author = message.authorStaffId ? staff.get(message.authorStaffId) : undefined;
  return {
    id: message.id,
    author: message.author,
    internal: message.internal,
    authorName: author?.displayName ?? null,
    authorRole: message.authorRole ?? author?.role ?? null,
    body: message.body,
    sentAt: message.sentAt.toISOString(),
    triagedAt: message.triagedAt ? message.triagedAt.toISOString() : null,
  };
}

export function toThreadDetail(
  thread: ThreadEntity,
  messages: MessageEntity[],
  staff: Map<string, StaffUserEntity>,
  patient: PatientContext | null = null,
): ThreadDetail {
  return {
    ...toThreadSummary(thread),
    messages: messages.map((m) => toThreadMessage(m, staff)),
    routingExplanation: thread.routingExplanation,
    escalationNote: thread.escalationNote,
    patient,
  };
}
