import { Module } from '@nestjs/common';
import { OperationsController } from './operations.controller';
import { OperationsService } from './operations.service';

/** Issue 5: response times, SLA compliance, volume, backlog and workload for administrators. */
@Module({
  controllers: [OperationsController],
  providers: [OperationsService],
})
export class OperationsModule {}
