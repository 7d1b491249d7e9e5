import { Module } from '@nestjs/common';
import { MessagesModule } from '../messages/messages.module';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [MessagesModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class SeedModule {}
