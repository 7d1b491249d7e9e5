/**
 * How the Engagement page words its figures: short measure names for cards and table columns,
 * percentages, thresholds, pass/fail/excluded, and dates. Pure functions, no Angular.
 */
import { describeThreshold, measureById, type MeasureId, type MeasureResult, type Threshold } from '@carequeue/measures';

/** Short names for cards and table headers; the catalogue's titles are the long form. */
export const SHORT_TITLES: Record<MeasureId, string> = {
  's1-electronic-copy': 'Electronic copy',
  's1-clinical-summaries': 'Clinical summaries',
  's1-timely-access': 'Timely access',
  's1-reminders': 'Reminders',
  's1-education': 'Education',
  's2-online-access': 'Online access',
  's2-vdt': 'View, download, transmit',
  's2-secure-messaging': 'Secure messaging',
  's2-clinical-summaries': 'Clinical summaries',
  's2-reminders': 'Reminders',
  's2-education': 'Education',
  's2m-vdt': 'View, download, transmit (modified)',
  's2m-secure-messaging': 'Secure messaging (modified)',
  's3-online-access': 'Online access',
  's3-education': 'Education',
  's3-vdt': 'View, download, transmit',
  's3-secure-messaging': 'Secure messaging',
};

export type Verdict = 'pass' | 'fail' | 'excluded';

export const VERDICT_LABELS: Record<Verdict, string> = { pass: 'Pass', fail: 'Fail', excluded: 'Excluded' };

export function verdictOf(figure: Pick<MeasureResult, 'met' | 'excluded'>): Verdict {
  if (figure.excluded) return 'excluded';
  return figure.met ? 'pass' : 'fail';
}

/** "62.5%", "50%", or "—" when there is nobody to count. */
export function percentText(percent: number | null): string {
  if (percent === null) return '—';
  const rounded = Math.round(percent * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)}%`;
}

/** "> 50%", "at least one patient", "capability enabled". */
export function thresholdText(threshold: Threshold): string {
  return describeThreshold(threshold);
}

/** Where to draw the threshold on a 0–100% scale, or null when the bar is not a percentage. */
export function thresholdPercent(threshold: Threshold): number | null {
  return threshold.kind === 'percent' ? threshold.value : null;
}

/** "150 of 208 patients" or "1 of 3 visits": what the numerator and denominator count. */
export function fractionText(figure: Pick<MeasureResult, 'id' | 'numerator' | 'denominator'>): string {
  const unit = measureById(figure.id).unit;
  const noun = unit === 'visits' ? (figure.denominator === 1 ? 'visit' : 'visits') : figure.denominator === 1 ? 'patient' : 'patients';
  return `${figure.numerator.toLocaleString('en-US')} of ${figure.denominator.toLocaleString('en-US')} ${noun}`;
}

/** One sentence under a figure that is not a plain pass or fail. */
export function figureNote(figure: Pick<MeasureResult, 'excluded' | 'denominator'>, scope: 'practice' | 'provider'): string | null {
  if (figure.excluded) {
    return scope === 'provider'
      ? 'Excluded: this provider had no office visits in the period, so the measure does not apply to them (not 0%).'
      : 'Excluded: no provider had office visits in the period, so the measure does not apply (not 0%).';
  }
  if (figure.denominator === 0) return 'Nobody in the denominator in this period, so there is nothing to count.';
  return null;
}

/** The gap: patients (or visits) in the denominator that are not in the numerator. */
export function gapCount(figure: Pick<MeasureResult, 'numerator' | 'denominator'>): number {
  return Math.max(0, figure.denominator - figure.numerator);
}

const dayMonth = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** "Mar 9": a trend point's label. */
export function shortDate(date: string): string {
  return dayMonth.format(utc(date));
}

/** "Jan 1 – Mar 31, 2026", or with both years when the period crosses one. */
export function periodText(from: string, to: string): string {
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return `${sameYear ? dayMonth.format(utc(from)) : dayMonthYear.format(utc(from))} – ${dayMonthYear.format(utc(to))}`;
}
