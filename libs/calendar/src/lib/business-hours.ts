import { isoDate, localParts, nextDate, zonedInstant } from './zoned-time';

/** Opening hours as "HH:MM" local times; a missing day is closed. */
export type OpeningHours = Partial<Record<0 | 1 | 2 | 3 | 4 | 5 | 6, { open: string; close: string }>>;

export interface PracticeCalendar {
  timeZone: string;
  hours: OpeningHours;
  /** Local dates (YYYY-MM-DD) when the practice is closed all day. */
  holidays: readonly string[];
}

export const DEFAULT_OPENING_HOURS: OpeningHours = {
  1: { open: '08:00', close: '17:00' },
  2: { open: '08:00', close: '17:00' },
  3: { open: '08:00', close: '17:00' },
  4: { open: '08:00', close: '17:00' },
  5: { open: '08:00', close: '17:00' },
};

/** "HH:MM" to minutes after midnight; "24:00" (end of day) is allowed, so a day can be open throughout. */
const toMinutes = (hhmm: string): number => {
  if (hhmm === '24:00') return 24 * 60;
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!match) throw new Error(`not a HH:MM time: ${hhmm}`);
  return Number(match[1]) * 60 + Number(match[2]);
};

/** Field-named problems with a calendar, for a 400 before it is saved. */
export function validateCalendar(calendar: PracticeCalendar): { field: string; message: string }[] {
  const errors: { field: string; message: string }[] = [];
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: calendar.timeZone });
  } catch {
    errors.push({ field: 'timeZone', message: `unknown time zone: ${calendar.timeZone}` });
  }
  for (const [day, span] of Object.entries(calendar.hours)) {
    if (!span) continue;
    try {
      if (toMinutes(span.open) >= toMinutes(span.close)) errors.push({ field: `hours.${day}`, message: 'must open before it closes' });
    } catch (error) {
      errors.push({ field: `hours.${day}`, message: (error as Error).message });
    }
  }
  for (const holiday of calendar.holidays) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(holiday)) errors.push({ field: 'holidays', message: `not a YYYY-MM-DD date: ${holiday}` });
  }
  return errors;
}

interface OpenSpan {
  start: number; // epoch ms
  end: number;
}

/** Open periods from the local day of `from` onwards, in order. Gives up after two years without one. */
function* openSpans(from: Date, calendar: PracticeCalendar): Generator<OpenSpan> {
  const holidays = new Set(calendar.holidays);
  const p = localParts(from, calendar.timeZone);
  let day = { year: p.year, month: p.month, day: p.day, weekday: p.weekday };
  for (let i = 0; i < 731; i++) {
    const span = calendar.hours[day.weekday as 0];
    if (span && !holidays.has(isoDate(day.year, day.month, day.day))) {
      const open = toMinutes(span.open);
      const close = toMinutes(span.close);
      const next = nextDate(day.year, day.month, day.day);
      yield {
        start: zonedInstant(day.year, day.month, day.day, Math.floor(open / 60), open % 60, calendar.timeZone).getTime(),
        end:
          close === 24 * 60
            ? zonedInstant(next.year, next.month, next.day, 0, 0, calendar.timeZone).getTime()
            : zonedInstant(day.year, day.month, day.day, Math.floor(close / 60), close % 60, calendar.timeZone).getTime(),
      };
      i = 0;
    }
    day = nextDate(day.year, day.month, day.day);
  }
  throw new Error('the calendar has no opening hours');
}

/**
 * The instant `minutes` of opening time after `from`. Time outside opening hours does not
 * count, so a message sent on Friday evening starts its clock on Monday morning.
 */
export function addBusinessMinutes(from: Date, minutes: number, calendar: PracticeCalendar): Date {
  let remaining = minutes * 60_000;
  const start = from.getTime();
  for (const span of openSpans(from, calendar)) {
    if (span.end <= start) continue;
    const begin = Math.max(span.start, start);
    const available = span.end - begin;
    if (remaining <= available) return new Date(begin + remaining);
    remaining -= available;
  }
  throw new Error('unreachable');
}

/** Minutes of opening time in a full business day of this calendar (the longest day), for "N business days". */
export function businessDayMinutes(calendar: PracticeCalendar): number {
  return Math.max(...Object.values(calendar.hours).map((s) => (s ? toMinutes(s.close) - toMinutes(s.open) : 0)), 0);
}

/** Whether the practice is open at this instant. */
export function isOpen(at: Date, calendar: PracticeCalendar): boolean {
  const p = localParts(at, calendar.timeZone);
  const span = calendar.hours[p.weekday as 0];
  if (!span || calendar.holidays.includes(isoDate(p.year, p.month, p.day))) return false;
  const now = p.hour * 60 + p.minute;
  return now >= toMinutes(span.open) && now < toMinutes(span.close);
}
