import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TriageQueueModule } from '../triage/triage-queue.module';
import { OutboxDispatcher } from './outbox.dispatcher';
import { OutboxEntity } from './outbox.entity';
import { TriageSweeper } from './triage-sweeper.service';

@Module({
  imports: [TypeOrmModule.forFeature([OutboxEntity]), TriageQueueModule],
  providers: [OutboxDispatcher, TriageSweeper],
  exports: [OutboxDispatcher, TriageSweeper],
})
export class OutboxModule {}
