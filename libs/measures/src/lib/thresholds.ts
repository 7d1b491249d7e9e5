/**
 * Thresholds as data, per program year, and the single pass/fail rule.
 */

/**
 * - `percent`: passes when numerator / denominator is STRICTLY greater than `value` percent.
 * - `at_least_one`: passes when at least one patient is in the numerator.
 * - `capability`: passes when the function is enabled; CareQueue is that function, so it passes
 *   whenever the EP is not excluded.
 */
export type Threshold =
  | { kind: 'percent'; value: number }
  | { kind: 'at_least_one' }
  | { kind: 'capability' };

/** A threshold that applies to an inclusive range of program years (open ends allowed). */
export interface ThresholdRule {
  fromYear?: number;
  toYear?: number;
  threshold: Threshold;
  /** The rule that set it, so an administrator can see where the bar comes from. */
  source: string;
}

export interface ThresholdSchedule {
  /** Used when no program year is given, or when no rule below covers the year. */
  default: Threshold;
  defaultSource: string;
  /** Checked in order; the first rule whose range contains the year wins. */
  byProgramYear: readonly ThresholdRule[];
}

export const percent = (value: number): Threshold => ({
  kind: 'percent',
  value,
});
export const AT_LEAST_ONE: Threshold = { kind: 'at_least_one' };
export const CAPABILITY: Threshold = { kind: 'capability' };

/** The threshold a schedule sets for a program year (the default without one). */
export function thresholdInSchedule(
  schedule: ThresholdSchedule,
  programYear?: number,
): Threshold {
  if (programYear === undefined) return schedule.default;
  const rule = schedule.byProgramYear.find(
    (r) =>
      (r.fromYear === undefined || r.fromYear <= programYear) &&
      (r.toYear === undefined || programYear <= r.toYear),
  );
  return rule ? rule.threshold : schedule.default;
}

/**
 * The pass/fail rule. Integer cross-multiplication, not a floating-point percentage, so that exactly
 * 50% never passes a > 50% bar because of rounding: numerator * 100 > value * denominator.
 * An excluded EP never passes; a zero denominator never passes a percent bar.
 */
export function isMet(
  threshold: Threshold,
  numerator: number,
  denominator: number,
  excluded: boolean,
): boolean {
  if (excluded) return false;
  switch (threshold.kind) {
    case 'capability':
      return true;
    case 'at_least_one':
      return numerator >= 1;
    case 'percent':
      return denominator > 0 && numerator * 100 > threshold.value * denominator;
  }
}

/** 0..100 as an unrounded double, or null when there is no denominator. */
export function percentOf(
  numerator: number,
  denominator: number,
): number | null {
  return denominator === 0 ? null : (100 * numerator) / denominator;
}

export function describeThreshold(threshold: Threshold): string {
  switch (threshold.kind) {
    case 'percent':
      return `> ${threshold.value}%`;
    case 'at_least_one':
      return 'at least one patient';
    case 'capability':
      return 'capability enabled';
  }
}
