import { Module } from '@nestjs/common';
import { ImportController } from './import.controller';
import { ImportService } from './import.service';
import { MeasuresController } from './measures.controller';
import { MeasuresSqlService } from './measures-sql.service';
import { MeasuresService } from './measures.service';

/** Issue 5: engagement data import, Meaningful Use measures in SQL, and their drill-down. */
@Module({
  controllers: [ImportController, MeasuresController],
  providers: [ImportService, MeasuresSqlService, MeasuresService],
  exports: [MeasuresService],
})
export class EngagementModule {}
