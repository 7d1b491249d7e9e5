import { addBusinessMinutes, DEFAULT_OPENING_HOURS, isOpen, validateCalendar, type PracticeCalendar } from './business-hours';
import { dueAt } from './sla';
import { ageInYears, localParts, zonedInstant } from './zoned-time';

const NY = 'America/New_York';
const calendar: PracticeCalendar = { timeZone: NY, hours: DEFAULT_OPENING_HOURS, holidays: ['2026-11-26'] }; // Thanksgiving
const ny = (y: number, m: number, d: number, h: number, min = 0) => zonedInstant(y, m, d, h, min, NY);

describe('zoned time', () => {
  it('turns local New York times into instants, across both offsets', () => {
    expect(ny(2026, 11, 23, 10).toISOString()).toBe('2026-11-23T15:00:00.000Z'); // EST, UTC-5
    expect(ny(2026, 7, 1, 10).toISOString()).toBe('2026-07-01T14:00:00.000Z'); // EDT, UTC-4
    expect(localParts(new Date('2026-11-23T15:00:00Z'), NY)).toEqual({ year: 2026, month: 11, day: 23, hour: 10, minute: 0, weekday: 1 });
  });
});

describe('ageInYears', () => {
  it('counts a birthday only once it has come in the practice time zone', () => {
    // 02:00 UTC on 24 Nov is still 23 Nov in New York.
    expect(ageInYears('1961-11-24', new Date('2026-11-24T02:00:00Z'), NY)).toBe(64);
    expect(ageInYears('1961-11-24', new Date('2026-11-24T06:00:00Z'), NY)).toBe(65);
    expect(ageInYears('2021-02-28', new Date('2026-02-27T18:00:00Z'), NY)).toBe(4);
  });
});

describe('SLA due times in business hours', () => {
  it('routine: 3 business days, skipping a holiday', () => {
    // Mon 10:00 + 27 opening hours: Mon 7 h, Tue 9 h, Wed 9 h, Thu closed (Thanksgiving), Fri 2 h.
    expect(dueAt('routine', ny(2026, 11, 23, 10), calendar)).toEqual(ny(2026, 11, 27, 10));
  });

  it('high: 1 business day, across a weekend', () => {
    // Fri 16:00: 1 h on Friday, 8 h on Monday.
    expect(dueAt('high', ny(2026, 11, 20, 16), calendar)).toEqual(ny(2026, 11, 23, 16));
  });

  it('starts the clock at opening time for a message sent while closed', () => {
    expect(dueAt('high', ny(2026, 11, 21, 12), calendar)).toEqual(ny(2026, 11, 23, 17)); // Saturday noon
    expect(dueAt('high', ny(2026, 11, 24, 6, 30), calendar)).toEqual(ny(2026, 11, 24, 17)); // before opening
    expect(dueAt('high', ny(2026, 11, 24, 19), calendar)).toEqual(ny(2026, 11, 25, 17)); // after closing
  });

  it('urgent: one hour by the clock, even at night on a weekend', () => {
    const saturdayNight = ny(2026, 11, 21, 22, 30);
    expect(dueAt('urgent', saturdayNight, calendar).getTime() - saturdayNight.getTime()).toBe(3_600_000);
  });

  it('counts opening hours correctly across the spring DST change', () => {
    // Fri 6 Mar 2026 16:00 EST; clocks go forward on Sunday 8 Mar; due Mon 16:00 EDT.
    const due = dueAt('high', ny(2026, 3, 6, 16), calendar);
    expect(due.toISOString()).toBe('2026-03-09T20:00:00.000Z');
  });

  it('adds business minutes within one day exactly', () => {
    expect(addBusinessMinutes(ny(2026, 11, 24, 9), 90, calendar)).toEqual(ny(2026, 11, 24, 10, 30));
    expect(addBusinessMinutes(ny(2026, 11, 24, 16, 30), 60, calendar)).toEqual(ny(2026, 11, 25, 8, 30));
  });

  it('knows when the practice is open', () => {
    expect(isOpen(ny(2026, 11, 24, 9), calendar)).toBe(true);
    expect(isOpen(ny(2026, 11, 24, 17), calendar)).toBe(false);
    expect(isOpen(ny(2026, 11, 26, 10), calendar)).toBe(false); // holiday
    expect(isOpen(ny(2026, 11, 22, 10), calendar)).toBe(false); // Sunday
  });

  it('reports calendar mistakes by field', () => {
    expect(validateCalendar({ timeZone: 'Mars/Olympus', hours: { 1: { open: '17:00', close: '08:00' }, 2: { open: '8am', close: '17:00' } }, holidays: ['26/11/2026'] })).toEqual([
      { field: 'timeZone', message: 'unknown time zone: Mars/Olympus' },
      { field: 'hours.1', message: 'must open before it closes' },
      { field: 'hours.2', message: 'not a HH:MM time: 8am' },
      { field: 'holidays', message: 'not a YYYY-MM-DD date: 26/11/2026' },
    ]);
    expect(validateCalendar(calendar)).toEqual([]);
  });

  it('counts a round-the-clock calendar (00:00–24:00 every day) like the wall clock', () => {
    const always = { 0: { open: '00:00', close: '24:00' }, 1: { open: '00:00', close: '24:00' }, 2: { open: '00:00', close: '24:00' }, 3: { open: '00:00', close: '24:00' }, 4: { open: '00:00', close: '24:00' }, 5: { open: '00:00', close: '24:00' }, 6: { open: '00:00', close: '24:00' } } as const;
    const open247: PracticeCalendar = { timeZone: NY, hours: always, holidays: [] };
    const saturdayNight = ny(2026, 11, 21, 23, 50);
    expect(addBusinessMinutes(saturdayNight, 30, open247).getTime() - saturdayNight.getTime()).toBe(30 * 60_000);
    expect(validateCalendar(open247)).toEqual([]);
  });

  it('refuses a calendar with no opening hours instead of looping', () => {
    expect(() => dueAt('high', ny(2026, 11, 24, 9), { timeZone: NY, hours: {}, holidays: [] })).toThrow(/no opening hours/);
  });
});
