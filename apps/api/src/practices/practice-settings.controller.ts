import { BadRequestException, Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { DEFAULT_OPENING_HOURS, validateCalendar } from '@carequeue/calendar';
import type { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CurrentStaff, Roles } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { DEFAULT_SAFETY_REPLY, PracticeEntity, practiceCalendar } from './practice.entity';
import { PracticeService } from './practice.service';
import { PracticeSettingsDto } from './practice-settings.dto';

type Staff = Extract<Principal, { kind: 'staff' }>;

function view(practice: PracticeEntity) {
  return {
    id: practice.id,
    name: practice.name,
    phone: practice.phone,
    timezone: practice.timezone,
    openingHours: practice.openingHours ?? DEFAULT_OPENING_HOURS,
    holidays: practice.holidays,
    safetyReply: practice.safetyReply ?? DEFAULT_SAFETY_REPLY,
    maxMessageLength: practice.maxMessageLength,
    portalUrl: practice.portalUrl,
  };
}

@ApiTags('practice')
@ApiBearerAuth()
@Controller({ path: 'practice', version: '1' })
export class PracticeSettingsController {
  constructor(
    @InjectRepository(PracticeEntity) private readonly practices: Repository<PracticeEntity>,
    private readonly current: PracticeService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Practice settings: calendar (SLA clocks), safety reply, limits' })
  async get(@CurrentStaff() staff: Staff) {
    return view(await this.practices.findOneByOrFail({ id: staff.practiceId }));
  }

  @Put()
  @Roles('admin')
  @ApiOperation({ summary: 'Change practice settings (admins); the calendar is checked before anything is saved' })
  async update(@CurrentStaff() staff: Staff, @Body() dto: PracticeSettingsDto) {
    const practice = await this.practices.findOneByOrFail({ id: staff.practiceId });
    const next: PracticeEntity = { ...practice, ...dto } as PracticeEntity;
    const errors = validateCalendar(practiceCalendar(next)).map((e) => ({
      field: e.field === 'timeZone' ? 'timezone' : e.field.replace(/^hours/, 'openingHours'),
      message: e.message,
    }));
    if (errors.length) throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: errors.map((e) => e.message).join('; '), errors });
    await this.practices.save(next);
    this.current.forget();
    await this.audit.record({ actorType: 'staff', actorId: staff.userId, action: 'practice.settings_changed', details: { fields: Object.keys(dto).join(',') } });
    return view(next);
  }
}
