/**
 * Business days and the two timeliness rules of the measures.
 *
 * A business day is a practice-local calendar date that is Monday to Friday and not one of the
 * practice's holidays. Holidays are listed explicitly as local dates; an "observed" holiday (the
 * Friday before a Saturday 4 July) must be listed as that Friday. A holiday on a weekend changes
 * nothing.
 *
 * "Within N business days of T" means: no later than the END of the Nth business day AFTER the
 * local date of T. T's own date never counts, whatever the hour, and whether or not it is a business
 * day. Consequences, all deliberate:
 * - T on Monday, N = 4: the deadline is the end of Friday; the following Monday (5th) is late.
 * - T on Friday evening or on Saturday or Sunday: the 1st business day is Monday, so N = 4 ends
 *   on Thursday. A weekend T gets no extra day for being on a weekend.
 * - The comparison is between local dates only: anything whose local date is on or before the
 *   deadline date is timely, including events BEFORE T (access granted before the information was
 *   available is timely: the patient could see it the moment it existed). A Saturday after a
 *   Friday deadline is late even though no business day has passed in between.
 *
 * SQL mirror: with a calendar of business days numbered 1, 2, 3… in date order, let k(D) be the
 * number of business days on or before D; the deadline is the business day numbered k(D) + N.
 *
 * "Within H hours" (Stage 3's 48 hours) is wall-clock time between two instants, inclusive:
 * `at <= T + H hours`, ignoring business days and time zones (a DST change makes no difference).
 */
import type { IsoDate, IsoInstant } from './dataset';
import {
  addDays,
  assertIsoDate,
  assertTimeZone,
  dayOfWeek,
  localDateOf,
  parseInstant,
} from './calendar-dates';

export const DEFAULT_TIMEZONE = 'America/New_York';

/** How far a deadline reaches from the moment it starts. */
export type BusinessDaysDeadline = { kind: 'business_days'; days: number };
export type Deadline = BusinessDaysDeadline | { kind: 'hours'; hours: number };

/** A moment with its practice-local date, computed once so deadlines compare cheaply. */
export interface Stamp {
  ms: number;
  day: IsoDate;
}

export interface BusinessCalendar {
  readonly timeZone: string;
  readonly holidays: ReadonlySet<IsoDate>;
}

export interface BusinessCalendarOptions {
  /** IANA zone of the practice; defaults to America/New_York. */
  timezone?: string;
  /** Practice holidays as local dates `YYYY-MM-DD`. */
  holidays?: readonly IsoDate[];
}

/** Validates the zone and holidays once, so the functions below can trust them. */
export function businessCalendar(
  options: BusinessCalendarOptions = {},
): BusinessCalendar {
  const timeZone = options.timezone ?? DEFAULT_TIMEZONE;
  assertTimeZone(timeZone);
  const holidays = options.holidays ?? [];
  holidays.forEach((day, i) => assertIsoDate(day, `holidays[${i}]`));
  return { timeZone, holidays: new Set(holidays) };
}

export function isWeekend(date: IsoDate): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

export function isBusinessDay(
  date: IsoDate,
  calendar: BusinessCalendar,
): boolean {
  return !isWeekend(date) && !calendar.holidays.has(date);
}

/** The Nth business day strictly after `date` (n >= 1); `date` itself never counts. */
export function addBusinessDays(
  date: IsoDate,
  n: number,
  calendar: BusinessCalendar,
): IsoDate {
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`n must be a positive integer, got ${n}`);
  let current = date;
  let counted = 0;
  // Terminates: holidays are a finite list, so business days keep coming.
  while (counted < n) {
    current = addDays(current, 1);
    if (isBusinessDay(current, calendar)) counted += 1;
  }
  return current;
}

/** Number of business days d with start < d <= end (0 when end <= start). For display and tests. */
export function businessDaysAfter(
  start: IsoDate,
  end: IsoDate,
  calendar: BusinessCalendar,
): number {
  let count = 0;
  for (let d = addDays(start, 1); d <= end; d = addDays(d, 1)) {
    if (isBusinessDay(d, calendar)) count += 1;
  }
  return count;
}

/** The practice-local date of an instant. */
export function localDate(
  instant: IsoInstant,
  calendar: BusinessCalendar,
): IsoDate {
  return localDateOf(parseInstant(instant), calendar.timeZone);
}

/** The last local date on which something is still on time for a start date (see file comment). */
export function businessDayDeadline(
  startDate: IsoDate,
  days: number,
  calendar: BusinessCalendar,
): IsoDate {
  return addBusinessDays(startDate, days, calendar);
}

/**
 * True when the local date `doneDate` is within `days` business days of the local date `startDate`.
 * Works on local dates so that callers can cache them; see the file comment for the rule.
 */
export function isWithinBusinessDays(
  startDate: IsoDate,
  doneDate: IsoDate,
  days: number,
  calendar: BusinessCalendar,
): boolean {
  return doneDate <= businessDayDeadline(startDate, days, calendar);
}

/** True when `doneMs` is at most `hours` wall-clock hours after `startMs` (earlier is on time too). */
export function isWithinHours(
  startMs: number,
  doneMs: number,
  hours: number,
): boolean {
  return doneMs <= startMs + hours * 3_600_000;
}

/**
 * The one timeliness test used by every measure: was something done at `done` on time for a
 * clock that started at `start`? Both are instants; business-day deadlines use their local dates.
 */
export function isTimely(
  start: IsoInstant,
  done: IsoInstant,
  deadline: Deadline,
  calendar: BusinessCalendar,
): boolean {
  return isStampTimely(
    stampOf(start, calendar),
    stampOf(done, calendar),
    deadline,
    calendar,
  );
}

/** `isTimely` on pre-parsed stamps; the reference engine uses this with cached local dates. */
export function isStampTimely(
  start: Stamp,
  done: Stamp,
  deadline: Deadline,
  calendar: BusinessCalendar,
): boolean {
  if (deadline.kind === 'hours')
    return isWithinHours(start.ms, done.ms, deadline.hours);
  return isWithinBusinessDays(start.day, done.day, deadline.days, calendar);
}

export function stampOf(
  instant: IsoInstant,
  calendar: BusinessCalendar,
  what?: string,
): Stamp {
  const ms = parseInstant(instant, what);
  return { ms, day: localDateOf(ms, calendar.timeZone) };
}

/** Plain-English rendering of a deadline, for the catalogue and the UI. */
export function describeDeadline(deadline: Deadline): string {
  if (deadline.kind === 'hours')
    return `within ${deadline.hours} hours (wall-clock)`;
  const plural = deadline.days === 1 ? '' : 's';
  return `within ${deadline.days} business day${plural} (by the end of the ${ordinal(deadline.days)} business day after the start date)`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
