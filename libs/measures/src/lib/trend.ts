/**
 * Weekly points of the engagement trend: each point is the measure computed over the period from
 * its first day to the point's week end ("where we stand after week N"), so the last point is the
 * whole period. Pure date arithmetic, shared by the API (which computes the points) and its tests.
 */
import { addDays, isIsoDate } from './calendar-dates';
import type { IsoDate } from './dataset';

/** A year and a day: a calendar year (leap or not) always fits. */
export const MAX_TREND_WEEKS = 53;

/** Week ends of a period: `from + 6`, `from + 13`, …, with the last one moved to `to` (a short last week). */
export function trendWeekEnds(from: IsoDate, to: IsoDate): IsoDate[] {
  if (!isIsoDate(from) || !isIsoDate(to)) throw new RangeError(`not calendar dates: ${from}, ${to}`);
  if (to < from) throw new RangeError(`to (${to}) is before from (${from})`);
  const ends: IsoDate[] = [];
  for (let end = addDays(from, 6); end < to; end = addDays(end, 7)) ends.push(end);
  ends.push(to);
  return ends;
}

/** How many weekly points a period has (a started week counts). */
export function trendWeekCount(from: IsoDate, to: IsoDate): number {
  return trendWeekEnds(from, to).length;
}
