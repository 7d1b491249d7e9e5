/**
 * The Operations report's period: practice-local calendar dates, both inclusive, at most
 * MAX_OPERATIONS_PERIOD_DAYS long. Shared by the API (validation) and the dashboard (the picker).
 */
import { addDays, isIsoDate } from '../calendar-dates';
import type { IsoDate } from '../dataset';

/** A year, leap years included: enough to compare seasons, small enough to answer quickly. */
export const MAX_OPERATIONS_PERIOD_DAYS = 366;

export interface OperationsPeriod {
  from: IsoDate;
  to: IsoDate;
}

export interface PeriodProblem {
  field: 'from' | 'to';
  message: string;
}

const DAY_MS = 86_400_000;

/** Days from `from` to `to`, both counted (the same date is 1); 0 when `to` is before `from`. */
export function periodLength(from: IsoDate, to: IsoDate): number {
  if (!isIsoDate(from) || !isIsoDate(to)) throw new RangeError(`not calendar dates: ${from}, ${to}`);
  return Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1);
}

/** Every date of the period in order. */
export function periodDates(from: IsoDate, to: IsoDate): IsoDate[] {
  return Array.from({ length: periodLength(from, to) }, (_, i) => addDays(from, i));
}

/** The last `days` days up to and including `today` (a practice-local date). */
export function lastDays(days: number, today: IsoDate): OperationsPeriod {
  if (!Number.isInteger(days) || days < 1 || days > MAX_OPERATIONS_PERIOD_DAYS) {
    throw new RangeError(`days must be a whole number from 1 to ${MAX_OPERATIONS_PERIOD_DAYS}, got ${days}`);
  }
  return { from: addDays(today, -(days - 1)), to: today };
}

/** What is wrong with a period, per field; empty when it is usable. */
export function periodProblems(from: unknown, to: unknown): PeriodProblem[] {
  const problems: PeriodProblem[] = [];
  if (!isIsoDate(from)) problems.push({ field: 'from', message: 'from must be a calendar date YYYY-MM-DD' });
  if (!isIsoDate(to)) problems.push({ field: 'to', message: 'to must be a calendar date YYYY-MM-DD' });
  if (problems.length || !isIsoDate(from) || !isIsoDate(to)) return problems;
  if (to < from) return [{ field: 'to', message: 'to must not be before from' }];
  if (periodLength(from, to) > MAX_OPERATIONS_PERIOD_DAYS) {
    return [{ field: 'to', message: `the period from..to must be at most ${MAX_OPERATIONS_PERIOD_DAYS} days` }];
  }
  return [];
}
