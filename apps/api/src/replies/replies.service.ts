import { BadRequestException, Injectable } from '@nestjs/common';
import { composeReply, formatTemplateDate, type TemplateContext } from '@carequeue/templates';
import type { EntityManager } from 'typeorm';
import { OutboxDispatcher } from '../outbox/outbox.dispatcher';
import { OutboxEntity } from '../outbox/outbox.entity';
import { PatientEntity } from '../patients/patient.entity';
import { PracticeEntity } from '../practices/practice.entity';
import { StaffUserEntity } from '../staff/staff-user.entity';
import { MessageEntity } from '../threads/message.entity';
import { ThreadActionsService, type Staff } from '../threads/thread-actions.service';
import { TemplatesService } from '../templates/templates.service';
import { ThreadEntity } from '../threads/thread.entity';
import { HttpException } from '@nestjs/common';
import type { BulkReplyDto, BulkReplyResult, ReplyDto, ReplyResult } from './reply.dto';

/**
 * A staff reply: rendered, signed with the sender's own name and role (never one from the
 * request), length-checked for the portal, stored in the thread, and the patient's notification
 * queued through the outbox in the same transaction.
 */
@Injectable()
export class RepliesService {
  constructor(
    private readonly actions: ThreadActionsService,
    private readonly outbox: OutboxDispatcher,
    private readonly templates: TemplatesService,
  ) {}

  async reply(staff: Staff, threadId: string, dto: ReplyDto): Promise<ReplyResult> {
    const template = dto.templateId ? await this.templates.usable(staff, dto.templateId) : null;
    let result: ReplyResult | null = null;
    const audit: Record<string, string | number> = dto.elapsedMs !== undefined ? { elapsedMs: dto.elapsedMs } : {};
    await this.actions.withThread(
      staff,
      threadId,
      async (manager, thread) => {
        await this.actions.requireFreeOrOwn(staff, thread);
        const practice = await manager.findOneByOrFail(PracticeEntity, { id: thread.practiceId });
        const composed = composeReply({
          body: dto.body,
          context: await this.context(manager, thread, practice, staff),
          signer: { name: staff.name, role: staff.role },
          channel: 'portal',
          limits: { portal: practice.maxMessageLength },
          templateLimit: template?.maxLength ?? null,
        });
        if (composed.errors.length) {
          throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: composed.errors.map((e) => e.message).join('; '), errors: composed.errors });
        }
        const now = new Date();
        const { identifiers } = await manager.insert(MessageEntity, {
          practiceId: thread.practiceId,
          threadId: thread.id,
          author: 'staff',
          authorStaffId: staff.userId,
          authorRole: staff.role,
          internal: false,
          templateId: template?.id ?? null,
          body: composed.text,
          sentAt: now,
          triagedAt: now,
        });
        const messageId = String(identifiers[0]?.['id']);
        const closing = (dto.then ?? 'close') === 'close';
        await manager
          .createQueryBuilder()
          .update(ThreadEntity)
          .set({
            status: closing ? 'closed' : 'waiting_for_patient',
            closedAt: closing ? now : null,
            claimedBy: null,
            claimedAt: null,
            claimExpiresAt: null,
            firstResponseAt: () => 'COALESCE(first_response_at, now())',
            lastMessageAt: now,
            messageCount: () => 'message_count + 1',
          })
          .where('id = :id', { id: thread.id })
          .execute();
        await manager.insert(OutboxEntity, { topic: 'notify', messageId });
        audit['messageId'] = messageId;
        result = { messageId, text: composed.text, length: composed.length.length, limit: composed.length.limit };
      },
      'thread.replied',
      audit,
    );
    const sent = result as ReplyResult | null;
    if (!sent) throw new Error('reply was not stored');
    await this.outbox.dispatch('notify', sent.messageId);
    return sent;
  }

  /**
   * One text to several threads (say, normal results), rendered for each patient and sent one by
   * one: a thread that cannot take it (claimed by someone else, a missing value) is reported and
   * the others still go.
   */
  async bulk(staff: Staff, dto: BulkReplyDto): Promise<BulkReplyResult[]> {
    const results: BulkReplyResult[] = [];
    for (const threadId of [...new Set(dto.threadIds)]) {
      try {
        const sent = await this.reply(staff, threadId, { body: dto.body, templateId: dto.templateId, then: 'close' });
        results.push({ threadId, status: 'sent', messageId: sent.messageId });
      } catch (error) {
        if (!(error instanceof HttpException)) throw error;
        const response = error.getResponse();
        const reason = typeof response === 'string' ? response : String((response as { message?: unknown }).message ?? error.message);
        results.push({ threadId, status: 'refused', reason });
      }
    }
    return results;
  }

  /** What a template would say to this patient, signed by the caller: for the Templates page's preview. */
  async preview(staff: Staff, body: string, mrn: string, templateLimit: number | null): Promise<{ text: string; missing: string[]; length: number; limit: number; errors: { field: string; message: string }[] }> {
    const manager = this.actions.manager();
    const practice = await manager.findOneByOrFail(PracticeEntity, { id: staff.practiceId });
    const patient = await manager.findOneBy(PatientEntity, { practiceId: staff.practiceId, mrn });
    if (!patient) throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'no patient with this MRN', errors: [{ field: 'mrn', message: 'no patient with this MRN in the practice' }] });
    const composed = composeReply({
      body,
      context: await this.context(manager, { patientId: patient.id }, practice, staff),
      signer: { name: staff.name, role: staff.role },
      channel: 'portal',
      limits: { portal: practice.maxMessageLength },
      templateLimit,
    });
    await this.actions.auditPatientRead(staff, patient.id);
    return { text: composed.text, missing: composed.missing, length: composed.length.length, limit: composed.length.limit, errors: composed.errors };
  }

  private async context(manager: EntityManager, thread: Pick<ThreadEntity, 'patientId'>, practice: PracticeEntity, staff: Staff): Promise<TemplateContext> {
    const patient = await manager.findOneByOrFail(PatientEntity, { id: thread.patientId });
    const physician = patient.primaryPhysicianId ? await manager.findOneBy(StaffUserEntity, { id: patient.primaryPhysicianId }) : null;
    return {
      patient: { firstName: patient.firstName, lastName: patient.lastName, fullName: `${patient.firstName} ${patient.lastName}` },
      physician: physician ? { name: physician.displayName, lastName: physician.displayName.split(' ').at(-1) } : undefined,
      practice: { name: practice.name, phone: practice.phone, portalUrl: practice.portalUrl },
      staff: { name: staff.name, role: staff.role },
      today: formatTemplateDate(new Date(), practice.timezone),
    };
  }
}
