import type { MessageCategory, Pool, Priority } from '@carequeue/contracts';

/**
 * The Foundation's routing: the patient's category decides the pool. The triage engine
 * (libs/triage) replaces this with classification, red flags and the practice's rules.
 */
const POOL_BY_CATEGORY: Record<MessageCategory, Pool> = {
  medication_refill: 'medical_assistant',
  appointment: 'medical_assistant',
  records_forms: 'medical_assistant',
  other: 'medical_assistant',
  test_results: 'physician',
  clinical_question: 'physician',
  billing: 'billing',
};

export interface SimpleRoute {
  category: MessageCategory;
  pool: Pool;
  priority: Priority;
  explanation: string[];
}

export function simpleRoute(category: MessageCategory): SimpleRoute {
  const pool = POOL_BY_CATEGORY[category];
  return {
    category,
    pool,
    priority: 'routine',
    explanation: [`category '${category}' (chosen by the patient) routes to pool '${pool}'`],
  };
}
