import { Module } from '@nestjs/common';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { OutboxModule } from '../outbox/outbox.module';
import { IntakeController } from './intake.controller';
import { IntakeService } from './intake.service';

@Module({
  imports: [OutboxModule],
  controllers: [IntakeController],
  providers: [IntakeService, ApiKeyGuard],
  exports: [IntakeService],
})
export class MessagesModule {}
