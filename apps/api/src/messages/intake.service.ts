import { ConflictException, Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IntakeMessageResponse } from '@carequeue/contracts';
import { graphemeLength } from '@carequeue/templates';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { fieldBadRequest, fieldUnprocessable } from '../common/api-errors';
import { DomainEvent, type ThreadDomainEvent } from '../events/domain-events';
import { OutboxDispatcher } from '../outbox/outbox.dispatcher';
import { OutboxEntity } from '../outbox/outbox.entity';
import { PatientEntity } from '../patients/patient.entity';
import type { PracticeEntity } from '../practices/practice.entity';
import { MessageEntity } from '../threads/message.entity';
import { ThreadEntity } from '../threads/thread.entity';
import type { IntakeMessageDto } from './dto/intake-message.dto';

const UNIQUE_VIOLATION = '23505';
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export interface IntakeResult extends IntakeMessageResponse {
  reason: ThreadDomainEvent['reason'];
}

function requestHash(dto: IntakeMessageDto): string {
  const canonical = [dto.externalId, dto.patientId ?? '', dto.mrn ?? '', dto.threadId ?? '', dto.category, dto.subject, dto.body];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

@Injectable()
export class IntakeService {
  private readonly logger = new Logger(IntakeService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
    private readonly outbox: OutboxDispatcher,
  ) {}

  /**
   * Thread, message, outbox row and audit row are written in one transaction; the job is
   * enqueued after commit. If Redis is down the message is still accepted: the sweeper
   * dispatches the outbox row later.
   */
  async accept(practice: PracticeEntity, dto: IntakeMessageDto): Promise<IntakeResult> {
    this.checkContent(practice, dto);
    const hash = requestHash(dto);
    const earlier = await this.findExisting(practice.id, dto.externalId, hash);
    if (earlier) return earlier;

    const patient = await this.resolvePatient(practice.id, dto);
    let result: IntakeResult;
    try {
      result = await this.db.transaction((manager) => this.write(manager, practice, patient, dto, hash));
    } catch (error) {
      // Two identical posts raced: the unique index let one through; answer the other as a repeat.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
        const winner = await this.findExisting(practice.id, dto.externalId, hash);
        if (winner) return winner;
      }
      throw error;
    }
    this.logger.log({ threadId: result.threadId, messageId: result.messageId, reason: result.reason }, 'message accepted');
    this.events.emit(
      result.reason === 'intake' ? DomainEvent.ThreadCreated : DomainEvent.ThreadChanged,
      { threadId: result.threadId, reason: result.reason } satisfies ThreadDomainEvent,
    );
    await this.outbox.dispatch('triage', result.messageId);
    return result;
  }

  private checkContent(practice: PracticeEntity, dto: IntakeMessageDto): void {
    const length = graphemeLength(dto.body);
    if (length > practice.maxMessageLength) {
      throw fieldBadRequest('body', `body must be at most ${practice.maxMessageLength} characters (got ${length})`);
    }
    if (dto.sentAt && Date.parse(dto.sentAt) > Date.now() + FUTURE_TOLERANCE_MS) {
      throw fieldBadRequest('sentAt', 'sentAt must not be in the future');
    }
  }

  private async findExisting(practiceId: string, externalId: string, hash: string): Promise<IntakeResult | null> {
    const existing = await this.db
      .getRepository(MessageEntity)
      .findOne({ where: { practiceId, externalId }, select: { id: true, threadId: true, requestHash: true } });
    if (!existing) return null;
    if (existing.requestHash !== hash) {
      throw new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        message: `externalId ${externalId} was already used for a different message`,
        errors: [{ field: 'externalId', message: 'was already used for a different message' }],
      });
    }
    return { threadId: existing.threadId, messageId: existing.id, duplicate: true, reason: 'intake' };
  }

  private async resolvePatient(practiceId: string, dto: IntakeMessageDto): Promise<PatientEntity> {
    const repo = this.db.getRepository(PatientEntity);
    const field = dto.patientId ? 'patientId' : 'mrn';
    const patient = dto.patientId
      ? await repo.findOneBy({ practiceId, id: dto.patientId })
      : await repo.findOneBy({ practiceId, mrn: dto.mrn as string });
    if (!patient) throw fieldUnprocessable(field, `no patient with this ${field} in the practice`);
    if (dto.patientId && dto.mrn && patient.mrn !== dto.mrn) {
      throw fieldUnprocessable('mrn', 'mrn does not belong to the patient named by patientId');
    }
    return patient;
  }

  private async write(
    manager: EntityManager,
    practice: PracticeEntity,
    patient: PatientEntity,
    dto: IntakeMessageDto,
    hash: string,
  ): Promise<IntakeResult> {
    const sentAt = dto.sentAt ? new Date(dto.sentAt) : new Date();
    const threads = manager.getRepository(ThreadEntity);
    let thread: ThreadEntity;
    let reason: IntakeResult['reason'];
    if (dto.threadId) {
      const found = await threads.findOne({ where: { id: dto.threadId }, lock: { mode: 'pessimistic_write' } });
      if (!found || found.practiceId !== practice.id || found.patientId !== patient.id) {
        throw fieldUnprocessable('threadId', "no thread with this id belongs to this patient");
      }
      thread = found;
      reason = 'patient_reply';
    } else {
      thread = threads.create({
        practiceId: practice.id,
        patientId: patient.id,
        subject: dto.subject.trim(),
        requestedCategory: dto.category,
        category: dto.category,
        status: 'new',
        pool: null,
        priority: 'routine',
        urgent: false,
        messageCount: 0,
        lastMessageAt: sentAt,
      });
      thread = await threads.save(thread);
      reason = 'intake';
    }

    const message = await manager.getRepository(MessageEntity).save(
      manager.getRepository(MessageEntity).create({
        practiceId: practice.id,
        threadId: thread.id,
        externalId: dto.externalId,
        requestHash: hash,
        author: 'patient',
        authorStaffId: null,
        category: dto.category,
        body: dto.body,
        sentAt,
        triagedAt: null,
      }),
    );
    await threads
      .createQueryBuilder()
      .update()
      .set({
        messageCount: () => 'message_count + 1',
        lastMessageAt: () => 'GREATEST(last_message_at, :sentAt)',
      })
      .setParameter('sentAt', sentAt)
      .where('id = :id', { id: thread.id })
      .execute();
    await manager.getRepository(OutboxEntity).insert({ topic: 'triage', messageId: message.id });
    await this.audit.record(
      { actorType: 'portal', action: reason === 'intake' ? 'thread.created' : 'thread.patient_reply', threadId: thread.id, details: { messageId: message.id } },
      manager,
    );
    return { threadId: thread.id, messageId: message.id, duplicate: false, reason };
  }
}
