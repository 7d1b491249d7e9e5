/**
 * Stage 3 measures. VDT and secure messaging belong to the coordination-of-care objective.
 */
import {
  SEEN,
  SEEN_ATTRIBUTION,
  EDUCATION_ATTRIBUTION,
  FORTY_EIGHT_HOURS,
  accessTimeliness,
  fixed,
  STAGE3,
  STAGE3_LOWERED,
} from './catalogue-shared';
import type { MeasureDefinition } from './measure-types';
import { percent } from './thresholds';

export const STAGE3_MEASURES: readonly MeasureDefinition[] = [
  {
    id: 's3-online-access',
    stage: 3,
    title: 'Provide patient access',
    menu: false,
    unit: 'patients',
    denominator: SEEN,
    numerator:
      'Those given timely access (within 48 hours of the information being available to the EP) to view online, ' +
      'download and transmit, including through an API',
    timeliness: accessTimeliness(FORTY_EIGHT_HOURS),
    attribution: SEEN_ATTRIBUTION,
    definitionUsed: 'Stage 3: timely access within 48 wall-clock hours.',
    thresholds: fixed(percent(80), STAGE3),
    rule: {
      denominator: { kind: 'patients_seen' },
      numerator: { kind: 'access_granted', within: FORTY_EIGHT_HOURS },
    },
  },
  {
    id: 's3-education',
    stage: 3,
    title: 'Patient-specific education',
    menu: false,
    unit: 'patients',
    denominator: SEEN,
    numerator:
      'Those given electronic patient-specific education resources by the EP during the period',
    timeliness: null,
    attribution: EDUCATION_ATTRIBUTION,
    definitionUsed: 'Stage 3: electronic education resources given by the EP.',
    thresholds: fixed(percent(35), STAGE3),
    rule: {
      denominator: { kind: 'patients_seen' },
      numerator: { kind: 'education_provided' },
    },
  },
  {
    id: 's3-vdt',
    stage: 3,
    title: 'View, download, transmit',
    menu: false,
    unit: 'patients',
    denominator: SEEN,
    numerator:
      'Those who viewed, downloaded or transmitted (or accessed through an API) their information during the period',
    timeliness: null,
    attribution: SEEN_ATTRIBUTION,
    definitionUsed:
      'Stage 3, coordination of care through patient engagement (any 2 of 3 measures; CareQueue computes 2 of them).',
    thresholds: {
      default: percent(5),
      defaultSource: STAGE3_LOWERED,
      byProgramYear: [
        {
          toYear: 2016,
          threshold: percent(10),
          source: `${STAGE3}, as first written`,
        },
      ],
    },
    rule: {
      denominator: { kind: 'patients_seen' },
      numerator: { kind: 'portal_activity' },
    },
  },
  {
    id: 's3-secure-messaging',
    stage: 3,
    title: 'Secure messaging',
    menu: false,
    unit: 'patients',
    denominator: SEEN,
    numerator:
      "Those to whom a secure message was sent, or who were answered in a secure-message thread, by the EP's team during the period",
    timeliness: null,
    attribution:
      "A message counts for the EP named on it (the thread's assignee, else the patient's primary provider).",
    definitionUsed:
      "Stage 3: counts patients the EP's team sent a message to (to_patient). Coordination of care through patient " +
      'engagement (any 2 of 3 measures; CareQueue computes 2 of them).',
    thresholds: {
      default: percent(5),
      defaultSource: STAGE3_LOWERED,
      byProgramYear: [
        {
          toYear: 2016,
          threshold: percent(25),
          source: `${STAGE3}, as first written`,
        },
      ],
    },
    rule: {
      denominator: { kind: 'patients_seen' },
      numerator: { kind: 'secure_message', direction: 'to_patient' },
    },
  },
];
