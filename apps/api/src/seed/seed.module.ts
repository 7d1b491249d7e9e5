import { Module } from '@nestjs/common';
import { EngagementModule } from '../engagement/engagement.module';
import { MessagesModule } from '../messages/messages.module';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [MessagesModule, EngagementModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class SeedModule {}
