import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../auth/decorators';
import type { Staff } from '../threads/thread-actions.service';
import { TemplateDto } from './template.dto';
import { TemplatesService } from './templates.service';

@ApiTags('templates')
@ApiBearerAuth()
@Controller({ path: 'templates', version: '1' })
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Get()
  @ApiOperation({ summary: 'Templates I may use: shared ones for my role, and my own' })
  list(@CurrentStaff() staff: Staff) {
    return this.templates.list(staff);
  }

  @Post()
  @ApiOperation({ summary: 'Create a template (practice-wide: admins); unknown placeholders are refused' })
  create(@CurrentStaff() staff: Staff, @Body() dto: TemplateDto) {
    return this.templates.create(staff, dto);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Change a template (your own; practice-wide: admins)' })
  update(@CurrentStaff() staff: Staff, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: TemplateDto) {
    return this.templates.update(staff, id, dto);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@CurrentStaff() staff: Staff, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.templates.remove(staff, id);
  }
}
