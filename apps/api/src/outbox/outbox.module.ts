import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationQueueModule } from '../notifications/notification-queue.module';
import { TriageQueueModule } from '../triage/triage-queue.module';
import { OutboxDispatcher } from './outbox.dispatcher';
import { OutboxEntity } from './outbox.entity';
import { TriageSweeper } from './triage-sweeper.service';

@Module({
  imports: [TypeOrmModule.forFeature([OutboxEntity]), TriageQueueModule, NotificationQueueModule],
  providers: [OutboxDispatcher, TriageSweeper],
  exports: [OutboxDispatcher, TriageSweeper],
})
export class OutboxModule {}
