import { Controller, Get, Header, NotFoundException, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { MEASURE_IDS, isMeasureId } from '@carequeue/measures';
import { ENGAGEMENT_ROLES, type StaffRole } from '@carequeue/contracts';
import type { Request, Response } from 'express';
import { CurrentStaff, Roles } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { EngagementScope } from './engagement-scope';
import { DrillDownQueryDto, MeasuresQueryDto } from './measures-query.dto';
import { MeasuresService, drillDownCsv, drillDownFileName, type DrillDownPage, type MeasuresReportResponse } from './measures.service';

type Staff = Extract<Principal, { kind: 'staff' }>;

/**
 * Who may read engagement figures and the patient lists behind them (the shared policy, which the
 * dashboard's navigation and the socket's engagement room use too).
 * Physicians are narrowed to their own EP by EngagementScope.
 */
export const ENGAGEMENT_READERS: StaffRole[] = [...ENGAGEMENT_ROLES];

const DEFAULT_JSON_PAGE = 100;

@ApiTags('engagement')
@ApiBearerAuth()
@Controller({ path: 'engagement/measures', version: '1' })
@Roles(...ENGAGEMENT_READERS)
export class MeasuresController {
  constructor(
    private readonly measures: MeasuresService,
    private readonly scope: EngagementScope,
  ) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Meaningful Use measures of a stage for a period, for the practice and per EP (computed in SQL)',
    description:
      'Each figure: { id, numerator, denominator, percent (unrounded, null without a denominator), threshold, met, excluded, definition }. ' +
      'The practice figures are the union over all EPs, whatever providerId says; providerId narrows the providers list. ' +
      'A physician sees only their own EP in that list (another providerId is a 403). ' +
      "Business days use the practice's time zone and holidays.",
  })
  @ApiOkResponse({ description: '{ from, to, stage, programYear, practice: Figure[], providers: [{ providerId, name, measures: Figure[] }] }' })
  async report(@CurrentStaff() staff: Staff, @Query() query: MeasuresQueryDto): Promise<MeasuresReportResponse> {
    const providerId = await this.scope.providerFor(staff, query.providerId, true);
    return this.measures.report({ practiceId: staff.practiceId, ...query, providerId });
  }

  @Get(':id/patients')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'The patients behind a figure (numerator, denominator or gap), paged, as JSON or CSV (audited)',
    description:
      'Items are patients { patientId, mrn, name }, or for per-visit measures (clinical summaries) visits ' +
      '{ encounterId, date, patientId, mrn, name }, sorted by id. Without providerId: the practice (union over EPs); ' +
      'for a physician always their own EP (another providerId is a 403). ' +
      'CSV with Accept: text/csv or format=csv; it holds every row unless limit is given.',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ description: '{ items, total, limit, offset, measureId, unit, set, from, to, providerId }' })
  async drillDown(
    @CurrentStaff() staff: Staff,
    @Param('id') id: string,
    @Query() query: DrillDownQueryDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DrillDownPage | string> {
    if (!isMeasureId(id)) {
      throw new NotFoundException({
        statusCode: 404,
        error: 'Not Found',
        message: 'no such measure',
        errors: [{ field: 'id', message: `id must be one of ${MEASURE_IDS.join(', ')}` }],
      });
    }
    const providerId = await this.scope.providerFor(staff, query.providerId, true);
    const csv = query.format === 'csv' || (query.format === undefined && req.accepts(['application/json', 'text/csv']) === 'text/csv');
    const page = await this.measures.drillDown(
      {
        practiceId: staff.practiceId,
        measureId: id,
        from: query.from,
        to: query.to,
        set: query.set,
        providerId: providerId ?? null,
        limit: query.limit ?? (csv ? null : DEFAULT_JSON_PAGE),
        offset: query.offset,
      },
      { type: 'staff', id: staff.userId },
      csv ? 'csv' : 'json',
    );
    if (!csv) return page;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${drillDownFileName(page)}"`);
    return drillDownCsv(page);
  }
}
