/**
 * Text and helpers shared by the per-stage catalogue files: the recurring definitions, the rules
 * that set the thresholds, and the two access deadlines.
 */
import type { Deadline } from './business-days';
import { describeDeadline } from './business-days';
import type { Threshold, ThresholdSchedule } from './thresholds';

export const SEEN =
  'Unique patients seen: distinct patients with at least one office visit with the EP in the period';
export const SEEN_ATTRIBUTION =
  'Patient-level events (no EP on the record) count for every EP whose denominator holds the patient.';
export const EDUCATION_ATTRIBUTION =
  'The education record names the EP; it counts only for that EP, and only if the EP saw the patient in the period.';

export const FOUR_BUSINESS_DAYS: Deadline = { kind: 'business_days', days: 4 };
export const FORTY_EIGHT_HOURS: Deadline = { kind: 'hours', hours: 48 };

export function accessTimeliness(deadline: Deadline): string {
  return (
    `Access granted ${describeDeadline(deadline)} of the moment the visit's information became available ` +
    'to the EP (infoAvailableAt), for every office visit with the EP in the period. A grant for that ' +
    'encounter or a patient-wide grant (no encounterId) counts, including one made before the ' +
    'information was available.'
  );
}

export function fixed(threshold: Threshold, source: string): ThresholdSchedule {
  return { default: threshold, defaultSource: source, byProgramYear: [] };
}

export const STAGE1 = 'Stage 1 final rule (2010)';
export const STAGE2 = 'Stage 2 final rule (2012)';
export const STAGE3 = 'Stage 3 final rule (2015)';
export const MODIFIED = 'Modified Stage 2 rule for 2015-2017 (2015)';
export const STAGE3_LOWERED =
  'Later rule lowering Stage 3 thresholds before Stage 3 began (2016)';
