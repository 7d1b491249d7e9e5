import { DatasetBuilder, type Dataset, type TrendFigure, type TrendResponse } from '@carequeue/measures';
import { startTestApp, type TestApp } from '../testing/test-app';
import { clearEngagement, importRecords, setPracticeCalendar } from './engagement-test-support';

/**
 * Three weeks of March 2025 (Monday 3rd to Sunday 23rd, New York, no holidays), worked out by hand:
 *   week 1 (to the 9th):  dr-a sees p1 (access on time)             → online access 1/1, VDT 0/1
 *   week 2 (to the 16th): dr-a sees p2 (never given access; views)   → online access 1/2, VDT 1/2
 *   week 3 (to the 23rd): dr-a sees p3 (access on time), dr-b sees p4 → online access 3/4, VDT 1/4
 */
function threeWeeks(): Dataset {
  return new DatasetBuilder()
    .provider('dr-a', 'Dr Ada')
    .provider('dr-b', 'Dr Bo')
    .visit('e1', 'p1', 'dr-a', '2025-03-04', { infoAvailableAt: '2025-03-04T17:00:00Z' })
    .visit('e2', 'p2', 'dr-a', '2025-03-11', { infoAvailableAt: '2025-03-11T17:00:00Z' })
    .visit('e3', 'p3', 'dr-a', '2025-03-18', { infoAvailableAt: '2025-03-18T17:00:00Z' })
    .visit('e4', 'p4', 'dr-b', '2025-03-19', { infoAvailableAt: '2025-03-19T17:00:00Z' })
    .grant('p1', '2025-03-05T15:00:00Z')
    .grant('p3', '2025-03-19T15:00:00Z')
    .grant('p4', '2025-03-20T15:00:00Z')
    .activity('p2', '2025-03-13T15:00:00Z', 'view')
    .build();
}

const FROM = '2025-03-03';
const TO = '2025-03-23';

describe('engagement trend API (real PostgreSQL)', () => {
  let t: TestApp;
  const trend = (query: string, as: 'admin' | 'physician' | 'nurse' | 'billing' = 'admin') => t.get(`/api/v1/engagement/measures/trend?${query}`, as);
  const series = (body: TrendResponse, id: string) =>
    body.weeks.map((w) => {
      const m = w.measures.find((f) => f.id === id) as TrendFigure;
      return [w.weekEnd, m.numerator, m.denominator, m.met, m.excluded];
    });

  beforeAll(async () => {
    t = await startTestApp({ patients: 0 });
    await clearEngagement(t.db);
    await setPracticeCalendar(t.db, t.fixture.practice.id, 'America/New_York', []);
    expect((await t.post('/api/v1/import', { records: importRecords(threeWeeks()) })).status).toBe(200);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("gives the practice's figures week by week, each from the period's first day to the week's end", async () => {
    const res = await trend(`from=${FROM}&to=${TO}&stage=2`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: FROM, to: TO, stage: 2, programYear: null, providerId: null });
    expect(series(res.body, 's2-online-access')).toEqual([
      ['2025-03-09', 1, 1, true, false],
      ['2025-03-16', 1, 2, false, false], // exactly 50% does not pass > 50%
      ['2025-03-23', 3, 4, true, false],
    ]);
    expect(series(res.body, 's2-vdt')).toEqual([
      ['2025-03-09', 0, 1, false, false],
      ['2025-03-16', 1, 2, true, false],
      ['2025-03-23', 1, 4, true, false],
    ]);
    expect(res.body.weeks[1].measures.find((m: TrendFigure) => m.id === 's2-vdt')).toMatchObject({ percent: 50 });
    // Every measure of the stage at every point, nothing more (no threshold or definition per point).
    expect(Object.keys(res.body.weeks[0].measures[0]).sort()).toEqual(['denominator', 'excluded', 'id', 'met', 'numerator', 'percent']);
  });

  it('ends the last point at `to` when the period is not whole weeks, and agrees with the measures for that period', async () => {
    const res = await trend(`from=${FROM}&to=2025-03-12&stage=2`);
    expect(res.body.weeks.map((w: { weekEnd: string }) => w.weekEnd)).toEqual(['2025-03-09', '2025-03-12']);
    const report = (await t.get(`/api/v1/engagement/measures?from=${FROM}&to=2025-03-12&stage=2`, 'admin')).body;
    const last = res.body.weeks[1].measures;
    expect(last.map((m: TrendFigure) => [m.id, m.numerator, m.denominator, m.met])).toEqual(
      report.practice.map((m: TrendFigure) => [m.id, m.numerator, m.denominator, m.met]),
    );
  });

  it("gives one EP's figures with providerId, excluded in the weeks before their first visit", async () => {
    const res = await trend(`from=${FROM}&to=${TO}&stage=3&providerId=dr-b`, 'admin');
    expect(res.status).toBe(200);
    expect(res.body.providerId).toBe('dr-b');
    expect(series(res.body, 's3-online-access')).toEqual([
      ['2025-03-09', 0, 0, false, true],
      ['2025-03-16', 0, 0, false, true],
      ['2025-03-23', 1, 1, true, false],
    ]);
    expect(res.body.weeks[0].measures.find((m: TrendFigure) => m.id === 's3-online-access').percent).toBeNull();
  });

  it('answers 404 naming providerId for a provider the practice does not have', async () => {
    const res = await trend(`from=${FROM}&to=${TO}&stage=2&providerId=dr-404`);
    expect(res.status).toBe(404);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'providerId' })]);
  });

  it('takes up to 53 weeks and refuses a longer period with a 400 naming from..to', async () => {
    const year = await trend('from=2024-01-01&to=2025-01-05&stage=1');
    expect(year.status).toBe(200);
    expect(year.body.weeks).toHaveLength(53);
    expect(year.body.weeks.at(-1).weekEnd).toBe('2025-01-05');

    const longer = await trend('from=2024-01-01&to=2025-01-06&stage=1');
    expect(longer.status).toBe(400);
    const error = longer.body.errors.find((e: { field: string }) => e.field === 'to');
    expect(error.message).toContain('from..to');
    expect(error.message).toContain('53 weeks');
  });

  it.each([
    ['from not a date', `from=2025-02-30&to=${TO}&stage=2`, 'from'],
    ['to before from', `from=${TO}&to=${FROM}&stage=2`, 'to'],
    ['missing stage', `from=${FROM}&to=${TO}`, 'stage'],
    ['unknown field', `from=${FROM}&to=${TO}&stage=2&weeks=3`, 'weeks'],
  ])('refuses %s with a 400 naming the field', async (_label, query, field) => {
    const res = await trend(query);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('is for admins and physicians only', async () => {
    const query = `from=${FROM}&to=${TO}&stage=2`;
    expect((await t.get(`/api/v1/engagement/measures/trend?${query}`, null)).status).toBe(401);
    expect((await trend(query, 'nurse')).status).toBe(403);
    expect((await trend(query, 'billing')).status).toBe(403);
    expect((await trend(query, 'admin')).status).toBe(200);
    // This practice's physician sign-in is not linked to an EHR provider (engagement-access.int-spec.ts).
    expect((await trend(query, 'physician')).status).toBe(403);
  });
});
