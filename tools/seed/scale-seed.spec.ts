import { computeMeasures, patientsFor, type MeasureResult, type MeasuresReport, type Stage } from '@carequeue/measures';
import { databaseUrl, getJson, signIn, startApiServer, type ApiServer } from '@carequeue/testing';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { datasetFromDb, type PracticeData } from './dataset-from-db';
import { parseOptions, type ScaleOptions } from './scale-options';
import { seedScale, type SeedResult } from './scale-seed';

/**
 * The scale seed at a tiny size, end to end: two databases seeded with the same options (and one
 * with another seed), then the counts, the references between rows, the shape of the data, and the
 * measures API (the built API, started on the seeded database) against the reference
 * implementation on the same data read back.
 */
const SIZES = ['--patients', '300', '--providers', '5', '--visits', '2000', '--events', '4000', '--messages', '1500'];
const names = Array.from({ length: 3 }, (_, i) => `cq_seed_spec_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}_${i}`);
const optionsFor = (name: string, seed = '7'): ScaleOptions => parseOptions([...SIZES, '--seed', seed], { DATABASE_URL: databaseUrl(name) });

async function query<T extends object>(name: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl(name) });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const count = async (name: string, sql: string) => (await query<{ n: number }>(name, `SELECT count(*)::int AS n FROM (${sql}) x`))[0].n;

/** Every table's content except ids the database draws itself and the admin's salted password hash. */
const FINGERPRINT = `SELECT md5(string_agg(x, '|' ORDER BY x)) AS digest FROM (
  SELECT row(id, name, timezone, holidays)::text AS x FROM practice
  UNION ALL SELECT row(id, email, display_name, role, external_id, external_role)::text FROM staff_user
  UNION ALL SELECT row(id, mrn, first_name, last_name, birth_date, primary_physician_id)::text FROM patient
  UNION ALL SELECT row(id, external_id, patient_id, provider_id, date, kind, info_available_at, first_access_at, first_summary_at)::text FROM encounter
  UNION ALL SELECT row(type, patient_id, encounter_id, provider_id, action, at)::text FROM engagement_event
  UNION ALL SELECT row(id, patient_id, subject, category, status, assignee_id, message_count, last_message_at)::text FROM thread
  UNION ALL SELECT row(id, thread_id, author, author_staff_id, internal, body, sent_at)::text FROM message) rows`;

function comparable(report: MeasuresReport) {
  const figure = (m: MeasureResult) => ({ ...m, percent: m.percent === null ? null : Math.round(m.percent * 1e6) / 1e6 });
  return { practice: report.practice.map(figure), providers: report.providers.map((p) => ({ ...p, measures: p.measures.map(figure) })) };
}

describe('seed:scale at a tiny size', () => {
  const stderr: string[] = [];
  const io = { progress: { write: (text: string) => stderr.push(text) }, log: () => undefined };
  let first: SeedResult;
  let again: SeedResult;
  let twin: SeedResult;
  let other: SeedResult;

  beforeAll(async () => {
    first = await seedScale(optionsFor(names[0]), io);
    again = await seedScale(optionsFor(names[0]), io);
    twin = await seedScale(optionsFor(names[1]), io);
    other = await seedScale(optionsFor(names[2], '8'), io);
  });

  afterAll(async () => {
    const admin = new Client({ connectionString: databaseUrl('postgres') });
    await admin.connect();
    for (const name of names) await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
    await admin.end();
  });

  it('writes exactly the sizes asked for, with a progress line per phase', async () => {
    expect(first.skipped).toBe(false);
    expect(first.record.counts).toMatchObject({ practices: 1, providers: 5, patients: 300, visits: 2000, events: 4000, messages: 1500 });
    const perType = Object.entries(first.record.counts ?? {}).filter(([key]) => key.startsWith('events: '));
    expect(perType.map(([key]) => key).sort()).toEqual(
      ['access_granted', 'copy_provided', 'copy_requested', 'education_provided', 'portal_activity', 'reminder_sent', 'summary_provided'].map((t) => `events: ${t}`),
    );
    expect(perType.reduce((sum, [, n]) => sum + n, 0)).toBe(4000);
    const lines = stderr.join('');
    expect(lines).toMatch(/encounters\s+\[#+\]\s+2,000 \/ 2,000 rows/);
    expect(lines).toMatch(/messages\s+\[#+\]\s+1,500 \/ 1,500 rows/);
  });

  it('says so and writes nothing when the same dataset is already there', async () => {
    expect(again.skipped).toBe(true);
    expect(again.record.seededAt).toBe(first.record.seededAt);
  });

  it('is deterministic: the same seed gives the same rows, another seed others', async () => {
    const [a] = await query<{ digest: string }>(names[0], FINGERPRINT);
    const [b] = await query<{ digest: string }>(names[1], FINGERPRINT);
    const [c] = await query<{ digest: string }>(names[2], FINGERPRINT);
    expect(twin.skipped).toBe(false);
    expect(a.digest).toBe(b.digest);
    expect(other.record.counts?.['visits']).toBe(2000);
    expect(c.digest).not.toBe(a.digest);
  });

  it('only writes rows whose references hold', async () => {
    const name = names[0];
    const violations = {
      encounterWithoutPatientOrEp: await count(name, `SELECT 1 FROM encounter e LEFT JOIN patient p ON p.id = e.patient_id
        LEFT JOIN staff_user s ON s.id = e.provider_id WHERE p.id IS NULL OR s.external_id IS NULL`),
      eventWithDanglingReference: await count(name, `SELECT 1 FROM engagement_event v LEFT JOIN patient p ON p.id = v.patient_id
        LEFT JOIN encounter e ON e.id = v.encounter_id LEFT JOIN staff_user s ON s.id = v.provider_id
        WHERE (v.patient_id IS NOT NULL AND p.id IS NULL) OR (v.encounter_id IS NOT NULL AND e.id IS NULL) OR (v.provider_id IS NOT NULL AND s.external_id IS NULL)`),
      grantForAnotherPatientsVisit: await count(name, `SELECT 1 FROM engagement_event v JOIN encounter e ON e.id = v.encounter_id
        WHERE v.type = 'access_granted' AND e.patient_id <> v.patient_id`),
      summaryOfOtherVisit: await count(name, `SELECT 1 FROM engagement_event v JOIN encounter e ON e.id = v.encounter_id
        WHERE v.type = 'summary_provided' AND e.kind <> 'office_visit'`),
      threadWithDanglingReference: await count(name, `SELECT 1 FROM thread t LEFT JOIN patient p ON p.id = t.patient_id
        LEFT JOIN staff_user s ON s.id = t.assignee_id WHERE p.id IS NULL OR (t.assignee_id IS NOT NULL AND s.id IS NULL)`),
      messageWithDanglingReference: await count(name, `SELECT 1 FROM message m LEFT JOIN thread t ON t.id = m.thread_id
        LEFT JOIN staff_user s ON s.id = m.author_staff_id
        WHERE t.id IS NULL OR (m.author = 'staff') <> (m.author_staff_id IS NOT NULL) OR (m.author_staff_id IS NOT NULL AND s.id IS NULL)`),
      threadCountsWrong: await count(name, `SELECT 1 FROM thread t JOIN (SELECT thread_id, count(*) AS n, max(sent_at) AS last, min(sent_at) AS first
        FROM message GROUP BY thread_id) m ON m.thread_id = t.id WHERE t.message_count <> m.n OR t.last_message_at <> m.last OR t.created_at <> m.first`),
      threadNotOpenedByPatient: await count(name, `SELECT 1 FROM thread t JOIN message m ON m.thread_id = t.id AND m.sent_at = t.created_at
        WHERE m.author <> 'patient'`),
      afterTheHistory: await count(name, `SELECT at FROM engagement_event WHERE at >= '2025-07-01T04:00:00Z'
        UNION ALL SELECT sent_at FROM message WHERE sent_at >= '2025-07-01T04:00:00Z'
        UNION ALL SELECT info_available_at FROM encounter WHERE date > '2025-06-30' OR date < '2023-07-02'`),
      primaryPhysicianNotAnEp: await count(name, `SELECT 1 FROM patient p JOIN staff_user s ON s.id = p.primary_physician_id WHERE s.external_id IS NULL`),
    };
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((key) => [key, 0])));
  });

  it('looks like a clinic: weekday visits, closed on Sundays and holidays, mostly office visits', async () => {
    const [shape] = await query<{ sunday: number; saturday: number; holiday: number; office: number; total: number }>(
      names[0],
      `SELECT count(*) FILTER (WHERE extract(isodow FROM date) = 7)::int AS sunday, count(*) FILTER (WHERE extract(isodow FROM date) = 6)::int AS saturday,
              count(*) FILTER (WHERE date IN (SELECT jsonb_array_elements_text(holidays)::date FROM practice))::int AS holiday,
              count(*) FILTER (WHERE kind = 'office_visit')::int AS office, count(*)::int AS total FROM encounter`,
    );
    expect(shape.sunday).toBe(0);
    expect(shape.holiday).toBe(0);
    expect(shape.saturday / shape.total).toBeLessThan(0.05);
    expect(shape.office / shape.total).toBeGreaterThan(0.85);
    expect(shape.office / shape.total).toBeLessThan(0.98);
  });

  describe('the measures API on the seeded data equals the reference implementation', () => {
    let api: ApiServer;
    let token: string;
    let data: PracticeData;

    beforeAll(async () => {
      const client = new Client({ connectionString: databaseUrl(names[0]) });
      await client.connect();
      const [{ id }] = (await client.query<{ id: string }>(`SELECT id FROM practice`)).rows;
      data = await datasetFromDb(client, id);
      await client.end();
      api = await startApiServer({ env: { DATABASE_URL: databaseUrl(names[0]), SEED_DEMO: 'false', LOG_LEVEL: 'warn' } });
      const admin = first.record.admin;
      if (!admin) throw new Error('the seed recorded no administrator');
      token = await signIn(api.baseUrl, admin.email, admin.password);
    });
    afterAll(async () => {
      await api?.stop();
    });

    it.each([
      // The last 90 days, Thanksgiving and Christmas (holidays), a whole year, with and without a program year.
      { from: '2025-04-02', to: '2025-06-30', stage: 1 as Stage },
      { from: '2025-04-02', to: '2025-06-30', stage: 2 as Stage },
      { from: '2025-04-02', to: '2025-06-30', stage: 3 as Stage },
      { from: '2024-11-15', to: '2024-12-31', stage: 2 as Stage, programYear: 2016 },
      { from: '2024-11-15', to: '2024-12-31', stage: 3 as Stage, programYear: 2016 },
      { from: '2024-07-01', to: '2025-06-30', stage: 2 as Stage },
    ])('$from to $to, stage $stage', async ({ from, to, stage, programYear }) => {
      const year = programYear ? `&programYear=${programYear}` : '';
      const res = await getJson<MeasuresReport>(`${api.baseUrl}/api/v1/engagement/measures?from=${from}&to=${to}&stage=${stage}${year}`, token);
      expect(res.status).toBe(200);
      const expected = computeMeasures(data.dataset, { from, to, stage, programYear, timezone: data.timezone, holidays: data.holidays });
      expect(comparable({ practice: res.body.practice, providers: res.body.providers })).toEqual(comparable(expected));
      // Not a vacuous comparison: the period has visits and figures.
      expect(expected.practice.some((m) => m.denominator > 20 && m.numerator > 0)).toBe(true);
    });

    it('lists the same patients behind a figure', async () => {
      const options = { from: '2025-04-02', to: '2025-06-30', timezone: data.timezone, holidays: data.holidays };
      for (const id of ['s2-online-access', 's2-reminders'] as const) {
        const res = await getJson<{ items: { patientId: string }[]; total: number }>(
          `${api.baseUrl}/api/v1/engagement/measures/${id}/patients?from=${options.from}&to=${options.to}&set=gap&limit=10000`,
          token,
        );
        expect(res.status).toBe(200);
        const expected = patientsFor(data.dataset, id, options, 'gap');
        expect(expected.length).toBeGreaterThan(0);
        expect({ id, ids: res.body.items.map((i) => i.patientId), total: res.body.total }).toEqual({ id, ids: expected, total: expected.length });
      }
    });
  });
});
