import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StaffUserEntity } from '../staff/staff-user.entity';
import { MessageEntity } from './message.entity';
import { ThreadEntity } from './thread.entity';
import { ThreadsController } from './threads.controller';
import { ThreadsService } from './threads.service';

@Module({
  imports: [TypeOrmModule.forFeature([ThreadEntity, MessageEntity, StaffUserEntity])],
  controllers: [ThreadsController],
  providers: [ThreadsService],
  exports: [ThreadsService],
})
export class ThreadsModule {}
