export type {
  ExplanationItem,
  ExplanationKind,
  PhysicianAvailability,
  RoutingRule,
  RoutingRuleAction,
  RoutingRuleConditions,
  TriageContext,
  TriageDecision,
  TriageEngine,
  TriageEngineContext,
  TriageInput,
  TriagePatient,
} from './lib/types';
export { createTriageEngine, triage, URGENT_MAX_SLA_HOURS, type TriageEngineOptions } from './lib/triage';
export { DEFAULT_ROUTING_RULES, validateRoutingRule, inHourWindow } from './lib/routing-rules';
export { RED_FLAGS, type RedFlag } from './lib/red-flags';
export { triageText } from './lib/text';
export {
  evaluate,
  formatEvaluationTable,
  type CategoryScore,
  type EvaluationMiss,
  type EvaluationReport,
  type LabelledMessage,
} from './lib/evaluate';
export { DEFAULT_POOL, DEFAULT_PRIORITY, TRIAGE_CATEGORIES, TRIAGE_POOLS, TRIAGE_PRIORITIES } from './lib/vocabulary';
