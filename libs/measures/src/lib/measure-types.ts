/**
 * The shape of a catalogue entry. Besides the plain-English text, each entry carries a small
 * machine-readable rule (`rule`): the reference engine switches on its `kind`s, and the SQL
 * implementation is expected to have one query fragment per kind, so the two stay one-to-one.
 */
import type { BusinessDaysDeadline, Deadline } from './business-days';
import type { ThresholdSchedule } from './thresholds';

export const MEASURE_IDS = [
  's1-electronic-copy',
  's1-clinical-summaries',
  's1-timely-access',
  's1-reminders',
  's1-education',
  's2-online-access',
  's2-vdt',
  's2-secure-messaging',
  's2-clinical-summaries',
  's2-reminders',
  's2-education',
  's2m-vdt',
  's2m-secure-messaging',
  's3-online-access',
  's3-education',
  's3-vdt',
  's3-secure-messaging',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

export type Stage = 1 | 2 | 3;

/** What a numerator and denominator count: distinct patients, or office visits (encounters). */
export type MeasureUnit = 'patients' | 'visits';

/**
 * Who is in an EP's denominator. "In the period" always means a practice-local date from `from`
 * to `to` inclusive. "Office visit" means an encounter of kind `office_visit` with the EP.
 */
export type DenominatorRule =
  /** Distinct patients with >= 1 office visit with the EP in the period. */
  | { kind: 'patients_seen' }
  /** The EP's office visits in the period (one row per encounter). */
  | { kind: 'office_visits' }
  /** Patients of the EP (see README) who requested an electronic copy in the period. */
  | { kind: 'copy_requesters' }
  /** Patients of the EP whose age on the period's first day is >= atLeast or <= atMost (never negative). */
  | { kind: 'patients_by_age'; atLeast: number; atMost: number }
  /** Patients with >= minVisits office visits with the EP in the lookbackMonths before `from`. */
  | {
      kind: 'repeat_visit_patients';
      minVisits: number;
      lookbackMonths: number;
    };

/** Which denominator members are also in the numerator. */
export type NumeratorRule =
  /** Every copy request of the patient in the period was met by a copy in time. */
  | { kind: 'copy_provided'; within: Deadline }
  /** The visit's clinical summary was provided in time after the visit date. */
  | { kind: 'summary_provided'; within: BusinessDaysDeadline }
  /** Every one of the EP's office visits with the patient in the period was made visible in time. */
  | { kind: 'access_granted'; within: Deadline }
  /** The patient was sent a reminder in the period. */
  | { kind: 'reminder_sent' }
  /** The EP gave the patient an education resource in the period. */
  | { kind: 'education_provided' }
  /** The patient viewed, downloaded or transmitted in the period. */
  | { kind: 'portal_activity' }
  /** A secure message in the given direction, handled by the EP's team, in the period. */
  | { kind: 'secure_message'; direction: 'from_patient' | 'to_patient' };

export interface MeasureDefinition {
  id: MeasureId;
  stage: Stage;
  title: string;
  /** Stage 1 menu measure (the EP picks some of them) rather than core. */
  menu: boolean;
  unit: MeasureUnit;
  denominator: string;
  numerator: string;
  /** The timeliness rule in plain English, or null when the measure has none. */
  timeliness: string | null;
  /** How numerator events are attributed to an EP. */
  attribution: string;
  /** Which definition a figure uses, shown next to it. */
  definitionUsed: string;
  thresholds: ThresholdSchedule;
  rule: { denominator: DenominatorRule; numerator: NumeratorRule };
}
