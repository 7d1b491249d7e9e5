/**
 * Calendar arithmetic on `YYYY-MM-DD` strings and parsing of ISO instants, with no date library.
 *
 * Dates are handled as UTC midnights internally only because UTC has no daylight-saving jumps:
 * adding one day to a UTC midnight always lands on the next calendar date. No time zone is implied.
 */
import type { IsoDate, IsoInstant } from './dataset';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// An offset (or Z) is mandatory: a bare local time would be read in the machine's zone.
const ISO_INSTANT =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function parts(date: IsoDate): DateParts | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [
    Number(match[1]),
    Number(match[2]),
    Number(match[3]),
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return null;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][
    month - 1
  ];
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function fromParts({ year, month, day }: DateParts): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** True for a real calendar date in `YYYY-MM-DD` form (2023-02-29 is false). */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parts(value) !== null;
}

export function assertIsoDate(
  value: unknown,
  what: string,
): asserts value is IsoDate {
  if (!isIsoDate(value)) {
    throw new RangeError(
      `${what} must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`,
    );
  }
}

function toUtcMs(date: IsoDate): number {
  const p = parts(date);
  if (!p)
    throw new RangeError(
      `Not a calendar date YYYY-MM-DD: ${JSON.stringify(date)}`,
    );
  // setUTCFullYear, unlike Date.UTC, does not map years 0..99 to 1900..1999.
  const d = new Date(0);
  d.setUTCFullYear(p.year, p.month - 1, p.day);
  return d.getTime();
}

function fromUtcMs(ms: number): IsoDate {
  const d = new Date(ms);
  return fromParts({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  });
}

/** The date `days` calendar days after `date` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/**
 * The same day of the month `months` months later (negative goes back), clamped to the month's last
 * day: 2016-02-29 minus 24 months is 2014-02-28. This is what PostgreSQL's
 * `date - interval 'N months'` does, so the SQL can use it directly.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const p = parts(date);
  if (!p)
    throw new RangeError(
      `Not a calendar date YYYY-MM-DD: ${JSON.stringify(date)}`,
    );
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return fromParts({
    year,
    month,
    day: Math.min(p.day, daysInMonth(year, month)),
  });
}

/** 0 = Sunday … 6 = Saturday, like `Date.prototype.getDay`. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

/**
 * Age in completed years on `on`: the birthday must have been reached (a 29 February birthday is
 * reached on 1 March in common years). Matches PostgreSQL `extract(year from age(on, birth))`.
 */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const b = parts(birthDate);
  const o = parts(on);
  if (!b || !o) throw new RangeError(`Not calendar dates: ${birthDate}, ${on}`);
  const beforeBirthday =
    o.month < b.month || (o.month === b.month && o.day < b.day);
  return o.year - b.year - (beforeBirthday ? 1 : 0);
}

/** Milliseconds since the epoch; throws on anything but an ISO instant with an offset. */
export function parseInstant(value: IsoInstant, what = 'instant'): number {
  const ms =
    typeof value === 'string' && ISO_INSTANT.test(value)
      ? Date.parse(value)
      : NaN;
  if (Number.isNaN(ms)) {
    throw new RangeError(
      `${what} must be an ISO 8601 instant with an offset or Z, got ${JSON.stringify(value)}`,
    );
  }
  return ms;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown IANA zone, which is what we want.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws RangeError unless `timeZone` is an IANA zone this runtime knows. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** The practice-local calendar date of an instant (epoch ms) in an IANA time zone. */
export function localDateOf(epochMs: number, timeZone: string): IsoDate {
  const found: { year?: number; month?: number; day?: number } = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type === 'year' || part.type === 'month' || part.type === 'day') {
      found[part.type] = Number(part.value);
    }
  }
  const { year, month, day } = found;
  if (year === undefined || month === undefined || day === undefined) {
    throw new RangeError(`Cannot resolve a local date in ${timeZone}`);
  }
  return fromParts({ year, month, day });
}
