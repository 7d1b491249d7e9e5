import type { MessageCategory } from '@carequeue/contracts';
import { foldText } from './text';
import type { RoutingRule } from './types';
import { isTriageCategory, isTriagePool, isTriagePriority, TRIAGE_CATEGORIES, TRIAGE_POOLS, TRIAGE_PRIORITIES } from './vocabulary';

/**
 * The rules a new practice starts with. Evaluated in order; the first enabled match wins; when
 * none matches the engine falls back to the default mapping (see DEFAULT_POOL).
 * The paediatric nurse-triage rule ships disabled: the documented default sends children's
 * clinical questions to their own physician, and a practice opts in to nurse triage.
 */
export const DEFAULT_ROUTING_RULES: readonly RoutingRule[] = [
  {
    id: 'emergencies',
    name: 'Emergencies',
    enabled: true,
    conditions: { urgent: true },
    action: { pool: 'physician', priority: 'urgent', slaHours: 1 },
  },
  {
    id: 'paediatric-nurse-triage',
    name: 'Paediatric clinical questions to nurse triage',
    enabled: false,
    conditions: { categories: ['clinical_question'], ageBand: { max: 17 } },
    action: { pool: 'nurse', priority: 'high' },
  },
  {
    id: 'refill-requests',
    name: 'Refill requests',
    enabled: true,
    conditions: { categories: ['medication_refill'] },
    action: { pool: 'medical_assistant', priority: 'high' },
  },
  {
    id: 'appointment-requests',
    name: 'Appointment requests',
    enabled: true,
    conditions: { categories: ['appointment'] },
    action: { pool: 'medical_assistant', priority: 'routine' },
  },
  {
    id: 'forms-and-records',
    name: 'Forms and records',
    enabled: true,
    conditions: { categories: ['records_forms'] },
    action: { pool: 'medical_assistant', priority: 'routine' },
  },
  {
    id: 'billing-questions',
    name: 'Billing questions',
    enabled: true,
    conditions: { categories: ['billing'] },
    action: { pool: 'billing', priority: 'routine' },
  },
  {
    id: 'test-results-own-physician',
    name: 'Test results to own physician',
    enabled: true,
    conditions: { categories: ['test_results'] },
    action: { pool: 'physician', priority: 'routine' },
  },
  {
    id: 'clinical-questions-own-physician',
    name: 'Clinical questions to own physician',
    enabled: true,
    conditions: { categories: ['clinical_question'] },
    action: { pool: 'physician', priority: 'high' },
  },
];

const CONDITION_KEYS = new Set(['categories', 'phrases', 'urgent', 'ageBand', 'hasPrimaryPhysician', 'hours']);
const ACTION_KEYS = new Set(['pool', 'priority', 'slaHours']);
const MAX_PHRASES = 50;
const MAX_PHRASE_LENGTH = 100;
const MAX_SLA_HOURS = 24 * 90;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isHour(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 23;
}

/**
 * Checks a rule (e.g. a request body) and returns one message per problem, each starting with
 * the field's path ("conditions.hours.from: …"); an empty array means valid. Extra top-level
 * fields (a database position, timestamps) are ignored; unknown conditions or action fields are errors.
 */
export function validateRoutingRule(rule: unknown): string[] {
  if (!isObject(rule)) return ['rule: must be an object'];
  const errors: string[] = [];
  if (typeof rule['id'] !== 'string' || rule['id'].trim() === '') errors.push('id: must be a non-empty string');
  else if (rule['id'].length > 64) errors.push('id: must be at most 64 characters');
  if (typeof rule['name'] !== 'string' || rule['name'].trim() === '') errors.push('name: must be a non-empty string');
  else if (rule['name'].length > 120) errors.push('name: must be at most 120 characters');
  if (typeof rule['enabled'] !== 'boolean') errors.push('enabled: must be true or false');
  validateConditions(rule['conditions'], errors);
  validateAction(rule['action'], errors);
  return errors;
}

function validateConditions(conditions: unknown, errors: string[]): void {
  if (!isObject(conditions)) {
    errors.push('conditions: must be an object (use {} to match every message)');
    return;
  }
  for (const key of Object.keys(conditions)) {
    if (!CONDITION_KEYS.has(key)) errors.push(`conditions.${key}: unknown condition`);
  }
  const { categories, phrases, urgent, ageBand, hasPrimaryPhysician, hours } = conditions;
  if (categories !== undefined) {
    if (!Array.isArray(categories) || categories.length === 0) {
      errors.push('conditions.categories: must be a non-empty array');
    } else {
      categories.forEach((c, i) => {
        if (!isTriageCategory(c)) errors.push(`conditions.categories[${i}]: must be one of ${TRIAGE_CATEGORIES.join(', ')}`);
      });
      if (new Set(categories).size !== categories.length) errors.push('conditions.categories: must not repeat a category');
    }
  }
  if (phrases !== undefined) {
    if (!Array.isArray(phrases) || phrases.length === 0) errors.push('conditions.phrases: must be a non-empty array');
    else if (phrases.length > MAX_PHRASES) errors.push(`conditions.phrases: at most ${MAX_PHRASES} phrases`);
    else {
      phrases.forEach((p, i) => {
        if (typeof p !== 'string' || p.trim() === '') errors.push(`conditions.phrases[${i}]: must be a non-empty string`);
        else if (p.length > MAX_PHRASE_LENGTH) errors.push(`conditions.phrases[${i}]: must be at most ${MAX_PHRASE_LENGTH} characters`);
      });
    }
  }
  if (urgent !== undefined && typeof urgent !== 'boolean') errors.push('conditions.urgent: must be true or false');
  if (hasPrimaryPhysician !== undefined && typeof hasPrimaryPhysician !== 'boolean') {
    errors.push('conditions.hasPrimaryPhysician: must be true or false');
  }
  if (ageBand !== undefined) validateAgeBand(ageBand, errors);
  if (hours !== undefined) {
    if (!isObject(hours)) errors.push('conditions.hours: must be an object with from and to');
    else {
      if (!isHour(hours['from'])) errors.push('conditions.hours.from: must be a whole hour from 0 to 23');
      if (!isHour(hours['to'])) errors.push('conditions.hours.to: must be a whole hour from 0 to 23');
      for (const key of Object.keys(hours)) if (key !== 'from' && key !== 'to') errors.push(`conditions.hours.${key}: unknown field`);
    }
  }
}

function validateAgeBand(ageBand: unknown, errors: string[]): void {
  if (!isObject(ageBand)) {
    errors.push('conditions.ageBand: must be an object with min and/or max');
    return;
  }
  const { min, max } = ageBand;
  const isAge = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 150;
  if (min === undefined && max === undefined) errors.push('conditions.ageBand: give min, max or both');
  if (min !== undefined && !isAge(min)) errors.push('conditions.ageBand.min: must be a whole number of years from 0 to 150');
  if (max !== undefined && !isAge(max)) errors.push('conditions.ageBand.max: must be a whole number of years from 0 to 150');
  if (isAge(min) && isAge(max) && (min as number) > (max as number)) errors.push('conditions.ageBand: min must not exceed max');
  for (const key of Object.keys(ageBand)) if (key !== 'min' && key !== 'max') errors.push(`conditions.ageBand.${key}: unknown field`);
}

function validateAction(action: unknown, errors: string[]): void {
  if (!isObject(action)) {
    errors.push('action: must be an object with a pool');
    return;
  }
  for (const key of Object.keys(action)) if (!ACTION_KEYS.has(key)) errors.push(`action.${key}: unknown field`);
  if (!isTriagePool(action['pool'])) errors.push(`action.pool: must be one of ${TRIAGE_POOLS.join(', ')}`);
  if (action['priority'] !== undefined && !isTriagePriority(action['priority'])) {
    errors.push(`action.priority: must be one of ${TRIAGE_PRIORITIES.join(', ')}`);
  }
  const sla = action['slaHours'];
  if (sla !== undefined && (typeof sla !== 'number' || !Number.isFinite(sla) || sla <= 0 || sla > MAX_SLA_HOURS)) {
    errors.push(`action.slaHours: must be a number of hours greater than 0 and at most ${MAX_SLA_HOURS}`);
  }
}

/** The facts a rule's conditions are tested against. */
export interface RuleFacts {
  category: MessageCategory;
  urgent: boolean;
  folded: string;
  ageYears?: number;
  hasPrimaryPhysician: boolean;
  localHour?: number;
}

export interface CompiledRule {
  rule: RoutingRule;
  phrases?: RegExp;
  categories?: ReadonlySet<MessageCategory>;
}

/** Precompiles phrase conditions into one regex per rule. Throws on an invalid rule. */
export function compileRoutingRules(rules: readonly RoutingRule[]): CompiledRule[] {
  const ids = new Set<string>();
  return rules.map((rule, index) => {
    const errors = validateRoutingRule(rule);
    if (ids.has(rule.id)) errors.push(`id: '${rule.id}' is used by more than one rule`);
    ids.add(rule.id);
    if (errors.length > 0) throw new Error(`invalid routing rule #${index} (${String(rule?.id)}): ${errors.join('; ')}`);
    const { phrases, categories } = rule.conditions;
    return {
      rule,
      phrases: phrases ? phraseRegex(phrases) : undefined,
      categories: categories ? new Set(categories) : undefined,
    };
  });
}

function phraseRegex(phrases: readonly string[]): RegExp {
  const alternatives = phrases.map((p) =>
    foldText(p.trim())
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s+'),
  );
  // Letters/digits boundaries rather than \b so phrases may start or end with punctuation.
  return new RegExp(`(?<![a-z0-9])(?:${alternatives.join('|')})(?![a-z0-9])`);
}

/** Hour windows are [from, to): from > to wraps midnight (22→6 is night), from = to is all day. */
export function inHourWindow(hour: number, from: number, to: number): boolean {
  if (from === to) return true;
  return from < to ? hour >= from && hour < to : hour >= from || hour < to;
}

/**
 * Tests a rule; returns what matched (for the explanation) or null. A condition the facts cannot
 * answer (unknown age, unknown hour) does not match.
 */
export function matchRule(compiled: CompiledRule, facts: RuleFacts): { reasons: string[]; phrase?: { start: number; end: number } } | null {
  const c = compiled.rule.conditions;
  // Test every condition first (cheap); build the explanation only for the rule that matches.
  if (compiled.categories && !compiled.categories.has(facts.category)) return null;
  if (c.urgent !== undefined && c.urgent !== facts.urgent) return null;
  if (c.hasPrimaryPhysician !== undefined && c.hasPrimaryPhysician !== facts.hasPrimaryPhysician) return null;
  if (c.ageBand) {
    const { min, max } = c.ageBand;
    if (facts.ageYears === undefined) return null;
    if ((min !== undefined && facts.ageYears < min) || (max !== undefined && facts.ageYears > max)) return null;
  }
  if (c.hours && (facts.localHour === undefined || !inHourWindow(facts.localHour, c.hours.from, c.hours.to))) return null;
  let phraseMatch: RegExpExecArray | null = null;
  if (compiled.phrases) {
    phraseMatch = compiled.phrases.exec(facts.folded);
    if (!phraseMatch) return null;
  }
  const reasons: string[] = [];
  if (compiled.categories) reasons.push(`category=${facts.category}`);
  if (c.urgent !== undefined) reasons.push(`urgent=${facts.urgent}`);
  if (c.hasPrimaryPhysician !== undefined) {
    reasons.push(facts.hasPrimaryPhysician ? 'patient has a primary physician' : 'patient has no primary physician');
  }
  if (c.ageBand) reasons.push(`age ${facts.ageYears} in ${c.ageBand.min ?? 0}-${c.ageBand.max ?? 'any'}`);
  if (c.hours) reasons.push(`hour ${facts.localHour} in ${c.hours.from}:00-${c.hours.to}:00`);
  if (phraseMatch) {
    reasons.push(`phrase '${phraseMatch[0]}'`);
    return { reasons, phrase: { start: phraseMatch.index, end: phraseMatch.index + phraseMatch[0].length } };
  }
  return { reasons };
}
