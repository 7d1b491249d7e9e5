/**
 * Test support for the Operations integration test: threads written straight into the database
 * with every instant chosen by the test (the API stamps `now()`, which a test cannot place in a
 * past week). Patient messages are stored as already triaged and without outbox rows, so no
 * worker touches them. Used by *.int-spec.ts only.
 */
import type { MessageCategory, Pool, StaffRole, ThreadStatus } from '@carequeue/contracts';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

export interface StaffMessage {
  /** Who wrote it; null with `system` for the automatic safety reply. */
  staffId: string | null;
  role: StaffRole | null;
  at: string;
  internal?: boolean;
  system?: boolean;
  /** Batch mode's time on this message, recorded in the reply's audit row as elapsedMs. */
  elapsedMs?: number;
}

export interface ThreadSpec {
  category: MessageCategory;
  pool: Pool | null;
  status: ThreadStatus;
  /** Patient messages, by arrival time; the first one starts the thread. */
  patient: string[];
  staff?: StaffMessage[];
  dueAt?: string | null;
  closedAt?: string | null;
}

export async function storeThread(db: DataSource, practiceId: string, patientId: string, spec: ThreadSpec): Promise<string> {
  const id = randomUUID();
  const staff = spec.staff ?? [];
  const replies = staff.filter((m) => !m.internal && !m.system).map((m) => m.at).sort();
  const all = [...spec.patient, ...staff.map((m) => m.at)].sort();
  await db.query(
    `INSERT INTO thread (id, practice_id, patient_id, subject, requested_category, category, status, pool, due_at,
       closed_at, first_response_at, message_count, last_message_at, created_at)
     VALUES ($1, $2, $3, 'Test thread', $4, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [id, practiceId, patientId, spec.category, spec.status, spec.pool, spec.dueAt ?? null, spec.closedAt ?? null, replies[0] ?? null, all.length, all.at(-1), spec.patient[0]],
  );
  for (const at of spec.patient) {
    await db.query(
      `INSERT INTO message (practice_id, thread_id, author, category, body, sent_at, received_at, triaged_at)
       VALUES ($1, $2, 'patient', $3, 'Patient text', $4, $4, $4)`,
      [practiceId, id, spec.category, at],
    );
  }
  for (const m of staff) {
    const [{ id: messageId }]: [{ id: string }] = await db.query(
      `INSERT INTO message (practice_id, thread_id, author, author_staff_id, author_role, internal, body, sent_at, received_at, triaged_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'Staff text', $7, $7, $7) RETURNING id`,
      [practiceId, id, m.system ? 'system' : 'staff', m.staffId, m.role, m.internal ?? false, m.at],
    );
    if (m.internal || m.system) continue;
    await db.query(
      `INSERT INTO audit_event (at, actor_type, actor_id, action, thread_id, details) VALUES ($1, 'staff', $2, 'thread.replied', $3, $4)`,
      [m.at, m.staffId, id, JSON.stringify(m.elapsedMs === undefined ? { messageId } : { messageId, elapsedMs: m.elapsedMs })],
    );
  }
  return id;
}
