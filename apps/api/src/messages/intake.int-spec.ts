import { eventually, startTestApp, type TestApp } from '../testing/test-app';

describe('POST /api/v1/messages (real PostgreSQL + Redis)', () => {
  let t: TestApp;
  let serial = 0;
  const nextId = () => `ext-${++serial}-${Date.now()}`;
  const valid = (overrides: Record<string, unknown> = {}) => ({
    externalId: nextId(),
    mrn: 'MRN-1',
    category: 'medication_refill',
    subject: 'Refill please',
    body: 'Could you refill my lisinopril 10 mg?',
    ...overrides,
  });
  const count = async (table: string) => Number((await t.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    t = await startTestApp({ maxMessageLength: 2000 });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('accepts a message with 202, stores thread + message + outbox, and the worker routes it', async () => {
    const res = await t.post('/api/v1/messages', valid());
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ threadId: expect.any(String), messageId: expect.any(String), duplicate: false });

    const thread = await eventually(async () => {
      const got = await t.get(`/api/v1/threads/${res.body.threadId}`);
      return got.body.status === 'triaged' ? got.body : null;
    });
    expect(thread.pool).toBe('medical_assistant');
    expect(thread.patientName).toBe('Pat1 Testperson');
    expect(thread.patient).toMatchObject({ mrn: 'MRN-1', primaryPhysician: 'Dr. Test', ageYears: expect.any(Number) });
    expect(thread.patient.ageYears).toBeGreaterThan(50); // born 1970-01-01
    expect(thread.messages).toHaveLength(1);
    expect(thread.routingExplanation[0]).toContain('medication_refill');
    const [outbox] = await t.db.query('SELECT dispatched_at FROM outbox WHERE message_id = $1', [res.body.messageId]);
    expect(outbox.dispatched_at).not.toBeNull();
  });

  it('finds the patient by patientId as well as by MRN', async () => {
    const patientId = t.fixture.patients[1].id;
    const res = await t.post('/api/v1/messages', valid({ mrn: undefined, patientId }));
    expect(res.status).toBe(202);
    const [thread] = await t.db.query('SELECT patient_id FROM thread WHERE id = $1', [res.body.threadId]);
    expect(thread.patient_id).toBe(patientId);
  });

  describe('bad input gets a 4xx naming the field and writes nothing', () => {
    const cases: [string, Record<string, unknown>, number, string][] = [
      ['missing externalId', { externalId: undefined }, 400, 'externalId'],
      ['externalId with spaces', { externalId: 'has space' }, 400, 'externalId'],
      ['unknown category', { category: 'prescriptions' }, 400, 'category'],
      ['blank subject', { subject: '   ' }, 400, 'subject'],
      ['subject too long', { subject: 'x'.repeat(201) }, 400, 'subject'],
      ['empty body', { body: '' }, 400, 'body'],
      ['body of the wrong type', { body: 42 }, 400, 'body'],
      ['unknown field', { urgentFlag: true }, 400, 'urgentFlag'],
      ['patientId not a UUID', { mrn: undefined, patientId: '12' }, 400, 'patientId'],
      ['no patient reference at all', { mrn: undefined }, 400, 'patientId'],
      ['sentAt not a date', { sentAt: 'yesterday' }, 400, 'sentAt'],
      ['sentAt in the future', { sentAt: new Date(Date.now() + 86_400_000).toISOString() }, 400, 'sentAt'],
      ['unknown MRN', { mrn: 'MRN-404' }, 422, 'mrn'],
      ['unknown patientId', { mrn: undefined, patientId: '00000000-0000-4000-8000-000000000000' }, 422, 'patientId'],
      ['threadId not a UUID', { threadId: 'abc' }, 400, 'threadId'],
      ['threadId that does not exist', { threadId: '00000000-0000-4000-8000-000000000000' }, 422, 'threadId'],
    ];

    it.each(cases)('%s', async (_label, overrides, status, field) => {
      const before = [await count('thread'), await count('message'), await count('outbox')];
      const res = await t.post('/api/v1/messages', valid(overrides));
      expect(res.status).toBe(status);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect([await count('thread'), await count('message'), await count('outbox')]).toEqual(before);
    });

    it('malformed JSON is a 400, not a 500', async () => {
      const res = await t.post('/api/v1/messages', '{"externalId": "x",');
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/not valid JSON/);
    });

    it('a missing or wrong API key is a 401', async () => {
      expect((await t.post('/api/v1/messages', valid(), { 'x-api-key': '' })).status).toBe(401);
      expect((await t.post('/api/v1/messages', valid(), { 'x-api-key': 'wrong-key-wrong-key' })).status).toBe(401);
    });
  });

  it("counts the body limit in user-perceived characters (the practice's 2,000)", async () => {
    // 2,000 thumbs-up with a skin tone: 2,000 characters for a person, 8,000 UTF-16 units.
    const atLimit = await t.post('/api/v1/messages', valid({ body: '👍🏽'.repeat(2000) }));
    expect(atLimit.status).toBe(202);
    const over = await t.post('/api/v1/messages', valid({ body: 'é'.repeat(2001) }));
    expect(over.status).toBe(400);
    expect(over.body.errors).toEqual([{ field: 'body', message: expect.stringContaining('at most 2000 characters (got 2001)') }]);
  });

  it('is idempotent on externalId, also for concurrent duplicate posts', async () => {
    const message = valid();
    const responses = await Promise.all(Array.from({ length: 12 }, () => t.post('/api/v1/messages', message)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 202)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(11);
    expect(new Set(responses.map((r) => r.body.threadId)).size).toBe(1);
    expect(new Set(responses.map((r) => r.body.messageId)).size).toBe(1);
    const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM message WHERE external_id = $1', [message.externalId]);
    expect(n).toBe(1);
  });

  it('refuses an externalId reused for a different message with 409', async () => {
    const message = valid();
    expect((await t.post('/api/v1/messages', message)).status).toBe(202);
    const res = await t.post('/api/v1/messages', { ...message, body: 'something else entirely' });
    expect(res.status).toBe(409);
    expect(res.body.errors[0].field).toBe('externalId');
  });

  it('continues a thread when the patient replies with threadId', async () => {
    const first = await t.post('/api/v1/messages', valid({ mrn: 'MRN-2', sentAt: new Date(Date.now() - 60_000).toISOString() }));
    const reply = await t.post('/api/v1/messages', valid({ mrn: 'MRN-2', threadId: first.body.threadId, body: 'Also, CVS on Main St please.' }));
    expect(reply.status).toBe(202);
    expect(reply.body.threadId).toBe(first.body.threadId);
    expect(reply.body.messageId).not.toBe(first.body.messageId);

    const thread = (await t.get(`/api/v1/threads/${first.body.threadId}`)).body;
    expect(thread.messageCount).toBe(2);
    expect(thread.messages.map((m: { body: string }) => m.body)).toEqual([
      'Could you refill my lisinopril 10 mg?',
      'Also, CVS on Main St please.',
    ]);
  });

  it("refuses a reply into another patient's thread", async () => {
    const first = await t.post('/api/v1/messages', valid({ mrn: 'MRN-1' }));
    const res = await t.post('/api/v1/messages', valid({ mrn: 'MRN-3', threadId: first.body.threadId }));
    expect(res.status).toBe(422);
    expect(res.body.errors[0].field).toBe('threadId');
  });

  it('writes an audit row for each change and each read of a thread, without message text', async () => {
    const res = await t.post('/api/v1/messages', valid({ body: 'AUDIT-MARKER text that must not be copied' }));
    // Poll the table, not the API: every GET of a thread is itself an audited read.
    await eventually(async () => (await t.db.query('SELECT status FROM thread WHERE id = $1', [res.body.threadId]))[0].status === 'triaged');
    expect((await t.get(`/api/v1/threads/${res.body.threadId}`)).status).toBe(200);
    const rows: { action: string; actor_type: string; details: unknown }[] = await t.db.query(
      'SELECT action, actor_type, details FROM audit_event WHERE thread_id = $1 ORDER BY id',
      [res.body.threadId],
    );
    expect(rows.map((r) => r.action)).toEqual(['thread.created', 'thread.triaged', 'thread.read']);
    expect(JSON.stringify(rows)).not.toContain('AUDIT-MARKER');
  });

  it('lists threads filtered by pool and status, paged, in queue order', async () => {
    await t.post('/api/v1/messages', valid({ category: 'billing', subject: 'Bill question' }));
    const billing = await eventually(async () => {
      const page = (await t.get('/api/v1/threads?pool=billing&status=triaged')).body;
      return page.total >= 1 ? page : null;
    });
    expect(billing.items.every((th: { pool: string }) => th.pool === 'billing')).toBe(true);
    const page = (await t.get('/api/v1/threads?limit=2&offset=0')).body;
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
    expect((await t.get('/api/v1/threads?pool=nobody')).status).toBe(400);
    expect((await t.get('/api/v1/threads?limit=0')).status).toBe(400);
  });
});
