import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StaffUserEntity } from '../staff/staff-user.entity';
import { MessageEntity } from './message.entity';
import { ThreadEntity } from './thread.entity';
import { ClaimExpiryService } from './claim-expiry.service';
import { ThreadActionsController } from './thread-actions.controller';
import { ThreadActionsService } from './thread-actions.service';
import { ThreadsController } from './threads.controller';
import { ThreadsService } from './threads.service';

@Module({
  imports: [TypeOrmModule.forFeature([ThreadEntity, MessageEntity, StaffUserEntity])],
  controllers: [ThreadsController, ThreadActionsController],
  providers: [ThreadsService, ThreadActionsService, ClaimExpiryService],
  exports: [ThreadsService, ThreadActionsService],
})
export class ThreadsModule {}
