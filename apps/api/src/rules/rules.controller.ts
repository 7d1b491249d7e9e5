import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles } from '../auth/decorators';
import type { Staff } from '../threads/thread-actions.service';
import { SaveRulesDto } from './dto/save-rules.dto';
import { RulesService, type RuleSetView } from './rules.service';

@ApiTags('rules')
@ApiBearerAuth()
@Controller({ path: 'rules', version: '1' })
export class RulesController {
  constructor(private readonly rules: RulesService) {}

  @Get()
  @ApiOperation({ summary: "The practice's current routing rules, in order, with their version" })
  async current(@CurrentStaff() staff: Staff): Promise<RuleSetView> {
    return this.rules.view(await this.rules.current(staff.practiceId));
  }

  @Put()
  @Roles('admin')
  @ApiOperation({ summary: 'Save the whole ordered list as a new version (admins)' })
  async save(@CurrentStaff() staff: Staff, @Body() dto: SaveRulesDto): Promise<RuleSetView> {
    return this.rules.view(await this.rules.save(staff.practiceId, dto.rules, dto.note?.trim() || null, staff.userId));
  }

  @Get('versions')
  @ApiOperation({ summary: 'Every saved version, newest first' })
  versions(@CurrentStaff() staff: Staff) {
    return this.rules.versions(staff.practiceId);
  }
}
