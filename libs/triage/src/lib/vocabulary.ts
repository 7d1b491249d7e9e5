import type { MessageCategory, Pool, Priority } from '@carequeue/contracts';

/*
 * Runtime copies of the contracts' category, pool and priority lists.
 * The engine imports only *types* from @carequeue/contracts so that the benchmark can run it
 * with plain `node -r @swc-node/register`, which knows nothing of tsconfig path aliases.
 * The `satisfies Record<…>` objects make the compiler reject any drift from the contracts
 * (a missing or extra key is a type error), and a spec compares the arrays at runtime too.
 */
const CATEGORY_KEYS = {
  medication_refill: true,
  appointment: true,
  test_results: true,
  clinical_question: true,
  billing: true,
  records_forms: true,
  other: true,
} satisfies Record<MessageCategory, true>;

const POOL_KEYS = {
  medical_assistant: true,
  nurse: true,
  physician: true,
  billing: true,
} satisfies Record<Pool, true>;

const PRIORITY_KEYS = { urgent: true, high: true, routine: true } satisfies Record<Priority, true>;

export const TRIAGE_CATEGORIES = Object.keys(CATEGORY_KEYS) as readonly MessageCategory[];
export const TRIAGE_POOLS = Object.keys(POOL_KEYS) as readonly Pool[];
export const TRIAGE_PRIORITIES = Object.keys(PRIORITY_KEYS) as readonly Priority[];

export function isTriageCategory(value: unknown): value is MessageCategory {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CATEGORY_KEYS, value);
}
export function isTriagePool(value: unknown): value is Pool {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(POOL_KEYS, value);
}
export function isTriagePriority(value: unknown): value is Priority {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(PRIORITY_KEYS, value);
}

/** Categories whose questions only a clinician can answer: they pull a mixed message to the physician. */
export const PHYSICIAN_CATEGORIES: readonly MessageCategory[] = ['clinical_question', 'test_results'];

/** The default mapping used when no routing rule matches. */
export const DEFAULT_POOL: Readonly<Record<MessageCategory, Pool>> = {
  medication_refill: 'medical_assistant',
  appointment: 'medical_assistant',
  records_forms: 'medical_assistant',
  clinical_question: 'physician',
  test_results: 'physician',
  billing: 'billing',
  other: 'medical_assistant',
};

/** Default priority per category when neither urgency nor a rule sets one. */
export const DEFAULT_PRIORITY: Readonly<Record<MessageCategory, Priority>> = {
  medication_refill: 'high',
  clinical_question: 'high',
  test_results: 'routine',
  appointment: 'routine',
  records_forms: 'routine',
  billing: 'routine',
  other: 'routine',
};
