import {
  addBusinessDays,
  businessCalendar,
  businessDaysAfter,
  describeDeadline,
  isBusinessDay,
  isTimely,
  localDate,
} from './business-days';

// January 2024: Monday the 1st, 8th, 15th (Martin Luther King Jr. Day), 22nd.
const plain = businessCalendar();
const withMlk = businessCalendar({ holidays: ['2024-01-15'] });
const fourDays = { kind: 'business_days', days: 4 } as const;

describe('business days', () => {
  it('are Monday to Friday minus holidays', () => {
    expect(isBusinessDay('2024-01-12', plain)).toBe(true); // Friday
    expect(isBusinessDay('2024-01-13', plain)).toBe(false); // Saturday
    expect(isBusinessDay('2024-01-14', plain)).toBe(false); // Sunday
    expect(isBusinessDay('2024-01-15', plain)).toBe(true);
    expect(isBusinessDay('2024-01-15', withMlk)).toBe(false);
  });

  it('count from the day after the start date, never the start date itself', () => {
    expect(addBusinessDays('2024-01-08', 1, plain)).toBe('2024-01-09');
    expect(addBusinessDays('2024-01-08', 4, plain)).toBe('2024-01-12');
    expect(businessDaysAfter('2024-01-08', '2024-01-15', plain)).toBe(5);
    expect(businessDaysAfter('2024-01-08', '2024-01-08', plain)).toBe(0);
  });

  it('skip the weekend after a Friday', () => {
    expect(addBusinessDays('2024-01-12', 1, plain)).toBe('2024-01-15');
    expect(addBusinessDays('2024-01-12', 4, plain)).toBe('2024-01-18');
  });

  it('skip holidays', () => {
    expect(addBusinessDays('2024-01-12', 1, withMlk)).toBe('2024-01-16');
    expect(addBusinessDays('2024-01-10', 4, withMlk)).toBe('2024-01-17');
    expect(addBusinessDays('2024-01-10', 4, plain)).toBe('2024-01-16');
  });

  it('give a weekend start the same deadline as the Friday before it', () => {
    expect(addBusinessDays('2024-01-13', 4, plain)).toBe('2024-01-18');
    expect(addBusinessDays('2024-01-14', 4, plain)).toBe('2024-01-18');
  });

  it('ignore a holiday that falls on a weekend', () => {
    const weekendHoliday = businessCalendar({ holidays: ['2024-01-13'] });
    expect(addBusinessDays('2024-01-12', 1, weekendHoliday)).toBe('2024-01-15');
  });

  it('cross the year boundary', () => {
    // Friday 29 December 2023; New Year's Day (Monday) is a holiday.
    const newYear = businessCalendar({ holidays: ['2024-01-01'] });
    expect(addBusinessDays('2023-12-29', 1, newYear)).toBe('2024-01-02');
    expect(addBusinessDays('2023-12-29', 4, newYear)).toBe('2024-01-05');
    expect(addBusinessDays('2023-12-29', 4, plain)).toBe('2024-01-04');
    expect(
      addBusinessDays(
        '2024-12-31',
        1,
        businessCalendar({ holidays: ['2025-01-01'] }),
      ),
    ).toBe('2025-01-02');
  });

  it('reject n < 1', () => {
    expect(() => addBusinessDays('2024-01-08', 0, plain)).toThrow(RangeError);
  });
});

describe('calendar validation', () => {
  it('rejects an unknown zone and a malformed holiday', () => {
    expect(() => businessCalendar({ timezone: 'Mars/Olympus' })).toThrow(
      RangeError,
    );
    expect(() => businessCalendar({ holidays: ['2024-02-30'] })).toThrow(
      /holidays\[0\]/,
    );
  });

  it('defaults to America/New_York', () => {
    expect(plain.timeZone).toBe('America/New_York');
  });
});

describe('isTimely, within N business days', () => {
  it('is on time until the end of the Nth business day, local time', () => {
    const start = '2024-01-08T12:00:00-05:00'; // Monday
    expect(isTimely(start, '2024-01-12T23:59:59-05:00', fourDays, plain)).toBe(
      true,
    ); // Friday, 4th
    expect(isTimely(start, '2024-01-13T00:00:00-05:00', fourDays, plain)).toBe(
      false,
    ); // Saturday after
    expect(isTimely(start, '2024-01-15T09:00:00-05:00', fourDays, plain)).toBe(
      false,
    ); // Monday, 5th
  });

  it('counts anything before the start as on time', () => {
    expect(
      isTimely(
        '2024-01-08T12:00:00-05:00',
        '2023-06-01T12:00:00-04:00',
        fourDays,
        plain,
      ),
    ).toBe(true);
  });

  it('uses the practice-local date of both instants', () => {
    // 03:00 UTC Tuesday is 22:00 Monday in New York.
    const start = '2024-01-09T03:00:00Z';
    const monday15 = '2024-01-15T15:00:00Z';
    expect(localDate(start, plain)).toBe('2024-01-08');
    expect(isTimely(start, monday15, fourDays, plain)).toBe(false);
    expect(
      isTimely(
        start,
        monday15,
        fourDays,
        businessCalendar({ timezone: 'UTC' }),
      ),
    ).toBe(true);
  });

  it('starts an event on a Saturday from the following Monday', () => {
    const saturday = '2024-01-13T10:00:00-05:00';
    expect(
      isTimely(saturday, '2024-01-18T20:00:00-05:00', fourDays, plain),
    ).toBe(true);
    expect(
      isTimely(saturday, '2024-01-19T08:00:00-05:00', fourDays, plain),
    ).toBe(false);
  });
});

describe('isTimely, within H hours', () => {
  const fortyEight = { kind: 'hours', hours: 48 } as const;

  it('is wall-clock and inclusive, weekends included', () => {
    const friday = '2024-01-12T12:00:00-05:00';
    expect(
      isTimely(friday, '2024-01-14T12:00:00-05:00', fortyEight, plain),
    ).toBe(true);
    expect(
      isTimely(friday, '2024-01-14T12:00:01-05:00', fortyEight, plain),
    ).toBe(false);
  });

  it('ignores a daylight-saving change (2024-03-10 in New York)', () => {
    const saturday = '2024-03-09T12:00:00-05:00';
    expect(
      isTimely(saturday, '2024-03-11T13:00:00-04:00', fortyEight, plain),
    ).toBe(true);
    expect(
      isTimely(saturday, '2024-03-11T13:01:00-04:00', fortyEight, plain),
    ).toBe(false);
  });
});

describe('describeDeadline', () => {
  it('says what the rule is', () => {
    expect(describeDeadline(fourDays)).toBe(
      'within 4 business days (by the end of the 4th business day after the start date)',
    );
    expect(describeDeadline({ kind: 'business_days', days: 1 })).toContain(
      '1 business day (by the end of the 1st',
    );
    expect(describeDeadline({ kind: 'hours', hours: 48 })).toBe(
      'within 48 hours (wall-clock)',
    );
  });
});
