import { lastDays, MAX_OPERATIONS_PERIOD_DAYS, periodDates, periodLength, periodProblems } from './period';

describe('operations period', () => {
  it('counts both ends', () => {
    expect(periodLength('2025-03-03', '2025-03-03')).toBe(1);
    expect(periodLength('2025-03-01', '2025-03-31')).toBe(31);
    expect(periodLength('2024-01-01', '2024-12-31')).toBe(366);
    expect(periodLength('2025-03-05', '2025-03-04')).toBe(0);
  });

  it('lists the dates across month ends and a DST change (calendar dates have no hours)', () => {
    expect(periodDates('2025-02-27', '2025-03-02')).toEqual(['2025-02-27', '2025-02-28', '2025-03-01', '2025-03-02']);
    expect(periodDates('2025-03-08', '2025-03-10')).toEqual(['2025-03-08', '2025-03-09', '2025-03-10']);
    expect(periodDates('2025-03-02', '2025-03-01')).toEqual([]);
  });

  it('makes "last N days" end today and hold N days', () => {
    expect(lastDays(7, '2025-03-10')).toEqual({ from: '2025-03-04', to: '2025-03-10' });
    expect(lastDays(1, '2025-03-10')).toEqual({ from: '2025-03-10', to: '2025-03-10' });
    const ninety = lastDays(90, '2025-03-10');
    expect(periodLength(ninety.from, ninety.to)).toBe(90);
    expect(() => lastDays(0, '2025-03-10')).toThrow(RangeError);
    expect(() => lastDays(MAX_OPERATIONS_PERIOD_DAYS + 1, '2025-03-10')).toThrow(RangeError);
  });

  it('accepts a valid period up to the maximum length', () => {
    expect(periodProblems('2025-03-01', '2025-03-01')).toEqual([]);
    expect(periodProblems('2024-01-01', '2024-12-31')).toEqual([]);
  });

  it('names the field that is wrong', () => {
    expect(periodProblems('2025-02-30', '2025-03-01')).toEqual([{ field: 'from', message: expect.stringContaining('calendar date') }]);
    expect(periodProblems(undefined, 'soon').map((p) => p.field)).toEqual(['from', 'to']);
    expect(periodProblems('2025-03-02', '2025-03-01')).toEqual([{ field: 'to', message: 'to must not be before from' }]);
    expect(periodProblems('2024-01-01', '2025-01-01')).toEqual([{ field: 'to', message: expect.stringContaining('at most 366 days') }]);
  });
});
