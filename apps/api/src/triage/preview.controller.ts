import { BadRequestException, Body, Controller, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTriageEngine, type RoutingRule, type TriageDecision } from '@carequeue/triage';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { fieldUnprocessable } from '../common/api-errors';
import { AllowPortalKey } from '../auth/decorators';
import { PatientEntity } from '../patients/patient.entity';
import { PracticeEntity } from '../practices/practice.entity';
import { PracticeService } from '../practices/practice.service';
import { RulesService } from '../rules/rules.service';
import { TriagePreviewDto } from './preview.dto';
import { triageContext } from './triage-context';

export type TriagePreview = Omit<TriageDecision, 'assigneeId'> & { assigneeId?: string };

@ApiTags('triage')
@ApiBearerAuth()
@ApiHeader({ name: 'X-Api-Key', required: false, description: 'The portal key, instead of a staff sign-in' })
@Controller({ path: 'triage', version: '1' })
export class TriagePreviewController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rules: RulesService,
    private readonly practices: PracticeService,
  ) {}

  /** What the router would decide for this message, with its explanation. Writes nothing. */
  @Post('preview')
  @AllowPortalKey()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Decide a message without storing anything: category, urgency, priority, pool and why' })
  async preview(@Req() request: Request, @Body() dto: TriagePreviewDto): Promise<TriagePreview> {
    const principal = request.principal;
    const practice =
      principal?.kind === 'staff'
        ? await this.db.getRepository(PracticeEntity).findOneByOrFail({ id: principal.practiceId })
        : await this.practices.current();
    let engine;
    if (dto.rules) {
      const errors = this.rules.validate(dto.rules);
      if (errors.length) throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors });
      engine = createTriageEngine(dto.rules as unknown as RoutingRule[]);
    } else {
      engine = (await this.rules.engine(practice.id)).engine;
    }
    const patient = dto.patientId ? await this.db.getRepository(PatientEntity).findOneBy({ id: dto.patientId, practiceId: practice.id }) : null;
    if (dto.patientId && !patient) throw fieldUnprocessable('patientId', 'no patient with this patientId in the practice');
    const context = await triageContext(this.db.manager, practice, patient);
    return engine.decide({ subject: dto.subject, body: dto.body, category: dto.category }, context);
  }
}
