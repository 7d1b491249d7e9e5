import { Module } from '@nestjs/common';
import { OutboxModule } from '../outbox/outbox.module';
import { TemplatesModule } from '../templates/templates.module';
import { ThreadsModule } from '../threads/threads.module';
import { RepliesController } from './replies.controller';
import { RepliesService } from './replies.service';

@Module({ imports: [ThreadsModule, OutboxModule, TemplatesModule], controllers: [RepliesController], providers: [RepliesService] })
export class RepliesModule {}
