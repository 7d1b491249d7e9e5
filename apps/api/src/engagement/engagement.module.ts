import { Module } from '@nestjs/common';
import { EngagementScope } from './engagement-scope';
import { ImportController } from './import.controller';
import { ImportService } from './import.service';
import { MeasuresController } from './measures.controller';
import { MeasuresSqlService } from './measures-sql.service';
import { MeasuresService } from './measures.service';
import { TrendController } from './trend.controller';
import { TrendService } from './trend.service';

/** Issue 5: engagement data import, Meaningful Use measures in SQL, their weekly trend and drill-down. */
@Module({
  controllers: [ImportController, TrendController, MeasuresController],
  providers: [EngagementScope, ImportService, MeasuresSqlService, MeasuresService, TrendService],
  exports: [MeasuresService, ImportService],
})
export class EngagementModule {}
