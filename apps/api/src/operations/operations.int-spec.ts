import { percentile } from '@carequeue/measures';
import type { OperationsReport, ResponseTimeFigure, StaffRole } from '@carequeue/contracts';
import { startTestApp, type TestApp } from '../testing/test-app';
import { storeThread, type StaffMessage } from './operations-test-support';

/**
 * A hand-built week in New York (EST, UTC-5; clocks go forward early on Sunday 9 March 2025).
 * Period 2025-03-03 .. 2025-03-09. Minutes to first response of the answered threads in the period:
 *   T1 10 (MA), T2 20 (MA, after a system reply and an internal note that do not count), T3 30 (Dr
 *   Test), T4 40 (Dr Second), T5 100 (nurse), T11 30 (MA)  →  sorted 10 20 30 30 40 100:
 *   median (30 + 30) / 2 = 30; p90 at position 5 × 0.9 = 4.5: 40 + 0.5 × (100 − 40) = 70.
 */
const PERIOD = 'from=2025-03-03&to=2025-03-09';
const FAR = '2100-01-01T00:00:00Z';

describe('operations report (real PostgreSQL)', () => {
  let t: TestApp;
  let report: OperationsReport;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ patients: 1 });
    const practiceId = t.fixture.practice.id;
    const patientId = t.fixture.patients[0]?.id as string;
    const { medical_assistant: ma, nurse, physician: drTest, billing } = t.fixture.staff;
    const [{ id: drSecond }]: [{ id: string }] = await t.db.query(
      `INSERT INTO staff_user (practice_id, email, display_name, role) VALUES ($1, 'second@test.example', 'Dr. Second', 'physician') RETURNING id`,
      [practiceId],
    );
    await t.db.query(
      `INSERT INTO staff_user (practice_id, email, display_name, role, active) VALUES ($1, 'gone@test.example', 'Dr. Gone', 'physician', false)`,
      [practiceId],
    );
    ids['drSecond'] = drSecond;
    const by = (id: string, role: StaffRole, at: string, extra: Partial<StaffMessage> = {}): StaffMessage => ({ staffId: id, role, at, ...extra });
    const thread = (name: string, spec: Parameters<typeof storeThread>[3]) =>
      storeThread(t.db, practiceId, patientId, spec).then((id) => (ids[name] = id));

    // Before the period: open at its start (the opening backlog is 3), closed on the 4th, 5th and 6th.
    await thread('T8', { category: 'billing', pool: 'billing', status: 'closed', patient: ['2025-03-02T12:00:00Z'], staff: [by(billing.id, 'billing', '2025-03-05T12:00:00Z')], closedAt: '2025-03-05T12:00:00Z' });
    await thread('T13', { category: 'clinical_question', pool: 'physician', status: 'closed', patient: ['2025-03-01T15:00:00Z'], staff: [by(drTest.id, 'physician', '2025-03-04T15:00:00Z', { elapsedMs: 30_000 })], closedAt: '2025-03-04T15:00:00Z' });
    await thread('T14', { category: 'clinical_question', pool: 'physician', status: 'closed', patient: ['2025-03-01T16:00:00Z'], staff: [by(drTest.id, 'physician', '2025-03-06T15:00:00Z', { elapsedMs: 90_000 })], closedAt: '2025-03-06T15:00:00Z' });
    // In the period.
    await thread('T1', { category: 'medication_refill', pool: 'medical_assistant', status: 'closed', patient: ['2025-03-03T14:00:00Z'], staff: [by(ma.id, 'medical_assistant', '2025-03-03T14:10:00Z', { elapsedMs: 5_000 })], dueAt: '2025-03-03T18:00:00Z', closedAt: '2025-03-03T14:10:00Z' });
    await thread('T2', {
      category: 'medication_refill', pool: 'medical_assistant', status: 'waiting_for_patient', patient: ['2025-03-03T15:00:00Z'],
      staff: [{ staffId: null, role: null, at: '2025-03-03T15:01:00Z', system: true }, by(ma.id, 'medical_assistant', '2025-03-03T15:05:00Z', { internal: true }), by(ma.id, 'medical_assistant', '2025-03-03T15:20:00Z')],
      dueAt: '2025-03-03T15:30:00Z',
    });
    await thread('T3', { category: 'clinical_question', pool: 'physician', status: 'closed', patient: ['2025-03-04T14:00:00Z'], staff: [by(drTest.id, 'physician', '2025-03-04T14:30:00Z', { elapsedMs: 60_000 })], dueAt: '2025-03-04T14:20:00Z', closedAt: '2025-03-04T14:30:00Z' });
    await thread('T4', {
      category: 'clinical_question', pool: 'physician', status: 'closed', patient: ['2025-03-05T14:00:00Z'],
      staff: [by(drSecond, 'physician', '2025-03-05T14:40:00Z')],
      dueAt: '2025-03-05T16:00:00Z', closedAt: '2025-03-05T14:40:00Z',
    });
    // A physician's staff-only note is no reply: T5 is still resolved without a physician.
    await thread('T5', {
      category: 'test_results', pool: 'nurse', status: 'closed', patient: ['2025-03-06T14:00:00Z'],
      staff: [by(drTest.id, 'physician', '2025-03-06T14:30:00Z', { internal: true }), by(nurse.id, 'nurse', '2025-03-06T15:40:00Z')],
      dueAt: '2025-03-06T15:00:00Z', closedAt: '2025-03-06T15:40:00Z',
    });
    await thread('T6', { category: 'appointment', pool: 'medical_assistant', status: 'triaged', patient: ['2025-03-07T14:00:00Z'], dueAt: '2025-03-07T16:00:00Z' });
    // 22:30 on Saturday the 8th in New York, though already Sunday in UTC.
    await thread('T7', { category: 'appointment', pool: 'medical_assistant', status: 'triaged', patient: ['2025-03-09T03:30:00Z'], dueAt: FAR });
    // 23:30 on Sunday the 9th (EDT, UTC-4): the last day. T10, an hour later, is Monday the 10th: outside.
    await thread('T9', { category: 'billing', pool: 'billing', status: 'triaged', patient: ['2025-03-10T03:30:00Z'], dueAt: FAR });
    await thread('T10', { category: 'other', pool: 'medical_assistant', status: 'waiting_for_patient', patient: ['2025-03-10T04:30:00Z'], staff: [by(drTest.id, 'physician', '2025-03-10T15:00:00Z', { elapsedMs: 1_000 })], dueAt: FAR });
    // Answered and closed on the 4th, reopened by the patient on the 6th (closed_at keeps the old close).
    await thread('T11', { category: 'other', pool: 'medical_assistant', status: 'triaged', patient: ['2025-03-04T16:00:00Z', '2025-03-06T16:00:00Z'], staff: [by(ma.id, 'medical_assistant', '2025-03-04T16:30:00Z')], dueAt: '2025-03-04T20:00:00Z', closedAt: '2025-03-04T16:30:00Z' });
    // Not routed yet: no pool, no due time.
    await thread('T12', { category: 'other', pool: null, status: 'new', patient: ['2025-03-09T15:00:00Z'] });

    const res = await t.get(`/api/v1/operations?${PERIOD}`, 'admin');
    expect(res.status).toBe(200);
    report = res.body;
  });
  afterAll(async () => {
    await t?.close();
  });

  const pick = (f: ResponseTimeFigure | undefined) => f && [f.threads, f.answered, f.medianMinutes, f.p90Minutes];

  it('gives the median and p90 minutes to the first patient-facing staff reply', () => {
    expect(report.timezone).toBe('America/New_York');
    expect(pick(report.firstResponse)).toEqual([10, 6, 30, 70]);
  });

  it('groups response times by category, pool and first responder, as the reference percentile says', () => {
    const expectGroup = (f: ResponseTimeFigure | undefined, threads: number, minutes: number[]) =>
      expect(pick(f)).toEqual([threads, minutes.length, percentile(minutes, 0.5), percentile(minutes, 0.9)]);
    const category = (c: string) => report.byCategory.find((g) => g.category === c);
    expectGroup(category('medication_refill'), 2, [10, 20]);
    expectGroup(category('clinical_question'), 2, [30, 40]);
    expectGroup(category('test_results'), 1, [100]);
    expectGroup(category('appointment'), 2, []);
    expectGroup(category('other'), 2, [30]);
    expectGroup(category('billing'), 1, []);
    expect(report.byCategory).toHaveLength(6);

    const pool = (p: string | null) => report.byPool.find((g) => g.pool === p);
    expectGroup(pool('medical_assistant'), 5, [10, 20, 30]);
    expect(pool('medical_assistant')?.p90Minutes).toBeCloseTo(28, 10); // 20 + 0.8 × 10
    expectGroup(pool('physician'), 2, [30, 40]);
    expectGroup(pool('nurse'), 1, [100]);
    expectGroup(pool('billing'), 1, []);
    expectGroup(pool(null), 1, []);

    const clinician = (id: string) => report.byClinician.find((g) => g.staff.id === id);
    const { medical_assistant: ma, nurse, physician } = t.fixture.staff;
    expectGroup(clinician(ma.id), 3, [10, 20, 30]);
    expect(clinician(ma.id)?.staff).toEqual({ id: ma.id, name: 'Test medical_assistant', role: 'medical_assistant' });
    expectGroup(clinician(physician.id), 1, [30]);
    expectGroup(clinician(ids['drSecond'] as string), 1, [40]);
    expectGroup(clinician(nurse.id), 1, [100]);
    expect(report.byClinician).toHaveLength(4);
  });

  it('counts SLA: met by the due time, missed late or still unanswered past it, pending before it', () => {
    // Met T1 T2 T4 T11; missed T3 and T5 (late), T6 (open, overdue); pending T7 T9; T12 has no due time.
    expect(report.sla).toEqual({ met: 4, missed: 3, pending: 2, share: 4 / 7 });
  });

  it('counts the closed threads of the period that no physician replied to', () => {
    // Closed: T1 (MA), T3 (Dr Test), T4 (Dr Second), T5 (nurse; Dr Test's internal note is no reply).
    expect(report.resolution).toEqual({ closed: 4, withoutPhysician: 2, shareWithoutPhysician: 0.5 });
  });

  it('counts messages received per practice-local day and the backlog at the end of each', () => {
    expect(report.days).toEqual([
      { date: '2025-03-03', received: 2, backlog: 4 }, // T8 T13 T14 + T2 (waiting for the patient is still open)
      { date: '2025-03-04', received: 2, backlog: 3 }, // T13 closed; T3 and T11 opened and closed
      { date: '2025-03-05', received: 1, backlog: 2 }, // T8 closed
      { date: '2025-03-06', received: 2, backlog: 2 }, // T14 closed, T11 reopened
      { date: '2025-03-07', received: 1, backlog: 3 }, // T6
      { date: '2025-03-08', received: 1, backlog: 4 }, // T7
      { date: '2025-03-09', received: 2, backlog: 6 }, // T9, T12
    ]);
    // Not closed now: T2 T6 T7 T9 T10 T11 T12.
    expect(report.backlogNow).toBe(7);
  });

  it('counts replies per physician per day and batch throughput from the audit rows', () => {
    const { physician } = t.fixture.staff;
    expect(report.physicians.map((p) => p.staff.name)).toEqual(['Dr. Second', 'Dr. Test']);
    const drTest = report.physicians.find((p) => p.staff.id === physician.id);
    // T3 and T13 on the 4th, T14 on the 6th; the reply to T10 on the 10th is outside the period.
    expect(drTest).toMatchObject({ replies: 3, perDay: [0, 2, 0, 1, 0, 0, 0], activeDays: 2, averagePerActiveDay: 1.5 });
    expect(drTest?.averagePerDay).toBeCloseTo(3 / 7, 10);
    // 30 s, 60 s and 90 s: median 60 s, 180 s for 3 messages = 60 an hour.
    expect(drTest?.batch).toEqual({ messages: 3, spentSeconds: 180, medianSecondsPerMessage: 60, messagesPerHour: 60 });
    const second = report.physicians.find((p) => p.staff.id === ids['drSecond']);
    expect(second).toMatchObject({ replies: 1, perDay: [0, 0, 1, 0, 0, 0, 0], activeDays: 1 });
    expect(second?.batch).toEqual({ messages: 0, spentSeconds: 0, medianSecondsPerMessage: null, messagesPerHour: null });
  });

  it('answers an empty period with zeros and nulls, not errors', async () => {
    const res = await t.get('/api/v1/operations?from=2024-06-01&to=2024-06-02', 'admin');
    expect(res.status).toBe(200);
    expect(pick(res.body.firstResponse)).toEqual([0, 0, null, null]);
    expect(res.body.sla).toEqual({ met: 0, missed: 0, pending: 0, share: null });
    expect(res.body.resolution.shareWithoutPhysician).toBeNull();
    expect(res.body.days).toEqual([
      { date: '2024-06-01', received: 0, backlog: 0 },
      { date: '2024-06-02', received: 0, backlog: 0 },
    ]);
    expect(res.body.physicians.every((p: { replies: number; perDay: number[] }) => p.replies === 0 && p.perDay.length === 2)).toBe(true);
  });

  it('refuses bad periods with a 400 naming the field', async () => {
    const field = async (query: string) => {
      const res = await t.get(`/api/v1/operations?${query}`, 'admin');
      expect(res.status).toBe(400);
      return res.body.errors.map((e: { field: string }) => e.field).sort();
    };
    expect(await field('from=2025-02-30&to=2025-03-09')).toEqual(['from']);
    expect(await field('from=2025-03-03')).toEqual(['to']);
    expect(await field('from=2025-03-09&to=2025-03-03')).toEqual(['to']);
    expect(await field('from=2024-01-01&to=2025-01-01')).toEqual(['to']);
    expect(await field('from=2025-03-03&to=2025-03-09&pool=nurse')).toEqual(['pool']);
  });

  it('is for administrators only', async () => {
    for (const role of ['physician', 'nurse', 'medical_assistant', 'billing'] as const) {
      expect((await t.get(`/api/v1/operations?${PERIOD}`, role)).status).toBe(403);
    }
    expect((await t.get(`/api/v1/operations?${PERIOD}`, null)).status).toBe(401);
  });
});
