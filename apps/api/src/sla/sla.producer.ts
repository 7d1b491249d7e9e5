import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { enqueueOnce } from '../common/enqueue-once';
import { throttledWarning } from '../common/throttled-warning';
import { SLA_JOB, SLA_JOB_OPTIONS, SLA_QUEUE, type SlaJobData } from './sla.constants';

@Injectable()
export class SlaProducer {
  constructor(@InjectQueue(SLA_QUEUE) private readonly queue: Queue<SlaJobData>) {
    queue.on('error', throttledWarning(new Logger(SlaProducer.name), 'SLA queue cannot reach Redis'));
  }

  /** A delayed job that fires when the thread falls due; one per thread and due time. */
  async schedule(threadId: string, dueAt: Date): Promise<void> {
    const delay = Math.max(0, dueAt.getTime() - Date.now());
    await enqueueOnce(this.queue, SLA_JOB, `sla-${threadId}-${dueAt.getTime()}`, { threadId, dueAt: dueAt.toISOString() }, { ...SLA_JOB_OPTIONS, delay });
  }
}
