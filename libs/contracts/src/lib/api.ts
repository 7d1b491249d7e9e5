import type {
  MessageAuthor,
  MessageCategory,
  Pool,
  Priority,
  StaffRole,
  ThreadStatus,
} from './vocabulary';

/** Body of `POST /api/v1/messages`, as the portal integration sends it. */
export interface IntakeMessageRequest {
  /** The portal's own id for this message: the idempotency key. */
  externalId: string;
  /** CareQueue's patient id; give this or `mrn`. */
  patientId?: string;
  /** The practice's medical record number; give this or `patientId`. */
  mrn?: string;
  /** Continue an existing thread (a patient's reply) instead of starting one. */
  threadId?: string;
  category: MessageCategory;
  subject: string;
  body: string;
  /** ISO 8601; defaults to the moment CareQueue received it. */
  sentAt?: string;
}

export interface IntakeMessageResponse {
  threadId: string;
  messageId: string;
  /** True when this externalId had been accepted before: nothing new was created. */
  duplicate: boolean;
}

/** Every 4xx the API returns has this shape; `errors` names the offending fields. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  errors?: FieldError[];
}

export interface FieldError {
  field: string;
  message: string;
}

export interface PatientSummary {
  id: string;
  mrn: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  primaryPhysicianId: string | null;
}

export interface ThreadSummary {
  id: string;
  patientId: string;
  patientName: string;
  subject: string;
  category: MessageCategory;
  /** The patient's own choice, kept beside the category triage decided on. */
  requestedCategory: MessageCategory;
  status: ThreadStatus;
  pool: Pool | null;
  priority: Priority;
  urgent: boolean;
  /** Whose queue routing put it in (the patient's physician, for clinical questions). */
  assigneeId: string | null;
  /** Who is working on it now; the claim lapses at claimExpiresAt. */
  claimedBy: StaffRef | null;
  claimExpiresAt: string | null;
  /** Escalated to the physician by an assistant or nurse (the note is in the detail). */
  escalated: boolean;
  /** When the SLA fell due unanswered and the thread was escalated for it. */
  overdueAt: string | null;
  messageCount: number;
  lastMessageAt: string;
  dueAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface StaffRef {
  id: string;
  name: string;
  role: StaffRole;
}

export interface ThreadMessage {
  id: string;
  author: MessageAuthor;
  /** A staff-only note (re-route, escalation): never shown to the patient. */
  internal: boolean;
  /** Staff author's display name and role, so the patient never faces an unnamed stranger. */
  authorName: string | null;
  authorRole: StaffRole | null;
  body: string;
  sentAt: string;
  triagedAt: string | null;
}

/** Who the patient is, for whoever answers: enough context, nothing more. */
export interface PatientContext {
  ageYears: number;
  mrn: string;
  primaryPhysician: string | null;
  /** The patient's other recent threads, newest first. */
  recentThreads: { id: string; subject: string; status: ThreadStatus; createdAt: string }[];
}

export interface ThreadDetail extends ThreadSummary {
  messages: ThreadMessage[];
  routingExplanation: string[];
  escalationNote: string | null;
  patient: PatientContext | null;
}

/** 409 answer when someone else holds the claim. */
export interface ClaimConflict extends ApiError {
  claimedBy: StaffRef | null;
  claimExpiresAt: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export type HealthState = 'up' | 'down';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: { status: HealthState; embedded: boolean; latencyMs?: number; error?: string };
  redis: { status: HealthState; latencyMs?: number; error?: string };
  version: string;
  uptimeSeconds: number;
}

/** `POST /api/v1/auth/login`. */
export interface LoginRequest {
  email: string;
  password: string;
}

export interface StaffProfile {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
}

/** Answer of login and refresh. Access tokens are short-lived; refresh tokens rotate on use. */
export interface AuthSession {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
  user: StaffProfile;
}

export interface RefreshRequest {
  refreshToken: string;
}

/** `GET /api/v1/auth/demo`: sign-in help shown only while the demo practice is seeded. */
export interface DemoLogins {
  demo: boolean;
  password?: string;
  logins?: { email: string; name: string; role: StaffRole }[];
}

/**
 * Time to first response of a group of threads (`GET /api/v1/operations`): how many threads, how
 * many got a first response, and the median and 90th percentile of the minutes it took (linear
 * interpolation; null when none was answered).
 */
export interface ResponseTimeFigure {
  threads: number;
  answered: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
}

/** One physician's replies in the period and, from batch mode, how fast they went. */
export interface PhysicianWorkload {
  staff: StaffRef;
  replies: number;
  /** Replies on each date of `OperationsReport.days`, in the same order. */
  perDay: number[];
  /** Dates with at least one reply. */
  activeDays: number;
  /** Replies over every day of the period, weekends included. */
  averagePerDay: number;
  /** Replies over the days they replied at all; null without any. */
  averagePerActiveDay: number | null;
  batch: {
    /** Replies sent from batch mode, which records the time spent on each. */
    messages: number;
    spentSeconds: number;
    medianSecondsPerMessage: number | null;
    messagesPerHour: number | null;
  };
}

/** `GET /api/v1/operations?from&to` (administrators). Definitions: apps/api/src/operations/README.md. */
export interface OperationsReport {
  from: string;
  to: string;
  /** The practice's IANA zone: days are its calendar days. */
  timezone: string;
  /** Threads whose first patient message arrived in the period: every thread figure counts these. */
  firstResponse: ResponseTimeFigure;
  byCategory: (ResponseTimeFigure & { category: MessageCategory })[];
  /** By the thread's current pool; null: not routed yet. */
  byPool: (ResponseTimeFigure & { pool: Pool | null })[];
  /** By who sent the first response (answered threads only). */
  byClinician: (ResponseTimeFigure & { staff: StaffRef })[];
  /** First response at or before the due time; unanswered past the due time is missed; unanswered before it is pending. */
  sla: { met: number; missed: number; pending: number; share: number | null };
  /** Closed threads, and those of them no physician ever replied to. */
  resolution: { closed: number; withoutPhysician: number; shareWithoutPhysician: number | null };
  /** Every date of the period: patient messages received, and threads open at the end of the day. */
  days: { date: string; received: number; backlog: number }[];
  /** Threads not closed right now (the Inbox's "open"). */
  backlogNow: number;
  physicians: PhysicianWorkload[];
}
