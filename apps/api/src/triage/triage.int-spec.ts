import { InboxCommand, InboxEvent, type StaffRole, type ThreadEventPayload } from '@carequeue/contracts';
import { DEFAULT_ROUTING_RULES } from '@carequeue/triage';
import { io, type Socket } from 'socket.io-client';
import { PATIENT_NOTIFIER, type PatientNotification, type PatientNotifier } from '../notifications/patient-notifier';
import { DEFAULT_SAFETY_REPLY } from '../practices/practice.entity';
import { StaffUserEntity } from '../staff/staff-user.entity';
import { SAMPLE_MESSAGES } from '../testing/fixtures';
import { eventually, startTestApp, TEST_API_KEY, type TestApp } from '../testing/test-app';

const ALWAYS_OPEN = Object.fromEntries([0, 1, 2, 3, 4, 5, 6].map((d) => [d, { open: '00:00', close: '24:00' }]));

describe('triage and routing with the engine (real PostgreSQL + Redis)', () => {
  let t: TestApp;
  let serial = 0;
  let socket: Socket;
  const pushed: { event: string; payload: ThreadEventPayload }[] = [];
  const notified: PatientNotification[] = [];

  const as = (role: StaffRole) => ({ authorization: `Bearer ${t.tokens[role]}` });
  const thread = async (id: string) => (await t.db.query('SELECT * FROM thread WHERE id = $1', [id]))[0];
  const put = (body: unknown, role: StaffRole = 'admin') =>
    fetch(`${t.baseUrl}/api/v1/rules`, { method: 'PUT', headers: { 'content-type': 'application/json', ...as(role) }, body: JSON.stringify(body) }).then(async (r) => ({ status: r.status, body: await r.json() }));

  async function send(subject: string, body: string, category = 'clinical_question', mrn = 'MRN-1'): Promise<string> {
    const res = await t.post('/api/v1/messages', { externalId: `triage-${++serial}`, mrn, category, subject, body });
    expect(res.status).toBe(202);
    await eventually(async () => (await thread(res.body.threadId)).status !== 'new');
    return res.body.threadId;
  }

  beforeAll(async () => {
    t = await startTestApp();
    // Open around the clock, so SLA clocks run like the wall clock whenever the test runs.
    await t.db.query('UPDATE practice SET opening_hours = $1', [JSON.stringify(ALWAYS_OPEN)]);
    jest.spyOn(t.app.get<PatientNotifier>(PATIENT_NOTIFIER), 'send').mockImplementation(async (n) => void notified.push(n));
    socket = io(`${t.baseUrl}/inbox`, { transports: ['websocket'], reconnection: false, auth: { token: t.tokens.nurse } });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    await socket.timeout(5_000).emitWithAck(InboxCommand.Subscribe, { pools: ['nurse'] });
    for (const event of [InboxEvent.ThreadUrgent, InboxEvent.ThreadOverdue]) socket.on(event, (payload: ThreadEventPayload) => pushed.push({ event, payload }));
  });
  afterAll(async () => {
    socket?.close();
    await t?.close();
  });

  it('routes by the text, records the rule version and the explanation', async () => {
    const id = await send('Appointment', 'Can you refill my metformin? The pharmacy says I have no refills left.', 'appointment');
    const row = await thread(id);
    expect(row).toMatchObject({ category: 'medication_refill', requested_category: 'appointment', pool: 'medical_assistant', routing_rules_version: 1 });
    expect(row.routing_explanation.join('\n')).toMatch(/rule 'Refill requests' matched/);
    expect(row.routing_decision.explanation.some((e: { kind: string; start?: number }) => e.kind === 'phrase' && typeof e.start === 'number')).toBe(true);
    // Routine priority from a rule with no SLA of its own: due one open day (24 h here) after receipt... or the rule's own.
    expect(row.due_at).not.toBeNull();
  });

  it('answers an emergency at once: urgent, safety reply in the thread, alert to nurses, patient notified', async () => {
    const id = await send('Question', 'My father has crushing chest pain and his left arm feels numb', 'billing', 'MRN-2');
    const row = await thread(id);
    expect(row).toMatchObject({ urgent: true, priority: 'urgent', pool: 'physician' });
    expect(new Date(row.due_at).getTime() - new Date(row.created_at).getTime()).toBeLessThanOrEqual(3_600_000 + 5_000);

    const messages = await t.db.query('SELECT author, body FROM message WHERE thread_id = $1 ORDER BY sent_at', [id]);
    expect(messages.at(-1)).toEqual({ author: 'system', body: DEFAULT_SAFETY_REPLY });
    await eventually(async () => pushed.some((p) => p.event === 'thread.urgent' && p.payload.thread.id === id));
    await eventually(async () => notified.some((n) => n.patientId === t.fixture.patients[1].id));
    const actions = await eventually(async () => {
      const rows: { action: string }[] = await t.db.query('SELECT action FROM audit_event WHERE thread_id = $1 ORDER BY id', [id]);
      return rows.some((r) => r.action === 'patient.notified') ? rows.map((r) => r.action) : null;
    });
    expect(actions).toEqual(expect.arrayContaining(['thread.triaged', 'thread.urgent', 'thread.safety_reply_sent', 'patient.notified']));
  });

  it('does not raise an alarm for a negated or past symptom', async () => {
    const id = await send('Follow-up', 'No chest pain since last year. I had chest pain in 2019 but it is gone. Can we talk about my statin dose?');
    expect((await thread(id)).urgent).toBe(false);
  });

  it("routes clinical questions to the patient's physician, or their cover while they are out", async () => {
    const first = await send(SAMPLE_MESSAGES.clinical_question.subject, SAMPLE_MESSAGES.clinical_question.body, 'clinical_question', 'MRN-3');
    expect(await thread(first)).toMatchObject({ pool: 'physician', assignee_id: t.fixture.physician.id });

    const cover = await t.db.getRepository(StaffUserEntity).save({ practiceId: t.fixture.practice.id, email: 'triage-cover@test.example', displayName: 'Dr. Cover', role: 'physician' });
    await t.db.query('UPDATE staff_user SET out_of_office = true, covering_physician_id = $2 WHERE id = $1', [t.fixture.physician.id, cover.id]);
    try {
      const second = await send(SAMPLE_MESSAGES.clinical_question.subject, 'My blood pressure readings are high at home this week.', 'clinical_question', 'MRN-3');
      const row = await thread(second);
      expect(row.assignee_id).toBe(cover.id);
      expect(row.routing_explanation.join('\n')).toMatch(/Dr\. Cover/);
    } finally {
      await t.db.query('UPDATE staff_user SET out_of_office = false, covering_physician_id = NULL WHERE id = $1', [t.fixture.physician.id]);
    }
  });

  describe('rules the practice edits', () => {
    it('starts from the defaults as version 1, readable by staff, changeable by admins only', async () => {
      const current = await t.get('/api/v1/rules', 'medical_assistant');
      expect(current.body).toMatchObject({ version: 1, note: 'Default rules', createdBy: null });
      expect(current.body.rules.map((r: { id: string }) => r.id)).toEqual(DEFAULT_ROUTING_RULES.map((r) => r.id));
      expect((await put({ rules: current.body.rules }, 'medical_assistant')).status).toBe(403);
    });

    it('refuses an invalid rule naming it, and saves nothing', async () => {
      const current = (await t.get('/api/v1/rules', 'admin')).body;
      const broken = [...current.rules, { id: 'broken', name: '', enabled: true, conditions: {}, action: { pool: 'nowhere' } }];
      const res = await put({ rules: broken });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(`rules[${current.rules.length}]`);
      expect((await t.get('/api/v1/rules', 'admin')).body.version).toBe(1);
    });

    it('saves a new version that the worker uses from then on, and keeps the history', async () => {
      const current = (await t.get('/api/v1/rules', 'admin')).body;
      const insurance = { id: 'insurance-cards', name: 'Insurance cards to billing', enabled: true, conditions: { phrases: ['insurance card'] }, action: { pool: 'billing', priority: 'routine', slaHours: 48 } };
      const saved = await put({ rules: [insurance, ...current.rules], note: 'Insurance cards go to billing' });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ version: 2, note: 'Insurance cards go to billing', createdBy: { id: t.fixture.staff.admin.id } });

      const id = await send('New card', 'Here is a photo of my new insurance card.', 'other');
      const row = await thread(id);
      expect(row).toMatchObject({ pool: 'billing', routing_rules_version: 2 });
      expect(row.routing_decision.ruleId).toBe('insurance-cards');
      // The rule's own SLA (48 opening hours; open around the clock here).
      expect(new Date(row.due_at).getTime() - new Date(row.created_at).getTime()).toBeGreaterThan(47.9 * 3_600_000);

      const versions = (await t.get('/api/v1/rules/versions', 'admin')).body;
      expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    });

    it('escalates a thread still unanswered when its (short) SLA falls due', async () => {
      const current = (await t.get('/api/v1/rules', 'admin')).body;
      const hurry = { id: 'hurry', name: 'School forms, fast', enabled: true, conditions: { phrases: ['school form'] }, action: { pool: 'medical_assistant', priority: 'routine', slaHours: 0.001 } };
      expect((await put({ rules: [hurry, ...current.rules] })).status).toBe(200);
      const id = await send('Form', 'My son needs his school form signed.', 'records_forms');
      // Due 3.6 s after receipt: not yet overdue right after triage, then escalated by the delayed job.
      expect((await thread(id)).overdue_at).toBeNull();
      const overdue = await eventually(async () => {
        const row = await thread(id);
        return row.overdue_at ? row : null;
      }, 20_000);
      expect(overdue.priority).toBe('high');
      await eventually(async () => pushed.some((p) => p.event === 'thread.overdue' && p.payload.thread.id === id));
    });
  });

  describe('POST /triage/preview', () => {
    it('explains a decision for staff and for the portal key, and stores nothing', async () => {
      const before = (await t.db.query('SELECT count(*)::int AS n FROM thread'))[0].n;
      const staff = await t.post('/api/v1/triage/preview', { subject: 'help', body: 'I took too many pills and feel dizzy' }, as('nurse'));
      expect(staff.status).toBe(200);
      expect(staff.body).toMatchObject({ urgent: true, priority: 'urgent', pool: 'physician' });
      expect(staff.body.explanation.some((e: { kind: string }) => e.kind === 'red_flag')).toBe(true);

      const portal = await t.post('/api/v1/triage/preview', { subject: 'Bill', body: 'Why was I charged twice?', category: 'billing' }, { 'x-api-key': TEST_API_KEY });
      expect(portal.body).toMatchObject({ category: 'billing', pool: 'billing', urgent: false });
      expect((await t.db.query('SELECT count(*)::int AS n FROM thread'))[0].n).toBe(before);
    });

    it('tries draft rules without saving them, and refuses bad input', async () => {
      const draft = [{ id: 'all-to-nurse', name: 'Everything to nurses', enabled: true, conditions: {}, action: { pool: 'nurse' } }];
      const res = await t.post('/api/v1/triage/preview', { subject: 'Refill', body: 'Refill my lisinopril please', rules: draft }, as('admin'));
      expect(res.body).toMatchObject({ pool: 'nurse', ruleId: 'all-to-nurse' });
      expect((await t.post('/api/v1/triage/preview', { subject: 'x', body: 'y', category: 'nonsense' }, as('admin'))).body.errors[0].field).toBe('category');
      expect((await t.post('/api/v1/triage/preview', { subject: 'x', body: 'y' }, { 'x-api-key': 'wrong-key-wrong-key' })).status).toBe(401);
      expect((await t.post('/api/v1/triage/preview', { subject: 'x', body: 'y' }, { 'x-api-key': '' })).status).toBe(401);
    });
  });
});
