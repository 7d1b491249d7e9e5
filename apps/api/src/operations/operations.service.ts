import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MessageCategory, OperationsReport, PhysicianWorkload, Pool, ResponseTimeFigure, StaffRef, StaffRole } from '@carequeue/contracts';
import { messagesPerHour, ratio } from '@carequeue/measures';
import type { DataSource, EntityManager } from 'typeorm';
import { PracticeEntity } from '../practices/practice.entity';
import {
  BACKLOG_NOW_SQL,
  DAYS_SQL,
  PHYSICIAN_BATCH_SQL,
  PHYSICIAN_DAILY_SQL,
  PHYSICIANS_SQL,
  RESPONSE_TIMES_SQL,
} from './operations-sql';

interface GroupRow {
  by_category: boolean;
  by_pool: boolean;
  by_responder: boolean;
  category: MessageCategory | null;
  pool: Pool | null;
  responder_id: string | null;
  responder_name: string | null;
  responder_role: StaffRole | null;
  threads: number;
  answered: number;
  median_minutes: number | null;
  p90_minutes: number | null;
  sla_met: number;
  sla_missed: number;
  sla_pending: number;
  closed: number;
  closed_without_physician: number;
}

interface DayRow {
  date: string;
  received: number;
  backlog: number;
}

interface DailyRow {
  staff_id: string;
  date: string;
  replies: number;
}

interface BatchRow {
  staff_id: string;
  messages: number;
  spent_ms: number;
  median_seconds: number | null;
}

const figure = (row: GroupRow): ResponseTimeFigure => ({
  threads: row.threads,
  answered: row.answered,
  medianMinutes: row.median_minutes,
  p90Minutes: row.p90_minutes,
});

const EMPTY_GROUP: GroupRow = {
  by_category: false,
  by_pool: false,
  by_responder: false,
  category: null,
  pool: null,
  responder_id: null,
  responder_name: null,
  responder_role: null,
  threads: 0,
  answered: 0,
  median_minutes: null,
  p90_minutes: null,
  sla_met: 0,
  sla_missed: 0,
  sla_pending: 0,
  closed: 0,
  closed_without_physician: 0,
};

/**
 * The Operations report: aggregates come from SQL (operations-sql.ts), shares and rates from
 * `@carequeue/measures`. One read-only snapshot, so every figure describes the same moment.
 */
@Injectable()
export class OperationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async report(practiceId: string, from: string, to: string): Promise<OperationsReport> {
    return this.db.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      const { timezone } = await manager.findOneByOrFail(PracticeEntity, { id: practiceId });
      const params = [practiceId, from, to, timezone];
      const groups: GroupRow[] = await manager.query(RESPONSE_TIMES_SQL, params);
      const days: DayRow[] = (await manager.query(DAYS_SQL, params)).slice(1);
      const [{ open }]: [{ open: number }] = await manager.query(BACKLOG_NOW_SQL, [practiceId]);
      const overall = groups.find((g) => !g.by_category && !g.by_pool && !g.by_responder) ?? EMPTY_GROUP;
      return {
        from,
        to,
        timezone,
        firstResponse: figure(overall),
        byCategory: groups.filter((g) => g.by_category && g.category).map((g) => ({ category: g.category as MessageCategory, ...figure(g) })),
        byPool: groups.filter((g) => g.by_pool).map((g) => ({ pool: g.pool, ...figure(g) })),
        byClinician: groups
          .filter((g) => g.by_responder && g.responder_id)
          .map((g) => ({ staff: { id: g.responder_id as string, name: g.responder_name ?? '', role: g.responder_role as StaffRole }, ...figure(g) })),
        sla: {
          met: overall.sla_met,
          missed: overall.sla_missed,
          pending: overall.sla_pending,
          share: ratio(overall.sla_met, overall.sla_met + overall.sla_missed),
        },
        resolution: {
          closed: overall.closed,
          withoutPhysician: overall.closed_without_physician,
          shareWithoutPhysician: ratio(overall.closed_without_physician, overall.closed),
        },
        days,
        backlogNow: open,
        physicians: await this.physicians(manager, params, days.map((d) => d.date)),
      };
    });
  }

  /** `dates` is every date of the period, so a physician's per-day list lines up with `days`. */
  private async physicians(manager: EntityManager, params: string[], dates: string[]): Promise<PhysicianWorkload[]> {
    const daily: DailyRow[] = await manager.query(PHYSICIAN_DAILY_SQL, params);
    const batch: BatchRow[] = await manager.query(PHYSICIAN_BATCH_SQL, params);
    const ids = [...new Set([...daily.map((r) => r.staff_id), ...batch.map((r) => r.staff_id)])];
    const people: StaffRef[] = await manager.query(PHYSICIANS_SQL, [params[0], ids]);
    const dayIndex = new Map(dates.map((date, i) => [date, i]));
    return people.map((staff) => {
      const perDay = dates.map(() => 0);
      for (const row of daily) {
        const i = row.staff_id === staff.id ? dayIndex.get(row.date) : undefined;
        if (i !== undefined) perDay[i] = row.replies;
      }
      const replies = perDay.reduce((sum, n) => sum + n, 0);
      const activeDays = perDay.filter((n) => n > 0).length;
      const own = batch.find((r) => r.staff_id === staff.id);
      const spentMs = own?.spent_ms ?? 0;
      return {
        staff,
        replies,
        perDay,
        activeDays,
        averagePerDay: replies / dates.length,
        averagePerActiveDay: activeDays ? replies / activeDays : null,
        batch: {
          messages: own?.messages ?? 0,
          spentSeconds: spentMs / 1000,
          medianSecondsPerMessage: own?.median_seconds ?? null,
          messagesPerHour: messagesPerHour(own?.messages ?? 0, spentMs),
        },
      };
    });
  }
}
