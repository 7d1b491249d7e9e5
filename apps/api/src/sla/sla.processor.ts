import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { throttledWarning } from '../common/throttled-warning';
import { SLA_QUEUE, type SlaJobData } from './sla.constants';
import { SlaService } from './sla.service';

@Processor(SLA_QUEUE, { concurrency: 4 })
export class SlaProcessor extends WorkerHost {
  private readonly warnUnreachable = throttledWarning(new Logger(SlaProcessor.name), 'SLA worker cannot reach Redis; it will reconnect');

  constructor(private readonly sla: SlaService) {
    super();
  }

  async process(job: Job<SlaJobData>): Promise<'overdue' | 'answered_or_moved'> {
    return (await this.sla.markOverdue(job.data.threadId)) ? 'overdue' : 'answered_or_moved';
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.warnUnreachable(error);
  }
}
