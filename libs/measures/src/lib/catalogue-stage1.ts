/**
 * Stage 1 measures (core, then menu), in the order of shared/MEASURES.md.
 */
import { describeDeadline } from './business-days';
import {
  SEEN,
  SEEN_ATTRIBUTION,
  EDUCATION_ATTRIBUTION,
  FOUR_BUSINESS_DAYS,
  accessTimeliness,
  fixed,
  STAGE1,
} from './catalogue-shared';
import type { MeasureDefinition } from './measure-types';
import { percent } from './thresholds';

export const STAGE1_MEASURES: readonly MeasureDefinition[] = [
  {
    id: 's1-electronic-copy',
    stage: 1,
    title: 'Electronic copy of health information',
    menu: false,
    unit: 'patients',
    denominator:
      'Patients of the EP (an office visit with the EP on or before the end of the period, or the EP as ' +
      'primary provider) who requested an electronic copy of their health information during the period',
    numerator:
      'Those given the copy within 3 business days of every request they made in the period',
    timeliness:
      'Each request is met by a copy given at or after the request and ' +
      `${describeDeadline({ kind: 'business_days', days: 3 })} of the request's local date.`,
    attribution:
      'Requests and copies are patient-level; they count for every EP the patient belongs to.',
    definitionUsed:
      'Stage 1: patients who requested an electronic copy, given it within 3 business days.',
    thresholds: fixed(percent(50), STAGE1),
    rule: {
      denominator: { kind: 'copy_requesters' },
      numerator: {
        kind: 'copy_provided',
        within: { kind: 'business_days', days: 3 },
      },
    },
  },
  {
    id: 's1-clinical-summaries',
    stage: 1,
    title: 'Clinical summaries',
    menu: false,
    unit: 'visits',
    denominator:
      "The EP's office visits in the period (each visit counts, not each patient)",
    numerator:
      'Visits whose clinical summary was provided within 3 business days of the visit date',
    timeliness: `Summary provided ${describeDeadline({ kind: 'business_days', days: 3 })} of the visit date.`,
    attribution:
      'A visit belongs to the EP on the encounter; its summary is linked by encounter id.',
    definitionUsed:
      'Stage 1: per office visit, summary within 3 business days.',
    thresholds: fixed(percent(50), STAGE1),
    rule: {
      denominator: { kind: 'office_visits' },
      numerator: {
        kind: 'summary_provided',
        within: { kind: 'business_days', days: 3 },
      },
    },
  },
  {
    id: 's1-timely-access',
    stage: 1,
    title: 'Timely electronic access',
    menu: true,
    unit: 'patients',
    denominator: SEEN,
    numerator:
      'Those given online access to their health information within 4 business days of it being available to the EP',
    timeliness: accessTimeliness(FOUR_BUSINESS_DAYS),
    attribution: SEEN_ATTRIBUTION,
    definitionUsed:
      'Stage 1 menu: timely online access within 4 business days.',
    thresholds: fixed(percent(10), STAGE1),
    rule: {
      denominator: { kind: 'patients_seen' },
      numerator: { kind: 'access_granted', within: FOUR_BUSINESS_DAYS },
    },
  },
  {
    id: 's1-reminders',
    stage: 1,
    title: 'Patient reminders',
    menu: true,
    unit: 'patients',
    denominator:
      'Patients of the EP (an office visit with the EP on or before the end of the period, or the EP as ' +
      'primary provider) aged 65 or older, or 5 or younger, on the first day of the period',
    numerator:
      'Those sent a reminder for preventive or follow-up care during the period',
    timeliness: null,
    attribution:
      'Reminders are patient-level; they count for every EP whose denominator holds the patient.',
    definitionUsed:
      'Stage 1 menu: patients 65+ or 5 and under at the start of the period.',
    thresholds: fixed(percent(20), STAGE1),
    rule: {
      denominator: { kind: 'patients_by_age', atLeast: 65, atMost: 5 },
      numerator: { kind: 'reminder_sent' },
    },
  },
  {
    id: 's1-education',
    stage: 1,
    title: 'Patient-specific education',
    menu: true,
    unit: 'patients',
    denominator: SEEN,
    numerator:
      'Those given patient-specific education resources by the EP during the period',
    timeliness: null,
    attribution: EDUCATION_ATTRIBUTION,
    definitionUsed: 'Stage 1 menu: education resources given by the EP.',
    thresholds: fixed(percent(10), STAGE1),
    rule: {
      denominator: { kind: 'patients_seen' },
      numerator: { kind: 'education_provided' },
    },
  },
];
