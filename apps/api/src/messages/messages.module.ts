import { Module } from '@nestjs/common';
import { OutboxModule } from '../outbox/outbox.module';
import { IntakeController } from './intake.controller';
import { IntakeService } from './intake.service';

@Module({
  imports: [OutboxModule],
  controllers: [IntakeController],
  providers: [IntakeService],
  exports: [IntakeService],
})
export class MessagesModule {}
