import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { enqueueOnce, type EnqueueOutcome } from '../common/enqueue-once';
import { throttledWarning } from '../common/throttled-warning';
import { TRIAGE_JOB, TRIAGE_JOB_OPTIONS, TRIAGE_QUEUE, type TriageJobData } from './triage.constants';

export type { EnqueueOutcome } from '../common/enqueue-once';

@Injectable()
export class TriageProducer {
  constructor(@InjectQueue(TRIAGE_QUEUE) private readonly queue: Queue<TriageJobData>) {
    queue.on('error', throttledWarning(new Logger(TriageProducer.name), 'triage queue cannot reach Redis; intake keeps accepting'));
  }

  /** Job id = message id. */
  enqueue(messageId: string): Promise<EnqueueOutcome> {
    return enqueueOnce(this.queue, TRIAGE_JOB, messageId, { messageId }, TRIAGE_JOB_OPTIONS);
  }
}
