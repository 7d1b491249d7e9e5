import { POOLS, STAFF_ROLES, type MessageCategory, type Pool } from '@carequeue/contracts';
import { FIXTURE_PASSWORD, SAMPLE_MESSAGES } from '../testing/fixtures';
import { eventually, startTestApp, type TestApp } from '../testing/test-app';
import { canReadThread } from '@carequeue/contracts';

describe('staff sign-in and roles (real PostgreSQL + Redis)', () => {
  let t: TestApp;
  const login = (email: string, password: string) => t.post('/api/v1/auth/login', { email, password }, { 'x-api-key': '' });

  beforeAll(async () => {
    t = await startTestApp({ env: { MAX_FAILED_SIGN_INS: '3', LOCKOUT_MINUTES: '15' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('signs in with e-mail (any case) and password, and /me says who you are', async () => {
    const ma = t.fixture.staff.medical_assistant;
    const res = await login(ma.email.toUpperCase(), FIXTURE_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ expiresIn: 900, user: { id: ma.id, role: 'medical_assistant', email: ma.email } });
    const me = await fetch(`${t.baseUrl}/api/v1/auth/me`, { headers: { authorization: `Bearer ${res.body.accessToken}` } });
    expect(await me.json()).toEqual({ id: ma.id, name: ma.displayName, email: ma.email, role: 'medical_assistant' });
  });

  it('answers a wrong password and an unknown e-mail the same way', async () => {
    const wrong = await login(t.fixture.staff.nurse.email, 'not-the-password');
    const unknown = await login('nobody@test.example', 'not-the-password');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body.message).toBe(unknown.body.message);
    expect((await login('not-an-email', 'x')).body.errors[0].field).toBe('email');
  });

  it('locks an account after repeated failures, even against the right password', async () => {
    const { email } = t.fixture.staff.billing;
    for (let i = 0; i < 3; i++) expect((await login(email, 'wrong')).status).toBe(401);
    const locked = await login(email, FIXTURE_PASSWORD);
    expect(locked.status).toBe(423);
    expect(locked.body.message).toMatch(/too many failed sign-ins: try again in 15 minute/);
    const audit = await t.db.query(`SELECT action FROM audit_event WHERE actor_id = $1 ORDER BY id`, [t.fixture.staff.billing.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'staff.signed_in', // the harness signed in once
      'staff.sign_in_failed',
      'staff.sign_in_failed',
      'staff.locked_out',
    ]);
  });

  it('rotates refresh tokens, and a reused one closes the whole session family', async () => {
    const first = await login(t.fixture.staff.admin.email, FIXTURE_PASSWORD);
    const second = await t.post('/api/v1/auth/refresh', { refreshToken: first.body.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.body.refreshToken);

    const replay = await t.post('/api/v1/auth/refresh', { refreshToken: first.body.refreshToken });
    expect(replay.status).toBe(401);
    expect(replay.body.message).toMatch(/already used/);
    // The legitimate holder's newer token died with the family.
    expect((await t.post('/api/v1/auth/refresh', { refreshToken: second.body.refreshToken })).status).toBe(401);
  });

  it('logout ends the session', async () => {
    const session = await login(t.fixture.staff.nurse.email, FIXTURE_PASSWORD);
    expect((await t.post('/api/v1/auth/logout', { refreshToken: session.body.refreshToken })).status).toBe(204);
    expect((await t.post('/api/v1/auth/refresh', { refreshToken: session.body.refreshToken })).status).toBe(401);
  });

  it('closes every staff route to callers without a valid token, and to the portal key', async () => {
    expect((await t.get('/api/v1/threads', null)).status).toBe(401);
    const forged = await fetch(`${t.baseUrl}/api/v1/threads`, { headers: { authorization: 'Bearer abc.def.ghi' } });
    expect(forged.status).toBe(401);
    const portal = await fetch(`${t.baseUrl}/api/v1/threads`, { headers: { 'x-api-key': 'test-portal-key-0123456789' } });
    expect(portal.status).toBe(401);
    expect((await t.get('/api/v1/health', null)).status).toBe(200);
  });

  describe('the access matrix, every cell (docs/ACCESS.md)', () => {
    const CATEGORY_FOR_POOL: Record<Pool, MessageCategory> = {
      medical_assistant: 'appointment',
      physician: 'clinical_question',
      billing: 'billing',
      nurse: 'clinical_question',
    };
    const threadByPool = {} as Record<Pool, string>;

    beforeAll(async () => {
      for (const pool of POOLS) {
        const res = await t.post('/api/v1/messages', {
          externalId: `matrix-${pool}`,
          mrn: 'MRN-1',
          category: CATEGORY_FOR_POOL[pool],
          ...SAMPLE_MESSAGES[CATEGORY_FOR_POOL[pool]],
        });
        threadByPool[pool] = res.body.threadId;
        await eventually(async () => (await t.db.query('SELECT status FROM thread WHERE id = $1', [res.body.threadId]))[0].status === 'triaged');
        // No default rule routes an adult's question to the nurse pool: place that thread there directly.
        if (pool === 'nurse') await t.db.query(`UPDATE thread SET pool = 'nurse' WHERE id = $1`, [res.body.threadId]);
      }
    });

    for (const role of STAFF_ROLES) {
      for (const pool of POOLS) {
        const allowed = canReadThread(role, pool);
        it(`${role} ${allowed ? 'reads' : 'is refused'} a ${pool} thread (open and list)`, async () => {
          const open = await t.get(`/api/v1/threads/${threadByPool[pool]}`, role);
          expect(open.status).toBe(allowed ? 200 : 403);
          const list = await t.get(`/api/v1/threads?pool=${pool}&limit=200`, role);
          expect(list.status).toBe(allowed ? 200 : 403);
          if (allowed) expect(list.body.items.map((i: { id: string }) => i.id)).toContain(threadByPool[pool]);
        });
      }
    }

    it('an unfiltered list shows billing staff only the billing pool', async () => {
      const list = await t.get('/api/v1/threads?limit=200', 'billing');
      expect(list.body.items.length).toBeGreaterThan(0);
      expect(list.body.items.every((i: { pool: string }) => i.pool === 'billing')).toBe(true);
    });

    it('records who read a thread, and a refused read', async () => {
      const rows = await t.db.query(`SELECT actor_id, action FROM audit_event WHERE thread_id = $1 AND action LIKE 'thread.read%'`, [
        threadByPool.physician,
      ]);
      expect(rows).toEqual(
        expect.arrayContaining([
          { actor_id: t.fixture.staff.billing.id, action: 'thread.read_denied' },
          { actor_id: t.fixture.staff.physician.id, action: 'thread.read' },
        ]),
      );
    });
  });
});
