import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StaffUserEntity } from '../staff/staff-user.entity';
import { TriagePreviewController } from '../triage/preview.controller';
import { RoutingRuleSetEntity } from './routing-rule-set.entity';
import { RulesController } from './rules.controller';
import { RulesService } from './rules.service';

@Module({
  imports: [TypeOrmModule.forFeature([RoutingRuleSetEntity, StaffUserEntity])],
  controllers: [RulesController, TriagePreviewController],
  providers: [RulesService],
  exports: [RulesService],
})
export class RulesModule {}
