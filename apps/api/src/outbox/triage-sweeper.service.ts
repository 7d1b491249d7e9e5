import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PeriodicTask } from '../common/periodic-task';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { OutboxDispatcher } from './outbox.dispatcher';
import type { OutboxTopic } from './outbox.entity';

export interface SweepReport {
  dispatched: number;
  requeued: number;
  failed: number;
}

const BATCH = 500;
/** An outbox row younger than this is probably being dispatched by the request that wrote it. */
const PENDING_GRACE_SECONDS = 2;

/**
 * Nothing accepted is ever lost: every few seconds, dispatch outbox rows that never reached
 * Redis, and re-enqueue work still undone long after it was queued (Redis restarted without
 * persistence, or a worker died holding the job): patient messages not yet triaged, and staff
 * replies whose patient was not yet notified.
 */
@Injectable()
export class TriageSweeper extends PeriodicTask {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly dispatcher: OutboxDispatcher,
  ) {
    super();
  }

  protected schedule() {
    return { enabled: this.config.runWorkers, everyMs: this.config.sweepIntervalSeconds * 1000 };
  }

  protected runOnce(): Promise<SweepReport> {
    return this.sweepOnce();
  }

  protected override shouldLog(report: SweepReport): boolean {
    return report.dispatched + report.requeued + report.failed > 0;
  }

  async sweepOnce(stuckAfterSeconds = this.config.sweepAfterSeconds): Promise<SweepReport> {
    const report: SweepReport = { dispatched: 0, requeued: 0, failed: 0 };
    const pending: { topic: OutboxTopic; message_id: string }[] = await this.db.query(
      `SELECT topic, message_id FROM outbox
        WHERE dispatched_at IS NULL AND created_at < now() - make_interval(secs => $1)
        ORDER BY id LIMIT $2`,
      [PENDING_GRACE_SECONDS, BATCH],
    );
    for (const row of pending) {
      if (await this.dispatcher.dispatch(row.topic, row.message_id)) report.dispatched++;
      else report.failed++;
    }
    const stuck: { topic: OutboxTopic; id: string }[] = await this.db.query(
      `SELECT o.topic, m.id FROM message m
         JOIN outbox o ON o.message_id = m.id AND o.dispatched_at IS NOT NULL
        WHERE o.dispatched_at < now() - make_interval(secs => $1)
          AND ((o.topic = 'triage' AND m.triaged_at IS NULL) OR (o.topic = 'notify' AND m.notified_at IS NULL))
        ORDER BY o.dispatched_at LIMIT $2`,
      [stuckAfterSeconds, BATCH],
    );
    for (const row of stuck) {
      try {
        if ((await this.dispatcher.enqueue(row.topic, row.id)) !== 'already_queued') report.requeued++;
      } catch {
        report.failed++;
      }
    }
    return report;
  }
}
