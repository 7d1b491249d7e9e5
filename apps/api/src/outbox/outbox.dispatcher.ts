import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import type { EnqueueOutcome } from '../common/enqueue-once';
import { NotificationProducer } from '../notifications/notification.producer';
import { TriageProducer } from '../triage/triage.producer';
import { OutboxEntity, type OutboxTopic } from './outbox.entity';

/** Moves outbox rows onto their queue; a row stays pending until Redis has taken its job. */
@Injectable()
export class OutboxDispatcher {
  private readonly logger = new Logger(OutboxDispatcher.name);

  constructor(
    @InjectRepository(OutboxEntity) private readonly outbox: Repository<OutboxEntity>,
    private readonly triage: TriageProducer,
    private readonly notifications: NotificationProducer,
  ) {}

  /** Enqueues the row's job (without touching the row): for the sweeper's re-enqueues too. */
  enqueue(topic: OutboxTopic, messageId: string): Promise<EnqueueOutcome> {
    return topic === 'triage' ? this.triage.enqueue(messageId) : this.notifications.enqueue(messageId);
  }

  /** Returns true when the job is on the queue. Never throws: a failure is left to the sweeper. */
  async dispatch(topic: OutboxTopic, messageId: string): Promise<boolean> {
    const pending = { topic, messageId, dispatchedAt: IsNull() };
    try {
      await this.enqueue(topic, messageId);
      await this.outbox
        .createQueryBuilder()
        .update()
        .set({ dispatchedAt: () => 'now()', attempts: () => 'attempts + 1', lastError: null })
        .where(pending)
        .execute();
      return true;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.warn({ topic, messageId, reason }, 'could not enqueue; the sweeper will retry');
      await this.outbox
        .createQueryBuilder()
        .update()
        .set({ attempts: () => 'attempts + 1', lastError: reason.slice(0, 500) })
        .where(pending)
        .execute()
        .catch(() => undefined);
      return false;
    }
  }
}
