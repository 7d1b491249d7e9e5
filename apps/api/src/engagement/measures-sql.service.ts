import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_TIMEZONE, isIsoDate, type DrillDownSet, type MeasureId } from '@carequeue/measures';
import type { DataSource } from 'typeorm';
import { PROVIDERS_SQL, drillDownSql, reportSql, sqlParams, type MeasureSqlInput } from './measures-sql';

/**
 * These queries are many small CTEs whose estimated cost is high enough to trigger JIT
 * compilation, which then takes seconds (measured: 2.9 s of a 3.2 s report on 100,000 visits)
 * for a query that runs in a fraction of that without it.
 */
const NO_JIT = 'SET LOCAL jit = off';

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

  /** The EPs and every figure of the given measures, per EP and for the practice, from one snapshot. */
  async figures(input: MeasureSqlInput, measureIds: readonly MeasureId[]): Promise<{ eps: EpRow[]; figures: FigureRow[] }> {
    return this.db.transaction('REPEATABLE READ', async (manager) => {
      await manager.query(NO_JIT);
      const eps: EpRow[] = await manager.query(PROVIDERS_SQL, [input.practiceId, input.from, input.to]);
      const rows: { measure_id: MeasureId; provider_id: string | null; numerator: number; denominator: number }[] =
        await manager.query(reportSql(measureIds), sqlParams(input, measureIds));
      return {
        eps,
        figures: rows.map((r) => ({ measureId: r.measure_id, providerId: r.provider_id, numerator: r.numerator, denominator: r.denominator })),
      };
    });
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
      await manager.query(NO_JIT);
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
