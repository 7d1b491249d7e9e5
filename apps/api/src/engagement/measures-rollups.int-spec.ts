import {
  addBusinessDays,
  addDays,
  businessCalendar,
  computeMeasures,
  createRng,
  DatasetBuilder,
  isBusinessDay,
  randomScenario,
  type Dataset,
  type Encounter,
  type MeasuresReport,
  type Stage,
} from '@carequeue/measures';
import type { DataSource, EntityManager } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { clearEngagement, importRecords, setPracticeCalendar, storeMessages } from './engagement-test-support';

/**
 * The rollups the measures read (migration 1764300000000: per-visit facts on `encounter`,
 * `repeat_visit_span` and `repeat_visit_patient_span`, `message_fact`) are kept by triggers, whoever
 * writes. After each kind of write - an import, a re-import that moves visits to another patient,
 * EP, date or kind, a patient-wide grant arriving later, deleted summaries, deleted visits, a
 * reassigned thread, a new primary physician, an EP who stops being one, a truncated event
 * table - the rollups equal a rebuild from scratch
 * (`engagement_refresh_rollups()`), and the measures still equal the reference implementation.
 */
const SEEDS = [3, 11, 27];

/** The rollups' content, as digests (null for an empty table). */
async function rollups(db: DataSource | EntityManager): Promise<Record<string, string | null>> {
  const [row] = await db.query(`SELECT
      (SELECT md5(string_agg(row(id, first_access_at, first_summary_at)::text, ',' ORDER BY id)) FROM encounter) AS facts,
      (SELECT md5(string_agg(s::text, ',' ORDER BY s::text)) FROM repeat_visit_span s) AS spans,
      (SELECT md5(string_agg(s::text, ',' ORDER BY s::text)) FROM repeat_visit_patient_span s) AS patient_spans,
      (SELECT md5(string_agg(f::text, ',' ORDER BY f.message_id)) FROM message_fact f) AS messages`);
  return row;
}

/** The rollups as the triggers left them equal the same rollups rebuilt (in a transaction rolled back). */
async function expectRollupsRebuilt(db: DataSource): Promise<void> {
  const kept = await rollups(db);
  const runner = db.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    await runner.query(`SELECT engagement_refresh_rollups()`);
    expect(kept).toEqual(await rollups(runner.manager));
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

const without = <T>(items: readonly T[], drop: (item: T) => boolean): T[] => items.filter((item) => !drop(item));

describe('measure rollups follow every write', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ patients: 0 });
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each(SEEDS)('seed %i', async (seed) => {
    const { dataset: initial, options } = randomScenario(seed);
    const practiceId = t.fixture.practice.id;
    await clearEngagement(t.db);
    await setPracticeCalendar(t.db, practiceId, options.timezone ?? 'America/New_York', options.holidays ?? []);
    let dataset: Dataset = initial;
    const importing = async (records: Record<string, unknown>[]) => expect((await t.post('/api/v1/import', { records })).status).toBe(200);
    const matchesReference = async (step: string) => {
      await expectRollupsRebuilt(t.db);
      for (const stage of [1, 2, 3] as Stage[]) {
        const res = await t.get(`/api/v1/engagement/measures?from=${options.from}&to=${options.to}&stage=${stage}`, 'admin');
        const actual: MeasuresReport = { practice: res.body.practice, providers: res.body.providers };
        const expected = computeMeasures(dataset, { ...options, stage, providerId: undefined, programYear: undefined });
        expect({ step, stage, ...actual }).toEqual({ step, stage, ...expected });
      }
    };

    await importing(importRecords(dataset));
    await storeMessages(t.db, practiceId, dataset, t.fixture.physician.id);
    await matchesReference('imported');

    // Re-import a third of the visits moved to another patient, EP and date, and flipped in kind.
    const patients = dataset.patients.map((p) => p.id);
    const providers = dataset.providers.map((p) => p.id);
    const moved: Encounter[] = dataset.encounters
      .filter((_, i) => i % 3 === 0)
      .map((e, i) => ({
        ...e,
        patientId: patients[(patients.indexOf(e.patientId) + 1) % patients.length],
        providerId: providers[(providers.indexOf(e.providerId) + i) % providers.length],
        date: i % 2 === 0 ? options.from : e.date,
        kind: i % 4 === 0 ? (e.kind === 'office_visit' ? 'other' : 'office_visit') : e.kind,
      }));
    await importing(moved.map((e) => ({ type: 'encounter', ...e })));
    dataset = { ...dataset, encounters: dataset.encounters.map((e) => moved.find((m) => m.id === e.id) ?? e) };
    await matchesReference('visits moved');

    // A patient-wide grant arrives for every patient with a visit, just after the period starts.
    const grants = [...new Set(dataset.encounters.map((e) => e.patientId))].map((patientId) => ({ patientId, at: `${options.from}T12:00:00Z` }));
    await importing(grants.map((g) => ({ type: 'access_granted', ...g })));
    dataset = { ...dataset, accessGranted: [...dataset.accessGranted, ...grants] };
    await matchesReference('patient-wide grants');

    // Summaries of half the visits deleted by hand; then half the visits, with their events.
    const noSummary = dataset.encounters.filter((_, i) => i % 2 === 0).map((e) => e.id);
    await t.db.query(
      `DELETE FROM engagement_event v USING encounter e WHERE v.encounter_id = e.id AND v.type = 'summary_provided' AND e.external_id = ANY($1)`,
      [noSummary],
    );
    dataset = { ...dataset, summaryProvided: without(dataset.summaryProvided, (s) => noSummary.includes(s.encounterId)) };
    await matchesReference('summaries deleted');
    const gone = dataset.encounters.filter((_, i) => i % 2 === 1).map((e) => e.id);
    await t.db.query(`DELETE FROM engagement_event WHERE encounter_id IN (SELECT id FROM encounter WHERE external_id = ANY($1))`, [gone]);
    await t.db.query(`DELETE FROM encounter WHERE external_id = ANY($1)`, [gone]);
    dataset = {
      ...dataset,
      encounters: without(dataset.encounters, (e) => gone.includes(e.id)),
      accessGranted: without(dataset.accessGranted, (g) => g.encounterId != null && gone.includes(g.encounterId)),
      summaryProvided: without(dataset.summaryProvided, (s) => gone.includes(s.encounterId)),
    };
    await matchesReference('visits deleted');

    // Threads reassigned (half to one EP, half unassigned), then a new primary physician for every
    // patient: each message counts for its thread's assignee, else for the new primary physician.
    const [first] = await t.db.query(`SELECT id FROM staff_user WHERE practice_id = $1 AND external_id IS NOT NULL ORDER BY external_id`, [practiceId]);
    await t.db.query(`UPDATE thread SET assignee_id = $1 WHERE practice_id = $2`, [first.id, practiceId]);
    await t.db.query(`UPDATE thread SET assignee_id = NULL WHERE id IN (SELECT id FROM thread WHERE practice_id = $1 ORDER BY id LIMIT (SELECT count(*) / 2 FROM thread))`, [
      practiceId,
    ]);
    await expectRollupsRebuilt(t.db);
    const newPrimary = providers[providers.length - 1];
    await importing(dataset.patients.map((p) => ({ type: 'patient', id: p.id, birthDate: p.birthDate, primaryProviderId: newPrimary })));
    await expectRollupsRebuilt(t.db);
    const owners: { assigned: boolean; ep: string; messages: number }[] = await t.db.query(
      `SELECT t.assignee_id IS NOT NULL AS assigned, s.external_id AS ep, count(*)::int AS messages
         FROM message_fact f JOIN thread t ON t.id = f.thread_id JOIN staff_user s ON s.id = f.provider_id GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    const firstEp = [...providers].sort()[0];
    expect(owners.map(({ assigned, ep }) => ({ assigned, ep }))).toEqual(
      [...new Set(owners.map((o) => o.assigned))].sort().map((assigned) => ({ assigned, ep: assigned ? firstEp : newPrimary })),
    );
    expect(owners.reduce((n, o) => n + o.messages, 0)).toBeGreaterThan(0);

    // An EP who stops being one no longer counts at the practice level (restored for what follows).
    await t.db.query(`UPDATE staff_user SET external_id = NULL WHERE id = $1`, [first.id]);
    await expectRollupsRebuilt(t.db);
    await t.db.query(`UPDATE staff_user SET external_id = $2 WHERE id = $1`, [first.id, firstEp]);
    await expectRollupsRebuilt(t.db);

    // Every event gone at once.
    await t.db.query(`TRUNCATE engagement_event`);
    dataset = { ...dataset, accessGranted: [], portalActivity: [], summaryProvided: [], educationProvided: [], reminderSent: [], copyRequested: [], copyProvided: [] };
    await expectRollupsRebuilt(t.db);
    const [{ facts }] = await t.db.query(`SELECT count(*)::int AS facts FROM encounter WHERE first_access_at IS NOT NULL OR first_summary_at IS NOT NULL`);
    expect(facts).toBe(0);
  });
});

/**
 * Business-day deadlines are looked up in a calendar covering the period and a year either side; a
 * clock that starts outside it (information available over a year before the visit) is counted by
 * `engagement_business_days_after`, which must agree with the reference.
 */
describe('business days outside the measures calendar', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ patients: 0 });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('engagement_business_days_after counts like the reference', async () => {
    const rng = createRng(42);
    for (let i = 0; i < 200; i++) {
      const start = addDays('2020-01-01', rng.int(0, 2000));
      const holidays = [...new Set(Array.from({ length: rng.int(0, 6) }, () => addDays(start, rng.int(-5, 15))))].sort();
      const days = rng.int(0, 6);
      const [{ due }] = await t.db.query(`SELECT engagement_business_days_after($1::date, $2::int, $3::date[])::text AS due`, [start, days, holidays]);
      const calendar = businessCalendar({ holidays });
      let expected = start;
      if (days > 0) expected = addBusinessDays(start, days, calendar);
      else while (!isBusinessDay(expected, calendar)) expected = addDays(expected, -1);
      expect({ start, days, holidays, due }).toEqual({ start, days, holidays, due: expected });
    }
  });

  it('measures a visit whose information was available long before it like the reference', async () => {
    const period = { from: '2025-03-03', to: '2025-05-30', timezone: 'America/Chicago', holidays: ['2023-12-25', '2025-05-26'] };
    const dataset = new DatasetBuilder()
      .provider('dr-a')
      .patient('p1', '1970-01-01')
      .patient('p2', '1980-01-01')
      .patient('p3', '1990-01-01')
      // Signed 15 months before the visit (a result received long ago); access within 4 business days of that.
      .visit('e1', 'p1', 'dr-a', '2025-03-10', { infoAvailableAt: '2023-12-21T20:00:00Z' })
      .grant('p1', '2023-12-28T18:00:00Z', 'e1')
      // Same, but access on the 5th business day (the 25th is a holiday): late.
      .visit('e2', 'p2', 'dr-a', '2025-04-10', { infoAvailableAt: '2023-12-21T20:00:00Z' })
      .grant('p2', '2023-12-29T18:00:00Z', 'e2')
      .visit('e3', 'p3', 'dr-a', '2025-04-11', { infoAvailableAt: '2025-04-11T20:00:00Z' })
      .grant('p3', '2025-04-14T18:00:00Z')
      .build();
    await clearEngagement(t.db);
    await setPracticeCalendar(t.db, t.fixture.practice.id, period.timezone, period.holidays);
    expect((await t.post('/api/v1/import', { records: importRecords(dataset) })).status).toBe(200);
    const res = await t.get(`/api/v1/engagement/measures?from=${period.from}&to=${period.to}&stage=2`, 'admin');
    const expected = computeMeasures(dataset, { ...period, stage: 2 });
    expect({ practice: res.body.practice, providers: res.body.providers }).toEqual(expected);
    expect(expected.practice.find((m) => m.id === 's2-online-access')).toMatchObject({ numerator: 2, denominator: 3 });
  });
});
