import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { throttledWarning } from '../common/throttled-warning';
import { ENQUEUE_TIMEOUT_MS, TRIAGE_JOB, TRIAGE_JOB_OPTIONS, TRIAGE_QUEUE, TriageJobData } from './triage.constants';

export type EnqueueOutcome = 'added' | 'already_queued' | 'retried';

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

@Injectable()
export class TriageProducer {
  constructor(@InjectQueue(TRIAGE_QUEUE) private readonly queue: Queue<TriageJobData>) {
    queue.on('error', throttledWarning(new Logger(TriageProducer.name), 'triage queue cannot reach Redis; intake keeps accepting'));
  }

  /**
   * Job id = message id, so enqueueing twice is harmless while the job exists. A job that
   * failed for good is retried rather than left to block its id.
   */
  async enqueue(messageId: string): Promise<EnqueueOutcome> {
    return withTimeout(this.enqueueNow(messageId), ENQUEUE_TIMEOUT_MS, 'enqueue');
  }

  private async enqueueNow(messageId: string): Promise<EnqueueOutcome> {
    const existing = await this.queue.getJob(messageId);
    if (existing) {
      const state = await existing.getState();
      if (state === 'failed') {
        await existing.retry('failed');
        return 'retried';
      }
      if (state !== 'completed' && state !== 'unknown') return 'already_queued';
      await existing.remove();
    }
    await this.queue.add(TRIAGE_JOB, { messageId }, { ...TRIAGE_JOB_OPTIONS, jobId: messageId });
    return 'added';
  }
}
