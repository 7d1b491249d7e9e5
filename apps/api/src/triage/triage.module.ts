import { DynamicModule, Module } from '@nestjs/common';
import { OutboxModule } from '../outbox/outbox.module';
import { RulesModule } from '../rules/rules.module';
import { TriageQueueModule } from './triage-queue.module';
import { TriageProcessor } from './triage.processor';
import { TriageService } from './triage.service';

/** The triage worker. Registered only in processes that run workers (RUN_WORKERS). */
@Module({})
export class TriageModule {
  static register(runWorkers: boolean): DynamicModule {
    return {
      module: TriageModule,
      imports: [TriageQueueModule, OutboxModule, RulesModule],
      providers: runWorkers ? [TriageService, TriageProcessor] : [TriageService],
      exports: [TriageService],
    };
  }
}
