import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import { TriageProducer } from '../triage/triage.producer';
import { OutboxEntity } from './outbox.entity';

/** Moves outbox rows onto the queue; a row stays pending until Redis has taken its job. */
@Injectable()
export class OutboxDispatcher {
  private readonly logger = new Logger(OutboxDispatcher.name);

  constructor(
    @InjectRepository(OutboxEntity) private readonly outbox: Repository<OutboxEntity>,
    private readonly producer: TriageProducer,
  ) {}

  /** Returns true when the job is on the queue. Never throws: a failure is left to the sweeper. */
  async dispatchForMessage(messageId: string): Promise<boolean> {
    try {
      await this.producer.enqueue(messageId);
      await this.outbox
        .createQueryBuilder()
        .update()
        .set({ dispatchedAt: () => 'now()', attempts: () => 'attempts + 1', lastError: null })
        .where({ messageId, dispatchedAt: IsNull() })
        .execute();
      return true;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.warn({ messageId, reason }, 'could not enqueue triage job; the sweeper will retry');
      await this.outbox
        .createQueryBuilder()
        .update()
        .set({ attempts: () => 'attempts + 1', lastError: reason.slice(0, 500) })
        .where({ messageId, dispatchedAt: IsNull() })
        .execute()
        .catch(() => undefined);
      return false;
    }
  }
}
