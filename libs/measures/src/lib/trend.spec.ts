import { MAX_TREND_WEEKS, trendWeekCount, trendWeekEnds } from './trend';

describe('trend week ends', () => {
  it('ends a week every 7 days from the first day, the last week at `to`', () => {
    expect(trendWeekEnds('2025-03-03', '2025-03-31')).toEqual(['2025-03-09', '2025-03-16', '2025-03-23', '2025-03-30', '2025-03-31']);
  });

  it('does not add a short week when the period is whole weeks', () => {
    expect(trendWeekEnds('2025-03-03', '2025-03-16')).toEqual(['2025-03-09', '2025-03-16']);
  });

  it('gives one point for a period shorter than a week, and for a single day', () => {
    expect(trendWeekEnds('2025-03-03', '2025-03-05')).toEqual(['2025-03-05']);
    expect(trendWeekEnds('2025-03-03', '2025-03-03')).toEqual(['2025-03-03']);
  });

  it('crosses month and year ends', () => {
    expect(trendWeekEnds('2024-12-28', '2025-01-10')).toEqual(['2025-01-03', '2025-01-10']);
  });

  it('fits a leap calendar year in the cap, and not a day more than 53 weeks', () => {
    expect(trendWeekCount('2024-01-01', '2024-12-31')).toBe(53);
    expect(trendWeekCount('2024-01-01', '2025-01-05')).toBe(MAX_TREND_WEEKS);
    expect(trendWeekCount('2024-01-01', '2025-01-06')).toBe(MAX_TREND_WEEKS + 1);
  });

  it('refuses what is not a period', () => {
    expect(() => trendWeekEnds('2025-03-10', '2025-03-09')).toThrow(RangeError);
    expect(() => trendWeekEnds('2025-02-30', '2025-03-09')).toThrow(RangeError);
  });
});
