/**
 * The holidays a US family practice closes on, as observed dates (a Saturday holiday is observed on
 * the Friday before, a Sunday one on the Monday after), and the day-to-day volume of a clinic.
 */
import { addDays, dayOfWeek } from '@carequeue/measures';

const pad2 = (n: number) => String(n).padStart(2, '0');
const date = (year: number, month: number, day: number) => `${year}-${pad2(month)}-${pad2(day)}`;

/** The `nth` (1-based; -1 = last) given weekday (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): string {
  if (nth > 0) {
    const first = date(year, month, 1);
    return addDays(first, ((weekday - dayOfWeek(first) + 7) % 7) + (nth - 1) * 7);
  }
  const last = addDays(date(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1), -1);
  return addDays(last, -((dayOfWeek(last) - weekday + 7) % 7));
}

function observed(day: string): string {
  const weekday = dayOfWeek(day);
  return weekday === 6 ? addDays(day, -1) : weekday === 0 ? addDays(day, 1) : day;
}

/** New Year, Memorial Day, Independence Day, Labor Day, Thanksgiving and the day after, Christmas. */
export function practiceHolidays(fromYear: number, toYear: number): string[] {
  const days: string[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const thanksgiving = nthWeekday(year, 11, 4, 4);
    days.push(
      observed(date(year, 1, 1)),
      nthWeekday(year, 5, 1, -1),
      observed(date(year, 7, 4)),
      nthWeekday(year, 9, 1, 1),
      thanksgiving,
      addDays(thanksgiving, 1),
      observed(date(year, 12, 25)),
    );
  }
  return [...new Set(days)].sort();
}

/**
 * Relative clinic volume of a day: Mondays busiest, Fridays lighter, a small Saturday clinic, closed
 * on Sundays and holidays, and a winter peak (respiratory season) of about ±12%.
 */
export function visitWeight(day: string, holidays: ReadonlySet<string>): number {
  if (holidays.has(day)) return 0;
  const byWeekday = [0, 1.15, 1, 1, 1, 0.85, 0.12][dayOfWeek(day)];
  return byWeekday * seasonal(day);
}

/** Portal messages arrive every day, fewer at weekends and on holidays. */
export function messageWeight(day: string, holidays: ReadonlySet<string>): number {
  const weekday = dayOfWeek(day);
  const base = holidays.has(day) ? 0.4 : weekday === 0 ? 0.3 : weekday === 6 ? 0.4 : weekday === 1 ? 1.2 : 1;
  return base * seasonal(day);
}

function seasonal(day: string): number {
  const start = `${day.slice(0, 4)}-01-01`;
  const dayOfYear = Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000);
  return 1 + 0.12 * Math.cos((2 * Math.PI * (dayOfYear - 15)) / 365);
}

/**
 * Splits `total` items over days in proportion to their weights: day i gets [lo, hi), so items are
 * numbered in date order and every count is exact.
 */
export function spread(weights: readonly number[], total: number): { lo: number; hi: number }[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) throw new RangeError('every day has weight 0');
  let running = 0;
  return weights.map((w) => {
    const lo = Math.round((running / sum) * total);
    running += w;
    return { lo, hi: Math.round((running / sum) * total) };
  });
}
