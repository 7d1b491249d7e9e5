import { BILLING_MESSAGES, OTHER_MESSAGES, RECORDS_MESSAGES } from './corpus-admin';
import { APPOINTMENT_MESSAGES } from './corpus-appointments';
import { CLINICAL_MESSAGES } from './corpus-clinical';
import { MIXED_MESSAGES } from './corpus-mixed';
import { NEAR_MISS_MESSAGES } from './corpus-near-miss';
import { REFILL_MESSAGES } from './corpus-refills';
import { RESULTS_MESSAGES } from './corpus-results';
import type { CorpusMessage } from './corpus-types';
import { URGENT_MESSAGES } from './corpus-urgent';

export type { CorpusMessage, CorpusTag } from './corpus-types';

/**
 * The labelled corpus the engine is tuned and tested on: patient messages written for CareQueue
 * (no real patient data). `category` is what the patient picked; `expected` is the answer.
 */
export const CORPUS: readonly CorpusMessage[] = [
  ...REFILL_MESSAGES,
  ...APPOINTMENT_MESSAGES,
  ...RESULTS_MESSAGES,
  ...CLINICAL_MESSAGES,
  ...BILLING_MESSAGES,
  ...RECORDS_MESSAGES,
  ...OTHER_MESSAGES,
  ...URGENT_MESSAGES,
  ...NEAR_MISS_MESSAGES,
  ...MIXED_MESSAGES,
];
