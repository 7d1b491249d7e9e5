import type { MessageCategory, StaffRole } from '@carequeue/contracts';
import { SAMPLE_MESSAGES } from '../testing/fixtures';
import { eventually, startTestApp, type TestApp } from '../testing/test-app';

describe("physician batch (real PostgreSQL + Redis)", () => {
  let t: TestApp;
  let serial = 0;
  const as = (role: StaffRole) => ({ authorization: `Bearer ${t.tokens[role]}` });
  async function send(category: MessageCategory, text = SAMPLE_MESSAGES[category]): Promise<string> {
    const res = await t.post('/api/v1/messages', { externalId: `batch-${++serial}`, mrn: 'MRN-1', category, ...text });
    await eventually(async () => (await t.db.query('SELECT status FROM thread WHERE id = $1', [res.body.threadId]))[0].status !== 'new');
    return res.body.threadId;
  }

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("holds the physician's own clinical threads, urgent first, and routine requests only when escalated", async () => {
    const question = await send('clinical_question');
    const results = await send('test_results');
    const refill = await send('medication_refill');
    const escalated = await send('medication_refill', { subject: 'Dose', body: 'Can I take my lisinopril 20 mg instead of 10 mg? Please refill.' });
    await t.post(`/api/v1/threads/${escalated}/escalate`, { note: 'Asks for a dose change.' }, as('medical_assistant'));
    const urgent = await send('other', { subject: 'Help', body: 'I am having crushing chest pain right now' });

    const batch = await t.get('/api/v1/threads/batch', 'physician');
    expect(batch.status).toBe(200);
    const ids = batch.body.map((b: { id: string }) => b.id);
    expect(ids[0]).toBe(urgent);
    expect(ids).toEqual(expect.arrayContaining([question, results, escalated]));
    expect(ids).not.toContain(refill);
    expect((await t.get('/api/v1/threads/batch', 'medical_assistant')).status).toBe(403);
  });

  it('records the time spent on a reply sent from the batch', async () => {
    const question = await send('clinical_question');
    const res = await t.post(`/api/v1/threads/${question}/replies`, { body: 'Please come in this week.', elapsedMs: 41_250 }, as('physician'));
    expect(res.status).toBe(201);
    const [row] = await t.db.query(`SELECT details FROM audit_event WHERE thread_id = $1 AND action = 'thread.replied'`, [question]);
    expect(row.details).toMatchObject({ elapsedMs: 41_250, messageId: res.body.messageId });
    expect((await t.get('/api/v1/threads/batch', 'physician')).body.map((b: { id: string }) => b.id)).not.toContain(question);
  });
});
