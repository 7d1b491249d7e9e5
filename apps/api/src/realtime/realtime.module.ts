import { Module } from '@nestjs/common';
import { ThreadsModule } from '../threads/threads.module';
import { InboxGateway } from './inbox.gateway';
import { RealtimeListener } from './realtime.listener';

@Module({
  imports: [ThreadsModule],
  providers: [InboxGateway, RealtimeListener],
  exports: [InboxGateway],
})
export class RealtimeModule {}
