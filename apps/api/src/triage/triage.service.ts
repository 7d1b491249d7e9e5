import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { dueAfterBusinessHours, dueAt } from '@carequeue/calendar';
import type { TriageDecision } from '@carequeue/triage';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainEvent, type ThreadDomainEvent } from '../events/domain-events';
import { OutboxDispatcher } from '../outbox/outbox.dispatcher';
import { OutboxEntity } from '../outbox/outbox.entity';
import { PatientEntity } from '../patients/patient.entity';
import { DEFAULT_SAFETY_REPLY, PracticeEntity, practiceCalendar } from '../practices/practice.entity';
import { RulesService } from '../rules/rules.service';
import { SlaProducer } from '../sla/sla.producer';
import { MessageEntity } from '../threads/message.entity';
import { ThreadEntity } from '../threads/thread.entity';
import { triageContext } from './triage-context';

export type TriageOutcome = 'triaged' | 'already_triaged' | 'missing';

interface Decided {
  threadId: string;
  pool: string | null;
  becameUrgent: boolean;
  safetyReplyId: string | null;
  dueAt: Date | null;
}

/**
 * Routes one accepted patient message with the practice's current rules. The first message of a
 * thread decides its category, pool, priority, assignee and due time; a later message can only
 * make it urgent (and reopen it). Safe to run twice for the same message.
 */
@Injectable()
export class TriageService {
  private readonly logger = new Logger(TriageService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rules: RulesService,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
    private readonly outbox: OutboxDispatcher,
    private readonly sla: SlaProducer,
  ) {}

  async triageMessage(messageId: string): Promise<TriageOutcome> {
    const outcome = await this.db.transaction(async (manager): Promise<TriageOutcome | Decided> => {
      const message = await manager.findOne(MessageEntity, { where: { id: messageId }, lock: { mode: 'pessimistic_write' } });
      if (!message) return 'missing';
      if (message.triagedAt) return 'already_triaged';
      const thread = await manager.findOneOrFail(ThreadEntity, { where: { id: message.threadId }, lock: { mode: 'pessimistic_write' } });
      const practice = await manager.findOneByOrFail(PracticeEntity, { id: thread.practiceId });
      const patient = await manager.findOneBy(PatientEntity, { id: thread.patientId });
      const { engine, version } = await this.rules.engine(practice.id);
      const decision = engine.decide(
        { subject: thread.subject, body: message.body, category: thread.requestedCategory },
        await triageContext(manager, practice, patient, message.receivedAt),
      );

      const first = thread.status === 'new';
      const becameUrgent = decision.urgent && !thread.urgent;
      if (first || becameUrgent) this.apply(thread, decision, version, message.receivedAt, practice);
      if (!first && (thread.status === 'closed' || thread.status === 'waiting_for_patient')) thread.status = 'triaged';
      await manager.save(thread);
      await manager.update(MessageEntity, { id: message.id }, { triagedAt: new Date() });
      const safetyReplyId = becameUrgent ? await this.safetyReply(manager, thread, practice) : null;
      await this.audit.record(
        {
          actorType: 'system',
          actorId: 'triage-worker',
          action: first ? 'thread.triaged' : 'thread.reply_triaged',
          threadId: thread.id,
          details: { messageId, pool: thread.pool, category: thread.category, priority: thread.priority, urgent: thread.urgent, rulesVersion: version, ruleId: decision.ruleId ?? null },
        },
        manager,
      );
      if (becameUrgent) {
        await this.audit.record({ actorType: 'system', actorId: 'triage-worker', action: 'thread.urgent', threadId: thread.id, details: { messageId, redFlags: decision.redFlags.join(',') } }, manager);
      }
      return { threadId: thread.id, pool: thread.pool, becameUrgent, safetyReplyId, dueAt: first || becameUrgent ? thread.dueAt : null };
    });

    if (typeof outcome === 'string') return outcome;
    this.logger.log({ messageId, threadId: outcome.threadId, pool: outcome.pool, urgent: outcome.becameUrgent }, 'message triaged');
    this.events.emit(DomainEvent.ThreadChanged, { threadId: outcome.threadId, reason: 'triaged' } satisfies ThreadDomainEvent);
    if (outcome.becameUrgent) this.events.emit(DomainEvent.ThreadUrgent, { threadId: outcome.threadId, reason: 'urgent' } satisfies ThreadDomainEvent);
    if (outcome.safetyReplyId) await this.outbox.dispatch('notify', outcome.safetyReplyId);
    if (outcome.dueAt) await this.sla.schedule(outcome.threadId, outcome.dueAt).catch((e: Error) => this.logger.warn({ threadId: outcome.threadId, reason: e.message }, 'SLA check not scheduled; the sweeper will'));
    return 'triaged';
  }

  private apply(thread: ThreadEntity, decision: TriageDecision, version: number, receivedAt: Date, practice: PracticeEntity): void {
    const calendar = practiceCalendar(practice);
    thread.category = decision.category;
    thread.pool = decision.pool;
    thread.priority = decision.priority;
    thread.urgent = decision.urgent;
    thread.assigneeId = decision.assigneeId ?? null;
    thread.routingExplanation = decision.explanation.map((item) => item.text);
    thread.routingDecision = decision as unknown as Record<string, unknown>;
    thread.routingRulesVersion = version;
    thread.dueAt = decision.urgent
      ? dueAt('urgent', receivedAt, calendar)
      : decision.slaHours !== undefined
        ? dueAfterBusinessHours(receivedAt, decision.slaHours, calendar)
        : dueAt(decision.priority, receivedAt, calendar);
    if (thread.status === 'new') thread.status = 'triaged';
  }

  /** The automatic emergency reply, in the thread and queued for the patient's notification. */
  private async safetyReply(manager: EntityManager, thread: ThreadEntity, practice: PracticeEntity): Promise<string> {
    const now = new Date();
    const { identifiers } = await manager.insert(MessageEntity, {
      practiceId: thread.practiceId,
      threadId: thread.id,
      author: 'system',
      internal: false,
      body: practice.safetyReply ?? DEFAULT_SAFETY_REPLY,
      sentAt: now,
      triagedAt: now,
    });
    const id = String(identifiers[0]?.['id']);
    await manager.update(ThreadEntity, { id: thread.id }, { messageCount: () => 'message_count + 1', lastMessageAt: now });
    await manager.insert(OutboxEntity, { topic: 'notify', messageId: id });
    await this.audit.record({ actorType: 'system', actorId: 'triage-worker', action: 'thread.safety_reply_sent', threadId: thread.id, details: { messageId: id } }, manager);
    return id;
  }
}
