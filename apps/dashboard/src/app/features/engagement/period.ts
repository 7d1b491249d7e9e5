/**
 * Reporting periods for the Engagement page: the quick picks, and what the API accepts.
 * Dates are `YYYY-MM-DD`, both ends inclusive; "today" is the browser's local date.
 */
import { MAX_TREND_WEEKS, addDays, addMonths, isIsoDate, trendWeekCount } from '@carequeue/measures';

export interface Period {
  from: string;
  to: string;
}

export type QuickPick = 'last-90-days' | 'this-year' | 'previous-quarter';

export const QUICK_PICKS: readonly { id: QuickPick; label: string }[] = [
  { id: 'last-90-days', label: 'Last 90 days' },
  { id: 'this-year', label: 'This calendar year' },
  { id: 'previous-quarter', label: 'Previous quarter' },
];

/** The API's longest period (measures and drill-down). */
export const MAX_PERIOD_MONTHS = 24;

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date of an instant (the browser's time zone). */
export function localDate(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * - last 90 days: the 90 days ending today (the shortest Meaningful Use reporting period);
 * - this calendar year: 1 January to today (the rest of the year has not happened yet);
 * - previous quarter: the whole calendar quarter before the one today is in.
 */
export function quickPickPeriod(pick: QuickPick, today: string): Period {
  const year = Number(today.slice(0, 4));
  switch (pick) {
    case 'last-90-days':
      return { from: addDays(today, -89), to: today };
    case 'this-year':
      return { from: `${year}-01-01`, to: today };
    case 'previous-quarter': {
      const quarterStart = `${year}-${pad(Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1)}-01`;
      const from = addMonths(quarterStart, -3);
      return { from, to: addDays(quarterStart, -1) };
    }
  }
}

/** The quick pick that gives exactly this period today, if any (its button shows as pressed). */
export function matchingQuickPick(period: Period, today: string): QuickPick | null {
  const match = QUICK_PICKS.find(({ id }) => {
    const p = quickPickPeriod(id, today);
    return p.from === period.from && p.to === period.to;
  });
  return match?.id ?? null;
}

/** Why the API would refuse this period, in words for the form; null when it is fine. */
export function periodProblem(period: Period): string | null {
  if (!isIsoDate(period.from)) return 'Enter the first day of the period.';
  if (!isIsoDate(period.to)) return 'Enter the last day of the period.';
  if (period.to < period.from) return 'The last day is before the first day.';
  if (period.to >= addMonths(period.from, MAX_PERIOD_MONTHS)) return 'A period can be at most two years long.';
  return null;
}

/** The weekly trend is computed for periods up to 53 weeks (a calendar year fits). */
export function trendFits(period: Period): boolean {
  return periodProblem(period) === null && trendWeekCount(period.from, period.to) <= MAX_TREND_WEEKS;
}
