import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { SLA_QUEUE } from './sla.constants';
import { SlaProcessor } from './sla.processor';
import { SlaProducer } from './sla.producer';
import { SlaService } from './sla.service';

@Module({})
export class SlaModule {
  static register(runWorkers: boolean): DynamicModule {
    return {
      module: SlaModule,
      global: true,
      imports: [BullModule.registerQueue({ name: SLA_QUEUE })],
      providers: [SlaProducer, SlaService, ...(runWorkers ? [SlaProcessor] : [])],
      exports: [SlaProducer, SlaService],
    };
  }
}
