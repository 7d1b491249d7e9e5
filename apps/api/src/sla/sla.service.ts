import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PeriodicTask } from '../common/periodic-task';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DomainEvent, type ThreadDomainEvent } from '../events/domain-events';

/** Threads past due with no staff answer yet: not closed, no first response, not already flagged. */
const UNANSWERED = `status <> 'closed' AND first_response_at IS NULL AND overdue_at IS NULL`;

/**
 * Escalates a thread whose SLA fell due unanswered: priority up one step, flagged overdue, and
 * `thread.overdue` pushed to its pool and to the nurses (the clinical supervisors). The delayed
 * job does it on time; a sweep every minute catches any job Redis lost.
 */
@Injectable()
export class SlaService extends PeriodicTask {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventEmitter2,
  ) {
    super();
  }

  protected schedule() {
    return { enabled: this.config.runWorkers, everyMs: 60_000 };
  }

  protected runOnce(): Promise<string[]> {
    return this.sweep();
  }

  /** Marks the thread overdue if it is due by now and still unanswered; true when it did. */
  async markOverdue(threadId: string): Promise<boolean> {
    const [rows]: [{ id: string }[], number] = await this.db.query(
      `UPDATE thread SET overdue_at = now(), updated_at = now(), version = version + 1,
              priority = CASE priority WHEN 'routine' THEN 'high' ELSE 'urgent' END
        WHERE id = $1 AND due_at <= now() AND ${UNANSWERED}
        RETURNING id`,
      [threadId],
    );
    if (!rows.length) return false;
    await this.db.query(`INSERT INTO audit_event (actor_type, actor_id, action, thread_id) VALUES ('system', 'sla', 'thread.overdue', $1)`, [threadId]);
    this.events.emit(DomainEvent.ThreadOverdue, { threadId, reason: 'overdue' } satisfies ThreadDomainEvent);
    this.events.emit(DomainEvent.ThreadChanged, { threadId, reason: 'overdue' } satisfies ThreadDomainEvent);
    this.logger.log({ threadId }, 'thread overdue');
    return true;
  }

  /** Threads due more than a minute ago that no job escalated. */
  async sweep(): Promise<string[]> {
    const due: { id: string }[] = await this.db.query(`SELECT id FROM thread WHERE due_at < now() - interval '1 minute' AND ${UNANSWERED} LIMIT 500`);
    const marked: string[] = [];
    for (const { id } of due) if (await this.markOverdue(id)) marked.push(id);
    return marked;
  }
}
