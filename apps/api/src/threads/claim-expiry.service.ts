import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PeriodicTask } from '../common/periodic-task';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DomainEvent, type ThreadDomainEvent } from '../events/domain-events';

/** Returns lapsed claims to their pool, so every inbox shows the thread as free again. */
@Injectable()
export class ClaimExpiryService extends PeriodicTask {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventEmitter2,
  ) {
    super();
  }

  protected schedule() {
    return { enabled: this.config.runWorkers, everyMs: 30_000 };
  }

  protected runOnce(): Promise<string[]> {
    return this.releaseLapsed();
  }

  async releaseLapsed(): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await this.db.query(
      `UPDATE thread SET status = 'triaged', claimed_by = NULL, claimed_at = NULL, claim_expires_at = NULL,
              version = version + 1, updated_at = now()
        WHERE status = 'claimed' AND claim_expires_at < now()
        RETURNING id`,
    );
    for (const { id } of rows) {
      await this.db.query(`INSERT INTO audit_event (actor_type, actor_id, action, thread_id) VALUES ('system', 'claim-expiry', 'thread.claim_expired', $1)`, [id]);
      this.events.emit(DomainEvent.ThreadChanged, { threadId: id, reason: 'claim_expired' } satisfies ThreadDomainEvent);
    }
    return rows.map((r) => r.id);
  }
}
