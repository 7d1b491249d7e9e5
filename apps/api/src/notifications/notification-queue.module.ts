import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { NOTIFY_QUEUE } from './notification.constants';
import { NotificationProducer } from './notification.producer';

@Module({
  imports: [BullModule.registerQueue({ name: NOTIFY_QUEUE })],
  providers: [NotificationProducer],
  exports: [NotificationProducer, BullModule],
})
export class NotificationQueueModule {}
