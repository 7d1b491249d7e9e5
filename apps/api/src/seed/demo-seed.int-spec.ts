import type { MeasureResult, MeasuresReportResponse } from '@carequeue/measures';
import { addDays, localDateOf } from '@carequeue/measures';
import { PracticeEntity } from '../practices/practice.entity';
import { startTestApp, type TestApp } from '../testing/test-app';
import { DemoSeedService } from './demo-seed.service';

/** The demo practice, seeded beside the test's own: staff, patients, messages and six months of engagement data. */
describe('demo seed (real PostgreSQL + Redis)', () => {
  let t: TestApp;
  let practiceId: string;
  let token: string;
  const today = localDateOf(Date.now(), 'America/New_York');
  const period = `from=${addDays(today, -89)}&to=${today}`;
  const get = async <T>(path: string): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${t.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, body: (await response.json()) as T };
  };

  beforeAll(async () => {
    t = await startTestApp({ patients: 0 });
    practiceId = (await t.app.get(DemoSeedService).seed()).id;
    const login = await t.post('/api/v1/auth/login', { email: 'admin@riverside.example', password: t.config.demoPassword });
    expect(login.status).toBe(200);
    token = login.body.accessToken;
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('does nothing on a database that already holds a practice', async () => {
    const before = await t.db.getRepository(PracticeEntity).count();
    expect(await t.app.get(DemoSeedService).seedIfEmpty()).toBe(false);
    expect(await t.db.getRepository(PracticeEntity).count()).toBe(before);
  });

  it('links the three demo physicians to EHR providers instead of importing new staff', async () => {
    const staff: { display_name: string; external_id: string | null; password_hash: string | null }[] = await t.db.query(
      `SELECT display_name, external_id, password_hash FROM staff_user WHERE practice_id = $1 ORDER BY display_name`,
      [practiceId],
    );
    expect(staff).toHaveLength(10);
    const providers = staff.filter((s) => s.external_id !== null);
    expect(providers.map((s) => s.display_name)).toEqual(['Dr. Ana Ruiz', 'Dr. Ben Okafor', 'Dr. Claire Chen']);
    // Still the people who sign in: the import updated them rather than adding password-less copies.
    expect(providers.every((s) => s.password_hash !== null)).toBe(true);
  });

  it('stores visits and portal events through the import, audited as the system', async () => {
    const [counts]: { encounters: number; events: number; types: number }[] = await t.db.query(
      `SELECT (SELECT count(*)::int FROM encounter WHERE practice_id = $1) AS encounters,
              (SELECT count(*)::int FROM engagement_event WHERE practice_id = $1) AS events,
              (SELECT count(DISTINCT type)::int FROM engagement_event WHERE practice_id = $1) AS types`,
      [practiceId],
    );
    expect(counts.encounters).toBeGreaterThan(500);
    expect(counts.events).toBeGreaterThan(counts.encounters);
    expect(counts.types).toBe(7);
    const audit = await t.db.query(`SELECT actor_type FROM audit_event WHERE action = 'engagement.imported'`);
    expect(audit).toEqual([{ actor_type: 'system' }]);
  });

  it.each([1, 2, 3])('gives Stage %i figures for the last 90 days that pass some thresholds and fail others', async (stage) => {
    const res = await get<MeasuresReportResponse>(`/api/v1/engagement/measures?${period}&stage=${stage}`);
    expect(res.status).toBe(200);
    const practice = res.body.practice;
    expect(practice.every((m) => !m.excluded && m.denominator > 0)).toBe(true);
    const all = [...practice, ...res.body.providers.flatMap((p) => p.measures)];
    expect(all.some((m) => m.met)).toBe(true);
    expect(all.some((m) => !m.met)).toBe(true);
    // Listed by EHR id: rfm-chen, rfm-okafor, rfm-ruiz.
    expect(res.body.providers.map((p) => p.name)).toEqual(['Dr. Claire Chen', 'Dr. Ben Okafor', 'Dr. Ana Ruiz']);
  });

  it('has patients behind the gaps, and counts the seeded portal messages for the secure-messaging measure', async () => {
    const report = (await get<MeasuresReportResponse>(`/api/v1/engagement/measures?${period}&stage=2`)).body;
    const failing = report.practice.find((m: MeasureResult) => !m.met && m.denominator > 0) as MeasureResult;
    const gap = await get<{ total: number; items: unknown[] }>(`/api/v1/engagement/measures/${failing.id}/patients?${period}&set=gap`);
    expect(gap.body.total).toBe(failing.denominator - failing.numerator);
    expect(gap.body.items.length).toBeGreaterThan(0);
    const messaging = report.practice.find((m) => m.id === 's2-secure-messaging') as MeasureResult;
    expect(messaging.numerator).toBeGreaterThan(0);
  });
});
