import type { MessageCategory, Pool } from '@carequeue/contracts';
import type { LabelledMessage } from '../lib/evaluate';

/** Facets of the corpus, used to count and to filter in tests. */
export type CorpusTag =
  | 'near_miss' // sounds like an emergency but is not (negated, historical, "chest X-ray results")
  | 'mixed' // more than one request
  | 'caregiver' // written for a child, parent or partner
  | 'non_native' // non-native English
  | 'typos'
  | 'long';

export interface CorpusMessage extends LabelledMessage {
  tags: CorpusTag[];
}

/**
 * The expected pool, written out per category as the practice's default mapping:
 * a label, not a call into the engine. Urgent messages go to the physician.
 */
const POOL_FOR: Record<MessageCategory, Pool> = {
  medication_refill: 'medical_assistant',
  appointment: 'medical_assistant',
  records_forms: 'medical_assistant',
  other: 'medical_assistant',
  clinical_question: 'physician',
  test_results: 'physician',
  billing: 'billing',
};

/** A routine (non-urgent) message. `chosen` is the patient's portal category (null: none). */
export function m(
  id: string,
  chosen: MessageCategory | null,
  subject: string,
  body: string,
  expected: MessageCategory,
  tags: CorpusTag[] = [],
): CorpusMessage {
  return {
    id,
    subject,
    body,
    ...(chosen ? { category: chosen } : {}),
    expected: { category: expected, urgent: false, pool: POOL_FOR[expected] },
    tags,
  };
}

/** An emergency: urgent, to the physician; the category is what the text is about (usually clinical). */
export function u(
  id: string,
  chosen: MessageCategory | null,
  subject: string,
  body: string,
  tags: CorpusTag[] = [],
  expected: MessageCategory = 'clinical_question',
): CorpusMessage {
  return {
    id,
    subject,
    body,
    ...(chosen ? { category: chosen } : {}),
    expected: { category: expected, urgent: true, pool: 'physician' },
    tags,
  };
}
