import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainEvent, type ThreadDomainEvent } from '../events/domain-events';
import { MessageEntity } from '../threads/message.entity';
import { ThreadEntity } from '../threads/thread.entity';
import { simpleRoute } from './simple-routing';

export type TriageOutcome = 'triaged' | 'already_triaged' | 'missing';

/** Routes one accepted patient message. Safe to run twice for the same message. */
@Injectable()
export class TriageService {
  private readonly logger = new Logger(TriageService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  async triageMessage(messageId: string): Promise<TriageOutcome> {
    const outcome = await this.db.transaction(async (manager) => {
      const message = await manager
        .getRepository(MessageEntity)
        .findOne({ where: { id: messageId }, lock: { mode: 'pessimistic_write' } });
      if (!message) return { result: 'missing' as const };
      if (message.triagedAt) return { result: 'already_triaged' as const };
      const thread = await manager
        .getRepository(ThreadEntity)
        .findOneOrFail({ where: { id: message.threadId }, lock: { mode: 'pessimistic_write' } });

      const isFirst = thread.status === 'new';
      if (isFirst) {
        const route = simpleRoute(thread.requestedCategory);
        thread.category = route.category;
        thread.pool = route.pool;
        thread.priority = route.priority;
        thread.routingExplanation = route.explanation;
        thread.status = 'triaged';
      } else if (thread.status === 'closed' || thread.status === 'waiting_for_patient') {
        // The patient wrote back: the thread needs someone again.
        thread.status = 'triaged';
      }
      await manager.getRepository(ThreadEntity).save(thread);
      await manager.getRepository(MessageEntity).update({ id: message.id }, { triagedAt: new Date() });
      await this.audit.record(
        {
          actorType: 'system',
          actorId: 'triage-worker',
          action: isFirst ? 'thread.triaged' : 'thread.reply_triaged',
          threadId: thread.id,
          details: { messageId, pool: thread.pool, category: thread.category, priority: thread.priority },
        },
        manager,
      );
      return { result: 'triaged' as const, threadId: thread.id, pool: thread.pool };
    });

    if (outcome.result === 'triaged') {
      this.logger.log({ messageId, threadId: outcome.threadId, pool: outcome.pool }, 'message triaged');
      this.events.emit(DomainEvent.ThreadChanged, { threadId: outcome.threadId, reason: 'triaged' } satisfies ThreadDomainEvent);
    }
    return outcome.result;
  }
}
