import { dayOfWeek } from '@carequeue/measures';
import { messageWeight, practiceHolidays, spread, visitWeight } from './practice-calendar';
import { DEFAULTS, FULL_SIZE, OptionsError, parseOptions } from './scale-options';
import { eventPlan, scalePlan } from './scale-plan';

describe('seed:scale options', () => {
  it('defaults to the full size in carequeue_scale on the local server', () => {
    const o = parseOptions([], {});
    expect(o).toMatchObject({ ...FULL_SIZE, ...DEFAULTS, force: false });
    expect(o.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/carequeue_scale');
    expect(parseOptions([], { DATABASE_URL: 'postgres://u@db:5433/x' }).databaseUrl).toBe('postgres://u@db:5433/x');
  });

  it('scales every size, keeps enough providers, and lets explicit sizes win', () => {
    expect(parseOptions(['--scale', '0.01'], {})).toMatchObject({ patients: 2000, providers: 3, visits: 10_000, events: 20_000, messages: 10_000 });
    expect(parseOptions(['--scale=0.5', '--visits', '123', '--force', '--seed', '9'], {})).toMatchObject({
      patients: 100_000,
      providers: 20,
      visits: 123,
      force: true,
      seed: 9,
    });
  });

  it.each([
    [['--visits', 'many'], /--visits needs a whole number/],
    [['--scale', '0'], /--scale needs a number/],
    [['--patients', '0'], /--patients must be at least 1/],
    [['--end', '2025-02-30'], /--end needs a date/],
    [['--days', '10'], /--days must be at least 30/],
    [['--fast'], /unknown option "--fast"/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseOptions(argv, {})).toThrow(OptionsError);
    expect(() => parseOptions(argv, {})).toThrow(message);
  });
});

describe('the practice calendar', () => {
  it('closes on observed holidays, weekdays only', () => {
    const days = practiceHolidays(2022, 2026);
    // Thanksgiving and the day after, Memorial and Labor Day; Christmas 2022 and New Year 2023 fall
    // on a Sunday (observed Monday), Independence Day 2026 on a Saturday (observed Friday).
    expect(days).toEqual(expect.arrayContaining(['2024-11-28', '2024-11-29', '2024-05-27', '2024-09-02', '2022-12-26', '2023-01-02', '2026-07-03']));
    expect(days).not.toContain('2026-07-04');
    expect(days.every((d) => dayOfWeek(d) >= 1 && dayOfWeek(d) <= 5)).toBe(true);
    expect(days).toHaveLength(35);
  });

  it('weighs Mondays over Fridays over Saturdays, and never Sundays or holidays', () => {
    const holidays = new Set(['2025-05-26']);
    const [monday, friday, saturday, sunday] = ['2025-06-02', '2025-06-06', '2025-06-07', '2025-06-08'].map((d) => visitWeight(d, holidays));
    expect(monday).toBeGreaterThan(friday);
    expect(friday).toBeGreaterThan(saturday);
    expect(saturday).toBeGreaterThan(0);
    expect(sunday).toBe(0);
    expect(visitWeight('2025-05-26', holidays)).toBe(0);
    expect(messageWeight('2025-06-08', holidays)).toBeGreaterThan(0);
  });

  it('spreads an exact total over days in order, in proportion to their weights', () => {
    const ranges = spread([1, 0, 2, 1], 10);
    expect(ranges).toEqual([
      { lo: 0, hi: 3 },
      { lo: 3, hi: 3 },
      { lo: 3, hi: 8 },
      { lo: 8, hi: 10 },
    ]);
  });
});

describe('the plan', () => {
  it('is the same for the same options, and gives one EP no visits', () => {
    const options = parseOptions(['--scale', '0.01'], {});
    expect(scalePlan(options)).toEqual(scalePlan(options));
    const plan = scalePlan(options);
    expect(plan.days[plan.days.length - 1]).toMatchObject({ day: '2025-06-30', visitHi: 10_000 });
    expect(new Set(plan.epSlots)).toEqual(new Set([1, 2]));
    expect(plan.eps[2].weight).toBe(0);
  });

  it('scales per-visit events down when the budget is small, leaving about 12% for portal activity', () => {
    const small = eventPlan({ patients: 100, providers: 3, visits: 1000, events: 1000, messages: 0 });
    const expected = 1000 * (small.grantRate + 0.93 * (small.summaryRate + small.educationRate)) + 100 * small.patientWideRate + small.reminders + small.copyRequests * 1.9;
    expect(small.grantRate).toBeLessThan(0.88);
    expect(expected).toBeGreaterThan(0.87 * 1000);
    expect(expected).toBeLessThan(0.89 * 1000);
    expect(eventPlan({ ...FULL_SIZE }).grantRate).toBe(0.88);
  });
});
