import {
  addDays,
  addMonths,
  ageOn,
  dayOfWeek,
  isIsoDate,
  localDateOf,
  parseInstant,
} from './calendar-dates';

describe('calendar dates', () => {
  it('validates real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-1-5')).toBe(false);
    expect(isIsoDate(20240105)).toBe(false);
  });

  it('adds days across months and years', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(dayOfWeek('2024-01-01')).toBe(1);
  });

  it('adds months, clamping to the end of the month like PostgreSQL', () => {
    expect(addMonths('2016-02-29', -24)).toBe('2014-02-28');
    expect(addMonths('2024-01-08', -24)).toBe('2022-01-08');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-01-15', 12)).toBe('2025-01-15');
  });

  it('computes age in completed years', () => {
    expect(ageOn('1959-01-08', '2024-01-08')).toBe(65);
    expect(ageOn('1959-01-09', '2024-01-08')).toBe(64);
    expect(ageOn('2016-02-29', '2021-02-28')).toBe(4);
    expect(ageOn('2016-02-29', '2021-03-01')).toBe(5);
  });

  it('parses instants only with an explicit offset', () => {
    expect(parseInstant('2024-01-08T12:00:00-05:00')).toBe(
      Date.parse('2024-01-08T17:00:00Z'),
    );
    expect(parseInstant('2024-01-08T17:00Z')).toBe(
      Date.parse('2024-01-08T17:00:00Z'),
    );
    expect(() => parseInstant('2024-01-08T12:00:00')).toThrow(RangeError);
    expect(() => parseInstant('2024-01-08')).toThrow(RangeError);
    expect(() => parseInstant('yesterday')).toThrow(RangeError);
  });

  it('finds the local date in a zone, half-hour offsets included', () => {
    const ms = Date.parse('2024-01-08T20:00:00Z');
    expect(localDateOf(ms, 'America/New_York')).toBe('2024-01-08');
    expect(localDateOf(ms, 'Asia/Kolkata')).toBe('2024-01-09'); // 01:30 next day
    expect(
      localDateOf(Date.parse('2024-01-09T04:59:59Z'), 'America/New_York'),
    ).toBe('2024-01-08');
    expect(
      localDateOf(Date.parse('2024-01-09T05:00:00Z'), 'America/New_York'),
    ).toBe('2024-01-09');
  });
});
