import { PrivateRedis } from '../testing/private-redis';
import { eventually, startTestApp, type TestApp } from '../testing/test-app';
import { TriageSweeper } from './triage-sweeper.service';

const message = (externalId: string) => ({
  externalId,
  mrn: 'MRN-1',
  category: 'appointment',
  subject: 'Annual physical',
  body: 'I would like to book my physical next month.',
});

describe('nothing accepted is lost: the sweeper (real PostgreSQL + Redis)', () => {
  let redis: PrivateRedis;
  let t: TestApp;
  let sweeper: TriageSweeper;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    // The timer is off (one hour): the test drives the sweeper itself.
    t = await startTestApp({ env: { REDIS_URL: redis.url, SWEEP_INTERVAL_SECONDS: '3600' } });
    sweeper = t.app.get(TriageSweeper);
  });
  afterAll(async () => {
    await t?.close();
    await redis?.kill();
  });

  const threadStatus = async (threadId: string) =>
    (await t.db.query('SELECT status FROM thread WHERE id = $1', [threadId]))[0].status as string;

  it('accepts a message while Redis is down, then triages it once Redis is back', async () => {
    await redis.kill();
    const res = await t.post('/api/v1/messages', message('while-redis-down'));
    expect(res.status).toBe(202);
    const [pending] = await t.db.query('SELECT dispatched_at, attempts, last_error FROM outbox WHERE message_id = $1', [
      res.body.messageId,
    ]);
    expect(pending.dispatched_at).toBeNull();
    expect(pending.attempts).toBe(1);
    expect(pending.last_error).toBeTruthy();
    expect(await threadStatus(res.body.threadId)).toBe('new');

    await redis.up();
    // Outbox rows get a short grace period (the request that wrote them may still be dispatching).
    await new Promise((r) => setTimeout(r, 2_100));
    const report = await eventually(async () => {
      const r = await sweeper.sweepOnce();
      return r.dispatched > 0 ? r : null;
    }, 15_000);
    expect(report.dispatched).toBe(1);
    await eventually(async () => (await threadStatus(res.body.threadId)) === 'triaged', 15_000);
  });

  it('re-enqueues a message whose job was never enqueued or was lost by Redis', async () => {
    // As if a worker died and Redis restarted empty: dispatched a minute ago, never triaged, no job.
    const { practice, patients } = t.fixture;
    const [thread] = await t.db.query(
      `INSERT INTO thread (practice_id, patient_id, subject, requested_category, category, last_message_at, message_count)
       VALUES ($1, $2, 'Lost job', 'billing', 'billing', now(), 1) RETURNING id`,
      [practice.id, patients[0].id],
    );
    const [msg] = await t.db.query(
      `INSERT INTO message (practice_id, thread_id, external_id, author, category, body, sent_at, received_at)
       VALUES ($1, $2, 'lost-job', 'patient', 'billing', 'Question about my bill', now(), now() - interval '1 minute') RETURNING id`,
      [practice.id, thread.id],
    );
    await t.db.query(
      `INSERT INTO outbox (topic, message_id, created_at, dispatched_at) VALUES ('triage', $1, now() - interval '1 minute', now() - interval '1 minute')`,
      [msg.id],
    );

    const report = await sweeper.sweepOnce(30);
    expect(report.requeued).toBe(1);
    await eventually(async () => (await threadStatus(thread.id)) === 'triaged', 15_000);
    const [row] = await t.db.query('SELECT pool, triaged_at FROM thread JOIN message ON message.thread_id = thread.id WHERE thread.id = $1', [thread.id]);
    expect(row.pool).toBe('billing');
    expect(row.triaged_at).not.toBeNull();

    // A second sweep finds nothing left to do.
    expect(await sweeper.sweepOnce(30)).toEqual({ dispatched: 0, requeued: 0, failed: 0 });
  });
});
