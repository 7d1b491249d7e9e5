import type { MessageCategory, StaffRole } from '@carequeue/contracts';
import { hashPassword } from '../auth/password';
import { StaffUserEntity } from '../staff/staff-user.entity';
import { FIXTURE_PASSWORD, SAMPLE_MESSAGES } from '../testing/fixtures';
import { eventually, startTestApp, type TestApp } from '../testing/test-app';
import { ClaimExpiryService } from './claim-expiry.service';

describe('claims, re-route, escalate, close (real PostgreSQL + Redis)', () => {
  let t: TestApp;
  let secondMaToken: string;
  let secondMaId: string;
  let serial = 0;

  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const act = (role: StaffRole | string, threadId: string, action: string, body: unknown = {}) =>
    t.post(`/api/v1/threads/${threadId}/${action}`, body, as(role in t.tokens ? t.tokens[role as StaffRole] : role));
  const row = async (threadId: string) => (await t.db.query('SELECT * FROM thread WHERE id = $1', [threadId]))[0];

  async function newThread(category: MessageCategory = 'appointment', mrn = 'MRN-1'): Promise<string> {
    const res = await t.post('/api/v1/messages', { externalId: `actions-${++serial}`, mrn, category, ...SAMPLE_MESSAGES[category] });
    await eventually(async () => (await row(res.body.threadId)).status === 'triaged');
    return res.body.threadId;
  }

  beforeAll(async () => {
    t = await startTestApp();
    const second = await t.db.getRepository(StaffUserEntity).save({
      practiceId: t.fixture.practice.id,
      email: 'second-ma@test.example',
      displayName: 'Second Assistant',
      role: 'medical_assistant',
      passwordHash: await hashPassword(FIXTURE_PASSWORD),
    });
    secondMaId = second.id;
    secondMaToken = (await t.post('/api/v1/auth/login', { email: second.email, password: FIXTURE_PASSWORD })).body.accessToken;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('of two people claiming at the same moment, exactly one wins; the other is told who', async () => {
    for (let round = 0; round < 5; round++) {
      const threadId = await newThread();
      const [a, b] = await Promise.all([act('medical_assistant', threadId, 'claim'), act(secondMaToken, threadId, 'claim')]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const loser = a.status === 409 ? a : b;
      const winnerId = (await row(threadId)).claimed_by;
      expect(loser.body.claimedBy.id).toBe(winnerId);
      expect(loser.body.message).toMatch(/is working on this thread$/);
      expect([t.fixture.staff.medical_assistant.id, secondMaId]).toContain(winnerId);
    }
  });

  it('renews a claim for its holder without a new audit row, and releases it', async () => {
    const threadId = await newThread();
    expect((await act('medical_assistant', threadId, 'claim')).body).toEqual({ renewed: false });
    expect((await act('medical_assistant', threadId, 'claim')).body).toEqual({ renewed: true });
    expect((await act(secondMaToken, threadId, 'release')).status).toBe(409);
    expect((await act('medical_assistant', threadId, 'release')).status).toBe(204);
    expect(await row(threadId)).toMatchObject({ status: 'triaged', claimed_by: null });
    const actions = await t.db.query(`SELECT action FROM audit_event WHERE thread_id = $1 AND actor_type = 'staff' ORDER BY id`, [threadId]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['thread.claimed', 'thread.released']);
  });

  it('refuses to let roles work pools beyond them', async () => {
    const clinical = await newThread('clinical_question');
    const refused = await act('medical_assistant', clinical, 'claim');
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/re-route or escalate it instead/);
    expect((await act('admin', await newThread(), 'claim')).status).toBe(403);
    expect((await act('billing', await newThread(), 'claim')).status).toBe(403);
    expect((await act('physician', clinical, 'claim')).status).toBe(200);
  });

  it('re-routes with a staff-only note', async () => {
    const threadId = await newThread('other');
    expect((await row(threadId)).pool).toBe('medical_assistant');
    expect((await act('medical_assistant', threadId, 'reroute', { pool: 'billing', note: '  Question is about a copay.  ' })).status).toBe(204);
    expect(await row(threadId)).toMatchObject({ pool: 'billing', status: 'triaged', claimed_by: null });
    const [note] = await t.db.query(`SELECT body, internal, author_role FROM message WHERE thread_id = $1 AND internal`, [threadId]);
    expect(note).toEqual({ body: 'Re-routed from Medical assistants to Billing: Question is about a copay.', internal: true, author_role: 'medical_assistant' });
    expect((await act('medical_assistant', threadId, 'reroute', { pool: 'nowhere', note: 'x' })).body.errors[0].field).toBe('pool');
    expect((await act('billing', threadId, 'reroute', { pool: 'billing', note: 'x' })).status).toBe(409);
  });

  it("escalates to the patient's physician, or their cover while they are away", async () => {
    const threadId = await newThread('medication_refill');
    expect((await row(threadId)).priority).toBe('high'); // the default 'Refill requests' rule
    await act('medical_assistant', threadId, 'claim');
    expect((await act('medical_assistant', threadId, 'escalate', { note: 'Dose change requested: needs a physician.' })).status).toBe(204);
    expect(await row(threadId)).toMatchObject({
      pool: 'physician',
      escalated: true,
      escalation_note: 'Dose change requested: needs a physician.',
      priority: 'urgent', // raised one step
      assignee_id: t.fixture.physician.id,
      claimed_by: null,
    });
    expect((await act('medical_assistant', threadId, 'escalate', { note: '' })).status).toBe(400);

    const cover = await t.db.getRepository(StaffUserEntity).save({ practiceId: t.fixture.practice.id, email: 'cover@test.example', displayName: 'Dr. Cover', role: 'physician' });
    await t.db.query('UPDATE staff_user SET out_of_office = true, covering_physician_id = $2 WHERE id = $1', [t.fixture.physician.id, cover.id]);
    try {
      const other = await newThread('medication_refill');
      await act('medical_assistant', other, 'escalate', { note: 'Needs review.' });
      expect((await row(other)).assignee_id).toBe(cover.id);
    } finally {
      await t.db.query('UPDATE staff_user SET out_of_office = false, covering_physician_id = NULL WHERE id = $1', [t.fixture.physician.id]);
    }
  });

  it('closes a thread, after which it cannot be claimed', async () => {
    const threadId = await newThread();
    expect((await act('medical_assistant', threadId, 'status', { status: 'closed' })).status).toBe(204);
    expect((await row(threadId)).closed_at).not.toBeNull();
    const again = await act('medical_assistant', threadId, 'claim');
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('the thread is closed');
    expect((await act('medical_assistant', threadId, 'status', { status: 'open' })).status).toBe(400);
  });

  it("does not let anyone act on a thread someone else holds, and frees lapsed claims", async () => {
    const threadId = await newThread();
    await act('medical_assistant', threadId, 'claim');
    expect((await act(secondMaToken, threadId, 'status', { status: 'closed' })).status).toBe(409);

    await t.db.query(`UPDATE thread SET claim_expires_at = now() - interval '1 second' WHERE id = $1`, [threadId]);
    expect(await t.app.get(ClaimExpiryService).releaseLapsed()).toContain(threadId);
    expect(await row(threadId)).toMatchObject({ status: 'triaged', claimed_by: null });
    expect((await act(secondMaToken, threadId, 'claim')).status).toBe(200);
  });

  it('filters the queue by category, priority, overdue and "mine"', async () => {
    const refill = await newThread('medication_refill');
    const parking = await newThread('other');
    await act('medical_assistant', refill, 'claim');
    const ids = async (query: string) => ((await t.get(`/api/v1/threads?limit=200&${query}`, 'medical_assistant')).body.items as { id: string }[]).map((i) => i.id);
    expect(await ids('category=medication_refill')).toContain(refill);
    expect(await ids('category=medication_refill')).not.toContain(parking);
    expect(await ids('priority=high')).toContain(refill); // the refill rule's priority
    // Earlier tests in this file claimed threads too, so check membership, not the whole list.
    expect(await ids('mine=true')).toContain(refill);
    expect(await ids('mine=true')).not.toContain(parking);
    await t.db.query(`UPDATE thread SET due_at = now() - interval '1 minute' WHERE id = $1`, [parking]);
    expect(await ids('overdue=true')).toContain(parking);
    expect(await ids('overdue=true')).not.toContain(refill);
    expect((await t.get('/api/v1/threads?overdue=maybe', 'medical_assistant')).body.errors[0].field).toBe('overdue');
  });

  it('answers 404 for an unknown thread and 400 for a malformed id', async () => {
    expect((await act('medical_assistant', '00000000-0000-4000-8000-000000000000', 'claim')).status).toBe(404);
    expect((await act('medical_assistant', 'nope', 'claim')).status).toBe(400);
  });
});
