import { BadRequestException, Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MAX_TREND_WEEKS, trendWeekCount, type TrendResponse } from '@carequeue/measures';
import { CurrentStaff, Roles } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { ENGAGEMENT_READERS } from './measures.controller';
import { MeasuresQueryDto } from './measures-query.dto';
import { EngagementScope } from './engagement-scope';
import { TrendService } from './trend.service';

type Staff = Extract<Principal, { kind: 'staff' }>;

@ApiTags('engagement')
@ApiBearerAuth()
@Controller({ path: 'engagement/measures/trend', version: '1' })
@Roles(...ENGAGEMENT_READERS)
export class TrendController {
  constructor(
    private readonly trends: TrendService,
    private readonly scope: EngagementScope,
  ) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Weekly trend of the measures of a stage: where the practice (or one EP) stood after each week of the period',
    description:
      'Week ends are from+6, from+13, … and the last point ends at `to`; each point is the measures report for from..weekEnd ' +
      `(cumulative). At most ${MAX_TREND_WEEKS} weeks. Without providerId the figures are the practice's; an unknown providerId is a 404.`,
  })
  @ApiOkResponse({ description: '{ from, to, stage, programYear, providerId, weeks: [{ weekEnd, measures: [{ id, numerator, denominator, percent, met, excluded }] }] }' })
  async trend(@CurrentStaff() staff: Staff, @Query() query: MeasuresQueryDto): Promise<TrendResponse> {
    // Each point is a whole measures report, so the trend is capped where a calendar year still fits.
    if (trendWeekCount(query.from, query.to) > MAX_TREND_WEEKS) {
      const message = `the trend's period from..to must be at most ${MAX_TREND_WEEKS} weeks (${MAX_TREND_WEEKS * 7} days)`;
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message, errors: [{ field: 'to', message }] });
    }
    // Practice-wide points are counts only; a physician may ask for them or for their own EP.
    const providerId = await this.scope.providerFor(staff, query.providerId, false);
    return this.trends.trend({ practiceId: staff.practiceId, ...query, providerId });
  }
}
