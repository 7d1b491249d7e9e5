import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_TIMEZONE, isIsoDate, type DrillDownSet, type MeasureId } from '@carequeue/measures';
import type { DataSource, QueryRunner } from 'typeorm';
import { PROVIDERS_SQL, drillDownSql, patientShards, reportSql, sqlParams, type MeasureSqlInput } from './measures-sql';

/**
 * Session settings of every measures transaction:
 * - JIT off: these queries are many small CTEs whose estimated cost is high enough to trigger JIT
 *   compilation, which then takes seconds (measured: 2.9 s of a 3.2 s report on 100,000 visits)
 *   for a query that runs in a fraction of that without it.
 * - work_mem: a 90-day period on a million visits groups ~100,000 (EP, patient) pairs per
 *   denominator, ~12 MB of hash table; with the 4 MB default they spill to disk.
 */
const SETTINGS = [`SET LOCAL jit = off`, `SET LOCAL work_mem = '64MB'`];

/**
 * The report counts its patients in this many shards at once, each on its own connection, all on
 * one snapshot (see measures-sql.ts): the counting is CPU-bound and a single query uses one core.
 * The shards already keep the cores busy: parallel workers on top only compete with them.
 */
const REPORT_SHARDS = 2;
const SHARD_SETTINGS = [...SETTINGS, `SET LOCAL max_parallel_workers_per_gather = 0`];

export interface EpRow {
  /** The provider's import id. */
  id: string;
  name: string;
  /** Had an office visit in the period; the others are excluded. */
  active: boolean;
}

export interface FigureRow {
  measureId: MeasureId;
  /** The EP's import id, or null for the practice. */
  providerId: string | null;
  numerator: number;
  denominator: number;
}

export interface MemberRow {
  encounterId: string | null;
  visitDate: string | null;
  patientId: string;
  firstName: string;
  lastName: string;
}

export interface PeriodInput {
  practiceId: string;
  from: string;
  to: string;
}

interface ReportRow {
  measure_id: MeasureId;
  provider_id: string | null;
  numerator: number;
  denominator: number;
}

/** Shards count disjoint sets of patients: a figure is the sum of its shards' counts. */
function addUp(rows: ReportRow[]): FigureRow[] {
  const byKey = new Map<string, FigureRow>();
  for (const r of rows) {
    const key = `${r.measure_id}\n${r.provider_id ?? ''}`;
    const figure = byKey.get(key) ?? { measureId: r.measure_id, providerId: r.provider_id, numerator: 0, denominator: 0 };
    figure.numerator += r.numerator;
    figure.denominator += r.denominator;
    byKey.set(key, figure);
  }
  return [...byKey.values()];
}

/** Runs the measures SQL (measures-sql.ts) against the practice's own calendar. */
@Injectable()
export class MeasuresSqlService {
  private readonly logger = new Logger(MeasuresSqlService.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Time zone and holidays are read on every request, not from a cache: an administrator who
   * changes them expects the next figure to use them.
   */
  async input(period: PeriodInput): Promise<MeasureSqlInput> {
    const [row]: { timezone: string | null; holidays: unknown }[] = await this.db.query(
      `SELECT timezone, holidays FROM practice WHERE id = $1`,
      [period.practiceId],
    );
    const listed = Array.isArray(row?.holidays) ? (row.holidays as unknown[]) : [];
    const holidays = [...new Set(listed.filter(isIsoDate))].sort();
    if (holidays.length < listed.length) this.logger.warn({ practiceId: period.practiceId }, 'practice holidays hold entries that are not dates; ignored');
    return { ...period, timezone: row?.timezone ?? DEFAULT_TIMEZONE, holidays };
  }

  /**
   * The EPs and every figure of the given measures, per EP and for the practice, from one snapshot:
   * the first connection exports its snapshot and the others adopt it, so every shard sees the same
   * data even while an import commits.
   */
  async figures(input: MeasureSqlInput, measureIds: readonly MeasureId[]): Promise<{ eps: EpRow[]; figures: FigureRow[] }> {
    const sql = reportSql(measureIds);
    const shards = patientShards(REPORT_SHARDS);
    return this.onOneSnapshot(shards.length, async (runners) => {
      const eps: EpRow[] = await runners[0].query(PROVIDERS_SQL, [input.practiceId, input.from, input.to]);
      // Each connection counts its share of the shards, one after the other.
      const results = await Promise.all(
        runners.map(async (runner, r) => {
          const rows: ReportRow[] = [];
          for (let k = r; k < shards.length; k += runners.length) rows.push(...(await runner.query(sql, sqlParams(input, measureIds, shards[k]))));
          return rows;
        }),
      );
      return { eps, figures: addUp(results.flat()) };
    });
  }

  /**
   * Runs `work` with up to `count` connections, each in a REPEATABLE READ transaction on the same
   * snapshot. Extra connections the pool cannot give (all busy) are done without.
   */
  private async onOneSnapshot<T>(count: number, work: (runners: QueryRunner[]) => Promise<T>): Promise<T> {
    const runners: QueryRunner[] = [];
    const open: QueryRunner[] = [];
    try {
      for (let k = 0; k < count; k++) {
        const runner = this.db.createQueryRunner();
        try {
          await runner.connect();
        } catch (error) {
          if (k === 0) throw error;
          this.logger.warn({ connections: k }, 'measures: no spare database connection; counting on fewer');
          break;
        }
        runners.push(runner);
      }
      let snapshot: string | null = null;
      for (const runner of runners) {
        await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
        open.push(runner);
        // The snapshot must be adopted before the transaction's first query.
        if (snapshot !== null) await runner.query(`SET TRANSACTION SNAPSHOT '${snapshot.replace(/'/g, "''")}'`);
        for (const setting of SHARD_SETTINGS) await runner.query(setting);
        if (snapshot === null && runners.length > 1) [{ snapshot }] = await runner.query('SELECT pg_export_snapshot() AS snapshot');
      }
      const result = await work(runners);
      // Read-only: ending the transactions is all there is to it.
      await Promise.all(open.splice(0).map((runner) => runner.query('COMMIT')));
      return result;
    } finally {
      await Promise.all(open.map((runner) => runner.query('ROLLBACK').catch(() => undefined)));
      await Promise.all(runners.map((runner) => runner.release()));
    }
  }

  /** One page of a drill-down set; `providerId` null means the practice, `limit` null means all. */
  async members(
    input: MeasureSqlInput,
    measureId: MeasureId,
    set: DrillDownSet,
    providerId: string | null,
    limit: number | null,
    offset: number,
  ): Promise<{ total: number; rows: MemberRow[] }> {
    const rows: {
      total: number;
      encounter_id: string | null;
      visit_date: string | null;
      patient_id: string | null;
      first_name: string;
      last_name: string;
    }[] = await this.db.transaction(async (manager) => {
      for (const setting of SETTINGS) await manager.query(setting);
      return manager.query(drillDownSql(measureId, set), [...sqlParams(input, [measureId]), providerId, limit, offset]);
    });
    return {
      total: rows[0]?.total ?? 0,
      rows: rows
        .filter((r) => r.patient_id !== null)
        .map((r) => ({
          encounterId: r.encounter_id,
          visitDate: r.visit_date,
          patientId: r.patient_id as string,
          firstName: r.first_name,
          lastName: r.last_name,
        })),
    };
  }
}
