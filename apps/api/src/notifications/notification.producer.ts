import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { throttledWarning } from '../common/throttled-warning';
import { enqueueOnce, type EnqueueOutcome } from '../common/enqueue-once';
import { NOTIFY_JOB, NOTIFY_JOB_OPTIONS, NOTIFY_QUEUE, type NotifyJobData } from './notification.constants';

@Injectable()
export class NotificationProducer {
  constructor(@InjectQueue(NOTIFY_QUEUE) private readonly queue: Queue<NotifyJobData>) {
    queue.on('error', throttledWarning(new Logger(NotificationProducer.name), 'notification queue cannot reach Redis'));
  }

  /** Job id = `notify-<message id>`: one notification per reply, however often it is enqueued. */
  enqueue(messageId: string): Promise<EnqueueOutcome> {
    return enqueueOnce(this.queue, NOTIFY_JOB, `notify-${messageId}`, { messageId }, NOTIFY_JOB_OPTIONS);
  }
}
