import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InboxEvent, type InboxEventName } from '@carequeue/contracts';
import { DomainEvent, type EngagementDomainEvent, type ThreadDomainEvent } from '../events/domain-events';
import { ThreadsService } from '../threads/threads.service';
import { InboxGateway } from './inbox.gateway';

/** Turns domain events into socket pushes; the only place that talks to the socket server. */
@Injectable()
export class RealtimeListener {
  private readonly logger = new Logger(RealtimeListener.name);

  constructor(
    private readonly threads: ThreadsService,
    private readonly gateway: InboxGateway,
  ) {}

  @OnEvent(DomainEvent.ThreadCreated, { async: true, promisify: true })
  onCreated(event: ThreadDomainEvent): Promise<void> {
    return this.push(InboxEvent.ThreadCreated, event);
  }

  @OnEvent(DomainEvent.ThreadChanged, { async: true, promisify: true })
  onChanged(event: ThreadDomainEvent): Promise<void> {
    return this.push(InboxEvent.ThreadUpdated, event);
  }

  @OnEvent(DomainEvent.ThreadUrgent, { async: true, promisify: true })
  onUrgent(event: ThreadDomainEvent): Promise<void> {
    return this.push(InboxEvent.ThreadUrgent, event);
  }

  @OnEvent(DomainEvent.ThreadOverdue, { async: true, promisify: true })
  onOverdue(event: ThreadDomainEvent): Promise<void> {
    return this.push(InboxEvent.ThreadOverdue, event);
  }

  @OnEvent(DomainEvent.EngagementImported, { async: true, promisify: true })
  async onEngagementImported(event: EngagementDomainEvent): Promise<void> {
    try {
      this.gateway.emitEngagementChanged({ practiceId: event.practiceId, at: new Date().toISOString() });
    } catch (error) {
      this.logger.warn({ practiceId: event.practiceId, reason: (error as Error).message }, 'could not push engagement change');
    }
  }

  private async push(name: InboxEventName, event: ThreadDomainEvent): Promise<void> {
    try {
      const thread = await this.threads.summary(event.threadId);
      this.gateway.emitThread(name, { thread, at: new Date().toISOString() });
    } catch (error) {
      this.logger.warn({ threadId: event.threadId, reason: (error as Error).message }, 'could not push thread event');
    }
  }
}
