import type { MessageCategory, StaffRole } from '@carequeue/contracts';
import { graphemeLength } from '@carequeue/templates';
import { PATIENT_NOTIFIER, type PatientNotification, type PatientNotifier } from '../notifications/patient-notifier';
import { SAMPLE_MESSAGES } from '../testing/fixtures';
import { eventually, startTestApp, type TestApp } from '../testing/test-app';

describe('replies and patient notification (real PostgreSQL + Redis)', () => {
  let t: TestApp;
  let serial = 0;
  const sent: PatientNotification[] = [];

  const as = (role: StaffRole) => ({ authorization: `Bearer ${t.tokens[role]}` });
  const row = async (threadId: string) => (await t.db.query('SELECT * FROM thread WHERE id = $1', [threadId]))[0];
  const staffMessages = async (threadId: string) =>
    t.db.query(`SELECT body, author_role, notified_at FROM message WHERE thread_id = $1 AND author = 'staff' AND NOT internal`, [threadId]);

  async function newThread(category: MessageCategory = 'medication_refill', mrn = 'MRN-1'): Promise<string> {
    const res = await t.post('/api/v1/messages', { externalId: `reply-${++serial}`, mrn, category, ...SAMPLE_MESSAGES[category] });
    await eventually(async () => (await row(res.body.threadId)).status === 'triaged');
    return res.body.threadId;
  }

  beforeAll(async () => {
    t = await startTestApp();
    // The SMS gateway is outside the product: record what would have been sent.
    const notifier = t.app.get<PatientNotifier>(PATIENT_NOTIFIER);
    jest.spyOn(notifier, 'send').mockImplementation(async (n) => void sent.push(n));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('stores the signed reply, closes the thread, and notifies the patient without clinical content', async () => {
    const threadId = await newThread();
    const res = await t.post(`/api/v1/threads/${threadId}/replies`, { body: 'Hi {{patient.firstName}}, your lisinopril refill was sent to the pharmacy.' }, as('medical_assistant'));
    expect(res.status).toBe(201);
    const signed = 'Hi Pat1, your lisinopril refill was sent to the pharmacy.\n\n— Test medical_assistant, Medical Assistant';
    expect(res.body).toMatchObject({ text: signed, limit: 2000 });

    expect(await row(threadId)).toMatchObject({ status: 'closed', claimed_by: null });
    expect((await row(threadId)).first_response_at).not.toBeNull();
    const [message] = await staffMessages(threadId);
    expect(message).toMatchObject({ body: signed, author_role: 'medical_assistant' });

    await eventually(async () => (await staffMessages(threadId))[0].notified_at !== null);
    const notification = sent.find((n) => n.patientId === t.fixture.patients[0].id);
    expect(notification?.channel).toBe('sms');
    expect(notification?.text).toContain('Test Practice');
    expect(notification?.text).not.toMatch(/lisinopril|refill|pharmacy/i);
    expect(graphemeLength(notification?.text ?? '')).toBeLessThanOrEqual(160);
    // The notification's audit row is written just after notified_at, by the same job.
    const actions = async () =>
      ((await t.db.query(`SELECT action FROM audit_event WHERE thread_id = $1 ORDER BY id`, [threadId])) as { action: string }[]).map((a) => a.action);
    await eventually(async () => (await actions()).includes('patient.notified'));
    expect(await actions()).toEqual(expect.arrayContaining(['thread.replied', 'patient.notified']));
  });

  it('refuses a reply over the limit with 400 and stores nothing (never truncates)', async () => {
    const threadId = await newThread();
    const before = await row(threadId);
    // 1,960 characters plus the signature line goes over 2,000.
    const res = await t.post(`/api/v1/threads/${threadId}/replies`, { body: '🙂'.repeat(1960) }, as('medical_assistant'));
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ field: 'body', message: expect.stringMatching(/the limit is 2,000/) });
    expect(await staffMessages(threadId)).toEqual([]);
    expect(await row(threadId)).toMatchObject({ status: before.status, message_count: before.message_count, version: before.version });
  });

  it('refuses a reply with a placeholder that has no value', async () => {
    const threadId = await newThread();
    const res = await t.post(`/api/v1/threads/${threadId}/replies`, { body: 'We can see you on {{nextAvailable}}.' }, as('medical_assistant'));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/No value for \{\{nextAvailable\}\}/);
    const typo = await t.post(`/api/v1/threads/${threadId}/replies`, { body: 'Hello {{patient.firstname}}' }, as('medical_assistant'));
    expect(typo.body.errors[0].message).toMatch(/Unknown placeholder/);
  });

  it('does not let an assistant answer as if a physician: clinical threads are refused', async () => {
    const threadId = await newThread('clinical_question');
    expect((await t.post(`/api/v1/threads/${threadId}/replies`, { body: 'Take two aspirin.' }, as('medical_assistant'))).status).toBe(403);
    const physician = await t.post(`/api/v1/threads/${threadId}/replies`, { body: 'Let us see you this week.' }, as('physician'));
    expect(physician.status).toBe(201);
    expect(physician.body.text).toMatch(/— Dr\. Test, Physician$/);
  });

  it('waits for the patient when asked, and the patient’s answer reopens the thread', async () => {
    const threadId = await newThread();
    await t.post(`/api/v1/threads/${threadId}/replies`, { body: 'Which pharmacy should we use?', then: 'wait' }, as('medical_assistant'));
    expect((await row(threadId)).status).toBe('waiting_for_patient');
    await t.post('/api/v1/messages', { externalId: `reply-answer-${threadId}`, mrn: 'MRN-1', threadId, category: 'medication_refill', subject: 'Re: Refill', body: 'The CVS on Main Street.' });
    await eventually(async () => (await row(threadId)).status === 'triaged');
  });

  it('sends one text to several threads, personalised, and reports the ones it could not send', async () => {
    const a = await newThread('test_results', 'MRN-1');
    const b = await newThread('test_results', 'MRN-2');
    // An assistant is working this refill (a physician could otherwise answer it too).
    const held = await newThread('medication_refill', 'MRN-3');
    expect((await t.post(`/api/v1/threads/${held}/claim`, {}, as('medical_assistant'))).status).toBe(200);
    const res = await t.post('/api/v1/replies/bulk', { threadIds: [a, b, held], body: 'Hi {{patient.firstName}}, your results are normal.' }, as('physician'));
    expect(res.status).toBe(200);
    expect(res.body.map((r: { status: string }) => r.status)).toEqual(['sent', 'sent', 'refused']);
    expect(res.body[2].reason).toMatch(/Test medical_assistant is working on this thread/);
    const bodies = await t.db.query(`SELECT body FROM message WHERE thread_id = ANY($1) AND author = 'staff' ORDER BY body`, [[a, b]]);
    expect(bodies.map((m: { body: string }) => m.body.split('\n')[0])).toEqual(['Hi Pat1, your results are normal.', 'Hi Pat2, your results are normal.']);
    expect((await t.post('/api/v1/replies/bulk', { threadIds: [], body: 'x' }, as('physician'))).body.errors[0].field).toBe('threadIds');
  });

  it('refuses a reply while someone else holds the claim', async () => {
    const threadId = await newThread();
    await t.post(`/api/v1/threads/${threadId}/claim`, {}, as('nurse'));
    const res = await t.post(`/api/v1/threads/${threadId}/replies`, { body: 'Done.' }, as('medical_assistant'));
    expect(res.status).toBe(409);
    expect(res.body.claimedBy.name).toBe('Test nurse');
  });
});
