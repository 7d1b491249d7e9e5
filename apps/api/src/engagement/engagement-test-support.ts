/**
 * Test support for the engagement integration tests: turns a `@carequeue/measures` dataset into
 * import records, and stores its secure messages as CareQueue threads and messages whose EP
 * attribution (thread assignee, else primary physician) gives the dataset's `providerId`.
 * Used by *.int-spec.ts only; no test framework here, so it type-checks with the app.
 */
import type { Dataset } from '@carequeue/measures';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** The dataset's providers, patients, visits and events as `POST /api/v1/import` records. */
export function importRecords(dataset: Dataset): Record<string, unknown>[] {
  const optional = <T>(key: string, value: T | null | undefined) => (value === undefined || value === null ? {} : { [key]: value });
  return [
    ...dataset.providers.map((p) => ({ type: 'provider', id: p.id, name: p.name, role: p.role })),
    ...dataset.patients.map((p) => ({
      type: 'patient',
      id: p.id,
      birthDate: p.birthDate,
      ...optional('primaryProviderId', p.primaryProviderId),
      ...optional('name', p.name),
    })),
    ...dataset.encounters.map((e) => ({ type: 'encounter', ...e })),
    ...dataset.accessGranted.map((g) => ({ type: 'access_granted', patientId: g.patientId, at: g.at, ...optional('encounterId', g.encounterId) })),
    ...dataset.portalActivity.map((a) => ({ type: 'portal_activity', ...a })),
    ...dataset.summaryProvided.map((s) => ({ type: 'summary_provided', ...s })),
    ...dataset.educationProvided.map((e) => ({ type: 'education_provided', ...e })),
    ...dataset.reminderSent.map((r) => ({ type: 'reminder_sent', ...r })),
    ...dataset.copyRequested.map((r) => ({ type: 'copy_requested', ...r })),
    ...dataset.copyProvided.map((c) => ({ type: 'copy_provided', ...c })),
  ];
}

/**
 * One thread per secure message. The thread is assigned so that the API's attribution yields the
 * message's providerId: to that EP, or left unassigned when the patient's primary provider is that
 * EP (every other message, to exercise the fallback); a message with no EP goes to `nonEpStaffId`
 * (a physician who is not an imported provider) unless the patient has no primary provider.
 * Each thread also gets an internal staff note and a system message, which must count for nobody.
 */
export async function storeMessages(db: DataSource, practiceId: string, dataset: Dataset, nonEpStaffId: string): Promise<void> {
  if (dataset.secureMessages.length === 0) return;
  const patients: { id: string; mrn: string }[] = await db.query(`SELECT id, mrn FROM patient WHERE practice_id = $1`, [practiceId]);
  const staff: { id: string; external_id: string }[] = await db.query(
    `SELECT id, external_id FROM staff_user WHERE practice_id = $1 AND external_id IS NOT NULL`,
    [practiceId],
  );
  const patientUuid = new Map(patients.map((p) => [p.mrn, p.id]));
  const staffUuid = new Map(staff.map((s) => [s.external_id, s.id]));
  const primary = new Map(dataset.patients.map((p) => [p.id, p.primaryProviderId ?? null]));

  const threads = dataset.secureMessages.map((m, i) => {
    const own = primary.get(m.patientId) ?? null;
    const ep = m.providerId ?? null;
    let assignee: string | null;
    if (ep !== null) assignee = own === ep && i % 2 === 0 ? null : (staffUuid.get(ep) ?? null);
    else assignee = own === null && i % 2 === 0 ? null : nonEpStaffId;
    return { id: randomUUID(), patientId: patientUuid.get(m.patientId) ?? null, assignee, at: m.at, direction: m.direction };
  });
  await db.query(
    `INSERT INTO thread (id, practice_id, patient_id, subject, requested_category, category, status, assignee_id, last_message_at, message_count)
     SELECT r.id, $1, r.patient_id, 'Test', 'other', 'other', 'triaged', r.assignee, r.at, 3
       FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::timestamptz[]) AS r(id, patient_id, assignee, at)`,
    [practiceId, threads.map((t) => t.id), threads.map((t) => t.patientId), threads.map((t) => t.assignee), threads.map((t) => t.at)],
  );
  const rows = threads.flatMap((t) => [
    { thread: t.id, author: t.direction === 'from_patient' ? 'patient' : 'staff', staff: t.direction === 'from_patient' ? null : nonEpStaffId, internal: false, at: t.at },
    { thread: t.id, author: 'staff', staff: nonEpStaffId, internal: true, at: t.at },
    { thread: t.id, author: 'system', staff: null, internal: false, at: t.at },
  ]);
  await db.query(
    `INSERT INTO message (practice_id, thread_id, author, author_staff_id, internal, body, sent_at)
     SELECT $1, r.thread, r.author, r.staff, r.internal, 'test message', r.at
       FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::boolean[], $6::timestamptz[]) AS r(thread, author, staff, internal, at)`,
    [practiceId, rows.map((r) => r.thread), rows.map((r) => r.author), rows.map((r) => r.staff), rows.map((r) => r.internal), rows.map((r) => r.at)],
  );
}

/** Removes every imported row and every thread, so the next dataset starts from an empty practice. */
export async function clearEngagement(db: DataSource): Promise<void> {
  // DELETE, not TRUNCATE: on a few hundred rows it is several times faster, and seeds run back to back.
  await db.query(`
    DELETE FROM engagement_event; DELETE FROM encounter; DELETE FROM outbox; DELETE FROM message; DELETE FROM thread;
    DELETE FROM patient; DELETE FROM staff_user WHERE external_id IS NOT NULL;`);
}

export async function setPracticeCalendar(db: DataSource, practiceId: string, timezone: string, holidays: readonly string[]): Promise<void> {
  await db.query(`UPDATE practice SET timezone = $2, holidays = $3::jsonb WHERE id = $1`, [practiceId, timezone, JSON.stringify(holidays)]);
}
