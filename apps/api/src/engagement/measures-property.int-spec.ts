import {
  createEvaluator,
  computeMeasures,
  createRng,
  measuresForStage,
  randomScenario,
  type DrillDownSet,
  type MeasureResult,
  type MeasuresReport,
  type Stage,
} from '@carequeue/measures';
import { startTestApp, type TestApp } from '../testing/test-app';
import { clearEngagement, importRecords, setPracticeCalendar, storeMessages } from './engagement-test-support';
import { MeasuresSqlService } from './measures-sql.service';

/**
 * Property test: on random datasets (`randomScenario(seed)`), the SQL implementation returns what
 * the reference implementation returns. Each seed is imported through the API into an emptied
 * practice (its time zone and holidays set first), its secure messages stored as threads, then:
 * - the measures API for all three stages (the scenario's program year) equals `computeMeasures`,
 *   every field of every figure, for the practice and each EP (percent within 1e-9), plus one
 *   request narrowed to a random EP;
 * - the drill-down sets (numerator, denominator, gap) of every measure of the scenario's stage,
 *   for the practice, each EP and an unknown EP, equal the reference evaluator's sets (through the
 *   service the endpoint uses), and one random set through the HTTP endpoint.
 * PROPERTY_SEEDS=500 runs more seeds.
 */
const SEEDS = Number(process.env['PROPERTY_SEEDS'] ?? 50);
const SETS: readonly DrillDownSet[] = ['numerator', 'denominator', 'gap'];

/** Every field exactly, except percent: only whether it is null here; `maxPercentGap` checks its value. */
function comparable(report: MeasuresReport) {
  const figure = (m: MeasureResult) => ({ ...m, percent: m.percent === null ? null : 'a number' });
  return { practice: report.practice.map(figure), providers: report.providers.map((p) => ({ ...p, measures: p.measures.map(figure) })) };
}

function maxPercentGap(a: MeasuresReport, b: MeasuresReport): number {
  const all = (r: MeasuresReport) => [...r.practice, ...r.providers.flatMap((p) => p.measures)].map((m) => m.percent ?? 0);
  const [x, y] = [all(a), all(b)];
  return Math.max(0, ...x.map((v, i) => Math.abs(v - (y[i] ?? 0))));
}

describe('measures SQL equals the reference implementation on random datasets', () => {
  let t: TestApp;
  let sql: MeasuresSqlService;

  beforeAll(async () => {
    t = await startTestApp({ patients: 0 });
    sql = t.app.get(MeasuresSqlService);
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each(Array.from({ length: SEEDS }, (_, i) => i + 1))('seed %i', async (seed) => {
    const { dataset, options } = randomScenario(seed);
    const practiceId = t.fixture.practice.id;
    const timezone = options.timezone ?? 'America/New_York';
    const holidays = options.holidays ?? [];
    await clearEngagement(t.db);
    await setPracticeCalendar(t.db, practiceId, timezone, holidays);
    const imported = await t.post('/api/v1/import', { records: importRecords(dataset) });
    expect(imported.status).toBe(200);
    await storeMessages(t.db, practiceId, dataset, t.fixture.physician.id);

    const period = `from=${options.from}&to=${options.to}${options.programYear ? `&programYear=${options.programYear}` : ''}`;
    const rng = createRng(seed * 7919);
    const epIds = dataset.providers.map((p) => p.id);
    for (const stage of [1, 2, 3] as Stage[]) {
      const res = await t.get(`/api/v1/engagement/measures?${period}&stage=${stage}`, 'admin');
      expect(res.status).toBe(200);
      const actual: MeasuresReport = { practice: res.body.practice, providers: res.body.providers };
      const expected = computeMeasures(dataset, { ...options, stage, providerId: undefined });
      expect({ seed, stage, ...comparable(actual) }).toEqual({ seed, stage, ...comparable(expected) });
      expect(maxPercentGap(actual, expected)).toBeLessThanOrEqual(1e-9);
    }
    const oneEp = rng.pick([...epIds, 'nobody']);
    const narrowed = await t.get(`/api/v1/engagement/measures?${period}&stage=${options.stage}&providerId=${oneEp}`, 'admin');
    expect(comparable(narrowed.body)).toEqual(comparable(computeMeasures(dataset, { ...options, providerId: oneEp })));

    const evaluator = createEvaluator(dataset, options);
    const input = await sql.input({ practiceId, from: options.from, to: options.to });
    for (const { id } of measuresForStage(options.stage)) {
      for (const providerId of [undefined, ...epIds, 'nobody']) {
        const expected = evaluator.sets(id, providerId);
        for (const set of SETS) {
          const { rows, total } = await sql.members(input, id, set, providerId ?? null, null, 0);
          const ids = rows.map((r) => r.encounterId ?? r.patientId);
          expect({ seed, id, providerId, set, ids, total }).toEqual({ seed, id, providerId, set, ids: expected[set], total: expected[set].length });
        }
      }
    }

    const id = rng.pick(measuresForStage(options.stage)).id;
    const providerId = rng.pick([undefined, ...epIds]);
    const set = rng.pick(SETS);
    const page = await t.get(
      `/api/v1/engagement/measures/${id}/patients?from=${options.from}&to=${options.to}&set=${set}&limit=10000${providerId ? `&providerId=${providerId}` : ''}`,
      'admin',
    );
    const key = measuresForStage(options.stage).find((m) => m.id === id)?.unit === 'visits' ? 'encounterId' : 'patientId';
    expect({ seed, ids: page.body.items.map((i: Record<string, string>) => i[key]) }).toEqual({ seed, ids: evaluator.sets(id, providerId)[set] });
  });
});
