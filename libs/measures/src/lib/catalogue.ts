/**
 * The Meaningful Use patient-engagement measures CareQueue computes (shared/MEASURES.md), as data.
 * The reference engine and the SQL implementation both read `rule`; the text fields are what the
 * dashboard shows. Thresholds are per program year; `thresholdFor` picks the one that applies.
 */
import { STAGE1_MEASURES } from './catalogue-stage1';
import { STAGE2_MEASURES } from './catalogue-stage2';
import { STAGE3_MEASURES } from './catalogue-stage3';
import type { MeasureDefinition, MeasureId, Stage } from './measure-types';
import { MEASURE_IDS } from './measure-types';
import type { Threshold } from './thresholds';
import { thresholdInSchedule } from './thresholds';

export const CATALOGUE: readonly MeasureDefinition[] = [
  ...STAGE1_MEASURES,
  ...STAGE2_MEASURES,
  ...STAGE3_MEASURES,
];

/** Stage 3's coordination-of-care objective: what it needs and what CareQueue computes. */
export const STAGE3_COORDINATION_OF_CARE = {
  objective: 'Coordination of care through patient engagement',
  measuresRequired: 2,
  measures: [
    'View, download, transmit',
    'Secure messaging',
    'Patient-generated health data',
  ],
  computed: ['s3-vdt', 's3-secure-messaging'] as readonly MeasureId[],
  note:
    'The objective is met by passing any two of its three measures (view/download/transmit, secure messaging, ' +
    'patient-generated health data). CareQueue computes the first two only; patient-generated health data ' +
    'is not captured, so passing both computed measures meets the objective and passing one does not settle it.',
} as const;

/**
 * Program-year notes shown with thresholds. The 2015 Stage 3 rule's VDT > 10% and secure messaging
 * > 25% were in force until the later rule lowered both to > 5% for every Stage 3 year, so they only
 * apply when a program year up to 2016 is asked for; the default is the later, lower bar.
 */
export const THRESHOLD_NOTES =
  'Thresholds are kept per program year. Without a program year the latest applicable bar is used. ' +
  'Later program years replaced thresholds with scores; CareQueue still shows the percentages.';

const BY_ID = new Map<string, MeasureDefinition>(
  CATALOGUE.map((m) => [m.id, m]),
);

export function isMeasureId(value: unknown): value is MeasureId {
  return (
    typeof value === 'string' &&
    (MEASURE_IDS as readonly string[]).includes(value)
  );
}

/** The catalogue entry for an id; throws RangeError for an unknown id. */
export function measureById(id: string): MeasureDefinition {
  const found = BY_ID.get(id);
  if (!found) throw new RangeError(`Unknown measure id: ${JSON.stringify(id)}`);
  return found;
}

/** The measures of a stage, in catalogue order (Stage 2 includes both original and s2m variants). */
export function measuresForStage(stage: Stage): MeasureDefinition[] {
  return CATALOGUE.filter((m) => m.stage === stage);
}

/** The threshold that applies to a measure in a program year (the default bar without one). */
export function thresholdFor(
  measureId: string,
  programYear?: number,
): Threshold {
  return thresholdInSchedule(measureById(measureId).thresholds, programYear);
}

/** Which definition a figure for this measure uses. */
export function definitionUsed(measureId: string): string {
  return measureById(measureId).definitionUsed;
}
