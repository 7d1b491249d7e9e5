import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TRIAGE_QUEUE } from './triage.constants';
import { TriageProducer } from './triage.producer';

/** The queue and its producer: everything that enqueues triage work imports this. */
@Module({
  imports: [BullModule.registerQueue({ name: TRIAGE_QUEUE })],
  providers: [TriageProducer],
  exports: [TriageProducer, BullModule],
})
export class TriageQueueModule {}
