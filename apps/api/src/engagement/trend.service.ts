import { Injectable, NotFoundException } from '@nestjs/common';
import { trendWeekEnds, type MeasureResult, type TrendFigure, type TrendResponse, type TrendWeek } from '@carequeue/measures';
import { MeasuresService, type MeasuresRequest } from './measures.service';

/** The same question as a measures report; each weekly point answers it up to that week's end. */
export type TrendRequest = MeasuresRequest;

const trendFigure = ({ id, numerator, denominator, percent, met, excluded }: MeasureResult): TrendFigure => ({
  id,
  numerator,
  denominator,
  percent,
  met,
  excluded,
});

/**
 * The weekly trend: one measures report per week end, each from the period's first day, so a
 * point is where the practice (or one EP) stood after that week. The reports are the measures
 * endpoint's own, so a trend point and the figure for the same period can never disagree.
 */
@Injectable()
export class TrendService {
  constructor(private readonly measures: MeasuresService) {}

  async trend(request: TrendRequest): Promise<TrendResponse> {
    const { from, to, stage, programYear, providerId } = request;
    const weeks: TrendWeek[] = [];
    // One at a time: each report already runs its queries in one snapshot, and the pool is shared with every other request.
    for (const weekEnd of trendWeekEnds(from, to)) {
      const report = await this.measures.report({ ...request, to: weekEnd });
      weeks.push({ weekEnd, measures: this.figuresOf(report.practice, report.providers, providerId).map(trendFigure) });
    }
    return { from, to, stage, programYear: programYear ?? null, providerId: providerId ?? null, weeks };
  }

  private figuresOf(practice: MeasureResult[], providers: { providerId: string; measures: MeasureResult[] }[], providerId: string | undefined): MeasureResult[] {
    if (providerId === undefined) return practice;
    const ep = providers.find((p) => p.providerId === providerId);
    if (!ep) {
      throw new NotFoundException({
        statusCode: 404,
        error: 'Not Found',
        message: 'no such provider',
        errors: [{ field: 'providerId', message: 'providerId names no imported provider of this practice' }],
      });
    }
    return ep.measures;
  }
}
