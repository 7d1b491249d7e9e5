/**
 * Stage 2 measures as first written, then the modified Stage 2 (2015-2017) variants `s2m-*`.
 */
import { describeDeadline } from './business-days';
import {
  SEEN,
  SEEN_ATTRIBUTION,
  EDUCATION_ATTRIBUTION,
  FOUR_BUSINESS_DAYS,
  accessTimeliness,
  fixed,
  STAGE2,
  MODIFIED,
} from './catalogue-shared';
import type { MeasureDefinition } from './measure-types';
import { AT_LEAST_ONE, CAPABILITY, percent } from './thresholds';

export const STAGE2_MEASURES: readonly MeasureDefinition[] = [
  {
    id: 's2-online-access',
    stage: 2,
    title: 'Patient electronic access, measure 1',
    menu: false,
    unit: 'patients',
    denominator: SEEN,
    numerator:
      'Those given timely online access (within 4 business days of the information being available to the EP) ' +
      'to view, download and transmit',
    timeliness: accessTimeliness(FOUR_BUSINESS_DAYS),
    attribution: SEEN_ATTRIBUTION,
    definitionUsed: 'Stage 2: timely access within 4 business days.',
    thresholds: fixed(percent(50), STAGE2),
    rule: {
      denominator: { kind: 'patients_seen' },
      numerator: { kind: 'access_granted', within: FOUR_BUSINESS_DAYS },
    },
  },
  {
    id: 's2-vdt',
    stage: 2,
    title: 'Patient electronic access, measure 2 (view, download, transmit)',
    menu: false,
    unit: 'patients',
    denominator: SEEN,
    numerator:
      'Those (or their authorised representatives) who viewed, downloaded or transmitted their information during the period',
    timeliness: null,
    attribution: SEEN_ATTRIBUTION,
    definitionUsed:
      'Stage 2 as first written: > 5% of patients seen viewed, downloaded or transmitted.',
    thresholds: fixed(percent(5), STAGE2),
    rule: {
      denominator: { kind: 'patients_seen' },
      numerator: { kind: 'portal_activity' },
    },
  },
  {
    id: 's2-secure-messaging',
    stage: 2,
    title: 'Secure electronic messaging',
    menu: false,
    unit: 'patients',
    denominator: SEEN,
    numerator:
      "Those who SENT a secure message to the EP (or the EP's team) through the portal during the period",
    timeliness: null,
    attribution:
      "A message counts for the EP named on it (the thread's assignee, else the patient's primary provider).",
    definitionUsed:
      'Stage 2 as first written: counts patients who SENT a secure message (from_patient).',
    thresholds: fixed(percent(5), STAGE2),
    rule: {
      denominator: { kind: 'patients_seen' },
      numerator: { kind: 'secure_message', direction: 'from_patient' },
    },
  },
  {
    id: 's2-clinical-summaries',
    stage: 2,
    title: 'Clinical summaries',
    menu: false,
    unit: 'visits',
    denominator:
      "The EP's office visits in the period (each visit counts, not each patient)",
    numerator:
      'Visits whose clinical summary was provided within 1 business day of the visit date',
    timeliness: `Summary provided ${describeDeadline({ kind: 'business_days', days: 1 })} of the visit date.`,
    attribution:
      'A visit belongs to the EP on the encounter; its summary is linked by encounter id.',
    definitionUsed: 'Stage 2: per office visit, summary within 1 business day.',
    thresholds: fixed(percent(50), STAGE2),
    rule: {
      denominator: { kind: 'office_visits' },
      numerator: {
        kind: 'summary_provided',
        within: { kind: 'business_days', days: 1 },
      },
    },
  },
  {
    id: 's2-reminders',
    stage: 2,
    title: 'Patient reminders',
    menu: false,
    unit: 'patients',
    denominator:
      'Unique patients with 2 or more office visits with the EP in the 24 months before the period ' +
      '(on or after the start date minus 24 months, before the start date)',
    numerator: 'Those sent a reminder, per their preference, during the period',
    timeliness: null,
    attribution:
      'Reminders are patient-level; they count for every EP whose denominator holds the patient.',
    definitionUsed:
      'Stage 2: patients with 2+ office visits with the EP in the 24 months before the period.',
    thresholds: fixed(percent(10), STAGE2),
    rule: {
      denominator: {
        kind: 'repeat_visit_patients',
        minVisits: 2,
        lookbackMonths: 24,
      },
      numerator: { kind: 'reminder_sent' },
    },
  },
  {
    id: 's2-education',
    stage: 2,
    title: 'Patient-specific education',
    menu: false,
    unit: 'patients',
    denominator:
      'Unique patients with an office visit with the EP in the period',
    numerator:
      'Those given patient-specific education resources identified by the EHR, by the EP, during the period',
    timeliness: null,
    attribution: EDUCATION_ATTRIBUTION,
    definitionUsed: 'Stage 2: education resources identified by the EHR.',
    thresholds: fixed(percent(10), STAGE2),
    rule: {
      denominator: { kind: 'patients_seen' },
      numerator: { kind: 'education_provided' },
    },
  },
  {
    id: 's2m-vdt',
    stage: 2,
    title: 'Patient electronic access, measure 2 (modified Stage 2, 2015-2017)',
    menu: false,
    unit: 'patients',
    denominator: SEEN,
    numerator:
      'Those (or their authorised representatives) who viewed, downloaded or transmitted their information during the period',
    timeliness: null,
    attribution: SEEN_ATTRIBUTION,
    definitionUsed:
      'Modified Stage 2 (2015-2017): same numerator as Stage 2; the bar is at least one patient in 2015-2016 and > 5% in 2017.',
    thresholds: {
      default: percent(5),
      defaultSource: MODIFIED,
      byProgramYear: [
        {
          fromYear: 2015,
          toYear: 2016,
          threshold: AT_LEAST_ONE,
          source: MODIFIED,
        },
        {
          fromYear: 2017,
          toYear: 2017,
          threshold: percent(5),
          source: MODIFIED,
        },
      ],
    },
    rule: {
      denominator: { kind: 'patients_seen' },
      numerator: { kind: 'portal_activity' },
    },
  },
  {
    id: 's2m-secure-messaging',
    stage: 2,
    title: 'Secure electronic messaging (modified Stage 2, 2015-2017)',
    menu: false,
    unit: 'patients',
    denominator: SEEN,
    numerator:
      "Those to whom the EP's team SENT a secure message (including a reply in a thread the patient started) during the period",
    timeliness: null,
    attribution:
      "A message counts for the EP named on it (the thread's assignee, else the patient's primary provider).",
    definitionUsed:
      "Modified Stage 2 (2015-2017): counts patients the EP's team SENT a message to (to_patient); capability in 2015, " +
      'at least one patient in 2016, > 5% in 2017.',
    thresholds: {
      default: percent(5),
      defaultSource: MODIFIED,
      byProgramYear: [
        {
          fromYear: 2015,
          toYear: 2015,
          threshold: CAPABILITY,
          source: MODIFIED,
        },
        {
          fromYear: 2016,
          toYear: 2016,
          threshold: AT_LEAST_ONE,
          source: MODIFIED,
        },
        {
          fromYear: 2017,
          toYear: 2017,
          threshold: percent(5),
          source: MODIFIED,
        },
      ],
    },
    rule: {
      denominator: { kind: 'patients_seen' },
      numerator: { kind: 'secure_message', direction: 'to_patient' },
    },
  },
];
