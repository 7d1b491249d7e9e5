import { computeMeasures, DatasetBuilder, patientsFor, type Dataset, type MeasureId, type MeasureResult, type MeasuresReport } from '@carequeue/measures';
import { startTestApp, type TestApp } from '../testing/test-app';
import { clearEngagement, importRecords, setPracticeCalendar, storeMessages } from './engagement-test-support';

/**
 * A small practice in March 2025 (New York; Friday 7 March is a holiday) whose figures are worked
 * out by hand below, and checked against the reference implementation as well.
 *   dr-a sees p1 twice and p2 once; dr-b sees p2 and p3; dr-c sees nobody (excluded).
 */
function handBuilt(): Dataset {
  return new DatasetBuilder()
    .provider('dr-a', 'Dr Ada')
    .provider('dr-b', 'Dr Bo')
    .provider('dr-c', 'Dr Cy')
    .patient('p1', '1980-01-01')
    .patient('p2', '1990-01-01')
    .patient('p3', '1985-06-15', 'dr-b')
    .patient('p4', '1960-03-03', 'dr-a') // exactly 65 on 2025-03-03
    .patient('p5', '2020-03-03') // exactly 5
    .visit('e-a-p1-1', 'p1', 'dr-a', '2025-03-03', { infoAvailableAt: '2025-03-03T17:00:00Z' })
    .visit('e-a-p1-2', 'p1', 'dr-a', '2025-03-10', { infoAvailableAt: '2025-03-10T17:00:00Z' })
    .visit('e-a-p2', 'p2', 'dr-a', '2025-03-04', { infoAvailableAt: '2025-03-04T17:00:00Z' })
    .visit('e-b-p2', 'p2', 'dr-b', '2025-03-05')
    .visit('e-b-p3', 'p3', 'dr-b', '2025-03-06')
    .visit('e-b-p3-other', 'p3', 'dr-b', '2025-03-06', { kind: 'other' })
    .visit('e-a-p5-1', 'p5', 'dr-a', '2024-06-03')
    .visit('e-a-p5-2', 'p5', 'dr-a', '2024-09-03')
    // p1: one patient-wide grant covers both visits (4 business days, and within 48 h of the first).
    .grant('p1', '2025-03-05T15:00:00Z')
    // p2: a grant for dr-a's visit on the 4th business day, thanks to the holiday; late for 48 hours.
    .grant('p2', '2025-03-11T15:00:00Z', 'e-a-p2')
    .summary('e-a-p1-1', '2025-03-04T20:00:00Z') // 1st business day: timely
    .summary('e-a-p1-2', '2025-03-12T12:00:00Z') // 2nd business day: late for Stage 2
    .summary('e-b-p3', '2025-03-10T14:00:00Z') // Thursday visit, Friday holiday: Monday is the 1st
    .activity('p2', '2025-03-20T15:00:00Z', 'download')
    .education('p1', 'dr-b', '2025-03-12T15:00:00Z') // dr-b never saw p1: counts nowhere
    .education('p3', 'dr-b', '2025-03-12T15:00:00Z')
    .reminder('p4', '2025-03-15T15:00:00Z')
    .copyRequest('p1', '2025-03-14T10:00:00Z') // Friday; the 3rd business day is Wednesday 19th
    .copyGiven('p1', '2025-03-19T20:00:00Z')
    .message('p1', 'dr-a', 'from_patient', '2025-03-11T15:00:00Z')
    .message('p3', 'dr-b', 'from_patient', '2025-03-12T15:00:00Z')
    .message('p2', 'dr-a', 'to_patient', '2025-03-13T15:00:00Z')
    .build();
}

const PERIOD = { from: '2025-03-03', to: '2025-03-31', timezone: 'America/New_York', holidays: ['2025-03-07'] };

describe('engagement measures API (real PostgreSQL)', () => {
  let t: TestApp;
  const dataset = handBuilt();
  const figure = (report: MeasuresReport, id: string) => report.practice.find((m) => m.id === id);
  const epFigure = (report: MeasuresReport, ep: string, id: string) => report.providers.find((p) => p.providerId === ep)?.measures.find((m) => m.id === id);
  const raw = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${t.baseUrl}${path}`, { headers: { authorization: `Bearer ${t.tokens.admin}`, ...headers } });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };

  beforeAll(async () => {
    t = await startTestApp({ patients: 0 });
    await clearEngagement(t.db);
    await setPracticeCalendar(t.db, t.fixture.practice.id, PERIOD.timezone, PERIOD.holidays);
    const res = await t.post('/api/v1/import', { records: importRecords(dataset) });
    expect(res.status).toBe(200);
    await storeMessages(t.db, t.fixture.practice.id, dataset, t.fixture.physician.id);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('computes Stage 2 as worked out by hand', async () => {
    const res = await t.get(`/api/v1/engagement/measures?from=${PERIOD.from}&to=${PERIOD.to}&stage=2`, 'admin');
    expect(res.status).toBe(200);
    const report = res.body;
    expect(report.providers.map((p: { providerId: string; name: string }) => [p.providerId, p.name])).toEqual([
      ['dr-a', 'Dr Ada'],
      ['dr-b', 'Dr Bo'],
      ['dr-c', 'Dr Cy'],
    ]);
    const pick = (m: MeasureResult | undefined) => m && [m.numerator, m.denominator, m.met, m.excluded];
    expect(pick(figure(report, 's2-online-access'))).toEqual([2, 3, true, false]);
    expect(pick(epFigure(report, 'dr-a', 's2-online-access'))).toEqual([2, 2, true, false]);
    expect(pick(epFigure(report, 'dr-b', 's2-online-access'))).toEqual([0, 2, false, false]);
    expect(pick(epFigure(report, 'dr-c', 's2-online-access'))).toEqual([0, 0, false, true]);
    expect(epFigure(report, 'dr-c', 's2-online-access')).toMatchObject({ percent: null });
    // Visits, not patients: 2 timely summaries out of 5 office visits (the "other" one does not count).
    expect(pick(figure(report, 's2-clinical-summaries'))).toEqual([2, 5, false, false]);
    expect(figure(report, 's2-clinical-summaries')).toMatchObject({ percent: 40, threshold: { kind: 'percent', value: 50 } });
    expect(pick(epFigure(report, 'dr-a', 's2-secure-messaging'))).toEqual([1, 2, true, false]);
    expect(pick(epFigure(report, 'dr-b', 's2-secure-messaging'))).toEqual([1, 2, true, false]);
    expect(pick(epFigure(report, 'dr-a', 's2m-secure-messaging'))).toEqual([1, 2, true, false]);
    expect(pick(figure(report, 's2-vdt'))).toEqual([1, 3, true, false]);
    expect(pick(epFigure(report, 'dr-b', 's2-education'))).toEqual([1, 2, true, false]);
    expect(pick(epFigure(report, 'dr-a', 's2-education'))).toEqual([0, 2, false, false]);
    expect(pick(epFigure(report, 'dr-a', 's2-reminders'))).toEqual([0, 1, false, false]);
  });

  it('computes Stages 1 and 3 as worked out by hand, with program-year thresholds', async () => {
    const s1 = (await t.get(`/api/v1/engagement/measures?from=${PERIOD.from}&to=${PERIOD.to}&stage=1`, 'admin')).body;
    expect(epFigure(s1, 'dr-a', 's1-reminders')).toMatchObject({ numerator: 1, denominator: 2, met: true });
    expect(epFigure(s1, 'dr-a', 's1-electronic-copy')).toMatchObject({ numerator: 1, denominator: 1, met: true });
    expect(figure(s1, 's1-clinical-summaries')).toMatchObject({ numerator: 3, denominator: 5 });
    const s3 = (await t.get(`/api/v1/engagement/measures?from=${PERIOD.from}&to=${PERIOD.to}&stage=3&programYear=2016`, 'admin')).body;
    expect(epFigure(s3, 'dr-a', 's3-online-access')).toMatchObject({ numerator: 1, denominator: 2, met: false });
    expect(figure(s3, 's3-vdt')).toMatchObject({ threshold: { kind: 'percent', value: 10 }, numerator: 1, denominator: 3, met: true });
    expect(figure(s3, 's3-secure-messaging')).toMatchObject({ threshold: { kind: 'percent', value: 25 }, numerator: 1, denominator: 3, met: true });
  });

  it.each([1, 2, 3] as const)('equals the reference implementation for Stage %i, also with providerId', async (stage) => {
    for (const providerId of [undefined, 'dr-b', 'dr-404']) {
      const query = `from=${PERIOD.from}&to=${PERIOD.to}&stage=${stage}${providerId ? `&providerId=${providerId}` : ''}`;
      const res = await t.get(`/api/v1/engagement/measures?${query}`, 'admin');
      expect(res.status).toBe(200);
      const expected = computeMeasures(dataset, { ...PERIOD, stage, providerId });
      expect({ practice: res.body.practice, providers: res.body.providers }).toEqual(expected);
    }
  });

  describe('drill-down', () => {
    const base = `from=${PERIOD.from}&to=${PERIOD.to}`;

    it('lists gap, numerator and denominator patients, per EP or for the practice, and matches the reference', async () => {
      const gap = await t.get(`/api/v1/engagement/measures/s2-online-access/patients?${base}&set=gap`, 'admin');
      expect(gap.status).toBe(200);
      expect(gap.body).toMatchObject({ total: 1, limit: 100, offset: 0, unit: 'patients', items: [{ patientId: 'p3', mrn: 'p3', name: null }] });
      for (const set of ['numerator', 'denominator', 'gap'] as const) {
        for (const providerId of [undefined, 'dr-a', 'dr-b', 'dr-c', 'dr-404']) {
          for (const id of ['s2-online-access', 's1-reminders', 's2-clinical-summaries', 's3-secure-messaging'] as MeasureId[]) {
            const query = `${base}&set=${set}${providerId ? `&providerId=${providerId}` : ''}`;
            const res = await t.get(`/api/v1/engagement/measures/${id}/patients?${query}`, 'admin');
            const key = id.includes('summaries') ? 'encounterId' : 'patientId';
            const ids = res.body.items.map((i: Record<string, string>) => i[key]);
            expect({ id, set, providerId, ids }).toEqual({ id, set, providerId, ids: patientsFor(dataset, id, { ...PERIOD, providerId }, set) });
          }
        }
      }
    });

    it('lists visits for per-visit measures', async () => {
      const res = await t.get(`/api/v1/engagement/measures/s2-clinical-summaries/patients?${base}&set=numerator`, 'admin');
      expect(res.body.unit).toBe('visits');
      expect(res.body.items).toEqual([
        { encounterId: 'e-a-p1-1', date: '2025-03-03', patientId: 'p1', mrn: 'p1', name: null },
        { encounterId: 'e-b-p3', date: '2025-03-06', patientId: 'p3', mrn: 'p3', name: null },
      ]);
    });

    it('pages in id order', async () => {
      const page = (offset: number) => t.get(`/api/v1/engagement/measures/s2-clinical-summaries/patients?${base}&set=denominator&limit=2&offset=${offset}`, 'admin');
      const pages = await Promise.all([page(0), page(2), page(4), page(6)]);
      expect(pages.map((p) => p.body.items.map((i: { encounterId: string }) => i.encounterId))).toEqual([
        ['e-a-p1-1', 'e-a-p1-2'],
        ['e-a-p2', 'e-b-p2'],
        ['e-b-p3'],
        [],
      ]);
      expect(pages.every((p) => p.body.total === 5)).toBe(true);
    });

    it('exports CSV with Accept: text/csv or format=csv, escaped, as an attachment', async () => {
      await t.post('/api/v1/import', { records: [{ type: 'patient', id: 'p3', birthDate: '1985-06-15', primaryProviderId: 'dr-b', name: '=Eve "Q", Smith' }] });
      const byHeader = await raw(`/api/v1/engagement/measures/s2-online-access/patients?${base}&set=denominator`, { accept: 'text/csv' });
      expect(byHeader.status).toBe(200);
      expect(byHeader.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(byHeader.headers.get('content-disposition')).toBe(
        'attachment; filename="s2-online-access-denominator-practice-2025-03-03-to-2025-03-31.csv"',
      );
      expect(byHeader.text).toBe('patient_id,mrn,name\r\np1,p1,\r\np2,p2,\r\np3,p3,"\'=Eve ""Q"", Smith"\r\n');
      const byParam = await raw(`/api/v1/engagement/measures/s2-clinical-summaries/patients?${base}&set=gap&providerId=dr-a&format=csv`);
      expect(byParam.headers.get('content-disposition')).toContain('s2-clinical-summaries-gap-provider-dr-a-');
      expect(byParam.text).toBe('encounter_id,visit_date,patient_id,mrn,name\r\ne-a-p1-2,2025-03-10,p1,p1,\r\ne-a-p2,2025-03-04,p2,p2,\r\n');
    });

    it('records each read in the audit trail with ids and counts, never names', async () => {
      await t.get(`/api/v1/engagement/measures/s2-online-access/patients?${base}&set=gap&providerId=dr-b`, 'admin');
      const [row] = await t.db.query(`SELECT actor_type, actor_id, details FROM audit_event WHERE action = 'engagement.drilldown_read' ORDER BY id DESC LIMIT 1`);
      expect(row).toEqual({
        actor_type: 'staff',
        actor_id: t.fixture.staff.admin.id,
        details: { measureId: 's2-online-access', set: 'gap', providerId: 'dr-b', from: PERIOD.from, to: PERIOD.to, format: 'json', offset: 0, returned: 2, total: 2 },
      });
      const all = await t.db.query(`SELECT details FROM audit_event WHERE action = 'engagement.drilldown_read'`);
      expect(JSON.stringify(all)).not.toContain('Eve');
    });
  });

  describe('bad queries are a 4xx naming the field', () => {
    const cases: [string, string, number, string][] = [
      ['from not a date', '/api/v1/engagement/measures?from=2025-02-30&to=2025-03-31&stage=2', 400, 'from'],
      ['missing to', '/api/v1/engagement/measures?from=2025-03-01&stage=2', 400, 'to'],
      ['to before from', '/api/v1/engagement/measures?from=2025-03-31&to=2025-03-01&stage=2', 400, 'to'],
      ['period over two years', '/api/v1/engagement/measures?from=2023-01-01&to=2025-01-01&stage=2', 400, 'to'],
      ['unknown stage', '/api/v1/engagement/measures?from=2025-03-01&to=2025-03-31&stage=4', 400, 'stage'],
      ['programYear not a number', '/api/v1/engagement/measures?from=2025-03-01&to=2025-03-31&stage=1&programYear=soon', 400, 'programYear'],
      ['unknown field', '/api/v1/engagement/measures?from=2025-03-01&to=2025-03-31&stage=1&sort=name', 400, 'sort'],
      ['unknown measure', `/api/v1/engagement/measures/s9-telepathy/patients?from=2025-03-01&to=2025-03-31`, 404, 'id'],
      ['unknown set', `/api/v1/engagement/measures/s2-vdt/patients?from=2025-03-01&to=2025-03-31&set=all`, 400, 'set'],
      ['limit 0', `/api/v1/engagement/measures/s2-vdt/patients?from=2025-03-01&to=2025-03-31&limit=0`, 400, 'limit'],
      ['unknown format', `/api/v1/engagement/measures/s2-vdt/patients?from=2025-03-01&to=2025-03-31&format=xml`, 400, 'format'],
    ];
    it.each(cases)('%s', async (_label, path, status, field) => {
      const res = await t.get(path, 'admin');
      expect(res.status).toBe(status);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it('accepts a period of exactly two years', async () => {
      expect((await t.get('/api/v1/engagement/measures?from=2023-01-01&to=2024-12-31&stage=1', 'admin')).status).toBe(200);
    });
  });

  it('is for admins and physicians only', async () => {
    const path = `/api/v1/engagement/measures?from=${PERIOD.from}&to=${PERIOD.to}&stage=2`;
    expect((await t.get(path, null)).status).toBe(401);
    expect((await t.get(path, 'billing')).status).toBe(403);
    expect((await t.get(`/api/v1/engagement/measures/s2-vdt/patients?from=${PERIOD.from}&to=${PERIOD.to}`, 'nurse')).status).toBe(403);
  });

  it('uses the holidays and time zone the practice has now', async () => {
    await setPracticeCalendar(t.db, t.fixture.practice.id, PERIOD.timezone, []);
    try {
      const report = (await t.get(`/api/v1/engagement/measures?from=${PERIOD.from}&to=${PERIOD.to}&stage=2`, 'admin')).body;
      // Without the holiday, p2's grant on Tuesday the 11th is a business day late for dr-a's visit.
      expect(epFigure(report, 'dr-a', 's2-online-access')).toMatchObject({ numerator: 1, denominator: 2 });
      expect(report.practice).toEqual(computeMeasures(dataset, { ...PERIOD, holidays: [], stage: 2 }).practice);
    } finally {
      await setPracticeCalendar(t.db, t.fixture.practice.id, PERIOD.timezone, PERIOD.holidays);
    }
  });
});
