import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { throttledWarning } from '../common/throttled-warning';
import { TRIAGE_QUEUE, type TriageJobData } from './triage.constants';
import { TriageService, type TriageOutcome } from './triage.service';

@Processor(TRIAGE_QUEUE, { concurrency: 4 })
export class TriageProcessor extends WorkerHost {
  private readonly logger = new Logger(TriageProcessor.name);
  private readonly warnUnreachable = throttledWarning(this.logger, 'triage worker cannot reach Redis; it will reconnect');

  constructor(private readonly triage: TriageService) {
    super();
  }

  async process(job: Job<TriageJobData>): Promise<TriageOutcome> {
    const outcome = await this.triage.triageMessage(job.data.messageId);
    if (outcome === 'missing') this.logger.warn({ messageId: job.data.messageId }, 'triage job for an unknown message');
    return outcome;
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.warnUnreachable(error);
  }
}
