import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { smsNotificationText } from '@carequeue/templates';
import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { throttledWarning } from '../common/throttled-warning';
import { PracticeEntity } from '../practices/practice.entity';
import { MessageEntity } from '../threads/message.entity';
import { ThreadEntity } from '../threads/thread.entity';
import { NOTIFY_QUEUE, type NotifyJobData } from './notification.constants';
import { PATIENT_NOTIFIER, type PatientNotifier } from './patient-notifier';

/** Tells the patient a reply is waiting in the portal. The SMS says who wrote, never what. */
@Processor(NOTIFY_QUEUE, { concurrency: 4 })
export class NotificationProcessor extends WorkerHost {
  private readonly logger = new Logger(NotificationProcessor.name);
  private readonly warnUnreachable = throttledWarning(this.logger, 'notification worker cannot reach Redis; it will reconnect');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(PATIENT_NOTIFIER) private readonly notifier: PatientNotifier,
    private readonly audit: AuditService,
  ) {
    super();
  }

  async process(job: Job<NotifyJobData>): Promise<'sent' | 'already_sent' | 'missing'> {
    const message = await this.db.getRepository(MessageEntity).findOneBy({ id: job.data.messageId });
    if (!message) return 'missing';
    if (message.notifiedAt) return 'already_sent';
    const thread = await this.db.getRepository(ThreadEntity).findOneByOrFail({ id: message.threadId });
    const practice = await this.db.getRepository(PracticeEntity).findOneByOrFail({ id: message.practiceId });
    await this.notifier.send({ patientId: thread.patientId, channel: 'sms', text: smsNotificationText(practice.name, practice.portalUrl ?? undefined) });
    await this.db.getRepository(MessageEntity).update({ id: message.id }, { notifiedAt: new Date() });
    await this.audit.record({ actorType: 'system', actorId: 'notifier', action: 'patient.notified', threadId: thread.id, details: { messageId: message.id, channel: 'sms' } });
    return 'sent';
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.warnUnreachable(error);
  }
}
