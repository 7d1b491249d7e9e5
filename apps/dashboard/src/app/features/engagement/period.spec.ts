import { localDate, matchingQuickPick, periodProblem, quickPickPeriod, trendFits } from './period';

describe('engagement periods', () => {
  it('takes the last 90 days including today', () => {
    expect(quickPickPeriod('last-90-days', '2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });

  it('takes this calendar year up to today', () => {
    expect(quickPickPeriod('this-year', '2026-11-23')).toEqual({ from: '2026-01-01', to: '2026-11-23' });
    expect(quickPickPeriod('this-year', '2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-01-01' });
  });

  it('takes the whole previous quarter, across the year end in the first quarter', () => {
    expect(quickPickPeriod('previous-quarter', '2026-11-23')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(quickPickPeriod('previous-quarter', '2026-07-01')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(quickPickPeriod('previous-quarter', '2026-02-15')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(quickPickPeriod('previous-quarter', '2024-05-31')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
  });

  it('recognises which quick pick a period is, if any', () => {
    expect(matchingQuickPick({ from: '2026-07-01', to: '2026-09-30' }, '2026-11-23')).toBe('previous-quarter');
    expect(matchingQuickPick({ from: '2026-07-01', to: '2026-09-29' }, '2026-11-23')).toBeNull();
  });

  it('says what is wrong with a period the API would refuse', () => {
    expect(periodProblem({ from: '2026-01-01', to: '2026-03-31' })).toBeNull();
    expect(periodProblem({ from: '', to: '2026-03-31' })).toMatch(/first day/);
    expect(periodProblem({ from: '2026-01-01', to: '2026-02-30' })).toMatch(/last day/);
    expect(periodProblem({ from: '2026-03-31', to: '2026-03-01' })).toMatch(/before the first/);
    expect(periodProblem({ from: '2024-01-01', to: '2025-12-31' })).toBeNull();
    expect(periodProblem({ from: '2024-01-01', to: '2026-01-01' })).toMatch(/two years/);
  });

  it('keeps the trend to periods of at most 53 weeks', () => {
    expect(trendFits({ from: '2024-01-01', to: '2024-12-31' })).toBe(true);
    expect(trendFits({ from: '2024-01-01', to: '2025-01-06' })).toBe(false);
    expect(trendFits({ from: '2024-03-31', to: '2024-03-01' })).toBe(false);
  });

  it("uses the browser's local calendar date", () => {
    expect(localDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
