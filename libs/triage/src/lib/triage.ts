import type { MessageCategory, Pool, Priority } from '@carequeue/contracts';
import { classify, type Classification } from './classify';
import { assignPhysician } from './coverage';
import { explainClassification, topEvidence } from './explain';
import { compileRoutingRules, DEFAULT_ROUTING_RULES, matchRule, type CompiledRule, type RuleFacts } from './routing-rules';
import { foldText, triageText } from './text';
import type {
  ExplanationItem,
  RoutingRule,
  TriageContext,
  TriageDecision,
  TriageEngine,
  TriageEngineContext,
  TriageInput,
} from './types';
import { DEFAULT_POOL, DEFAULT_PRIORITY, isTriageCategory } from './vocabulary';

/**
 * Safety floor: an urgent message always leaves the engine with priority 'urgent', in a clinical
 * pool (physician, or nurse if a practice rule says so), and with an SLA of at most this many
 * hours, whatever a practice rule asks for. Rules can choose who sees an emergency, never that it waits.
 */
export const URGENT_MAX_SLA_HOURS = 1;
const CLINICAL_POOLS: readonly Pool[] = ['physician', 'nurse'];

export interface TriageEngineOptions {
  /** Version of the rule set, recorded on every decision (overridden by context.rulesVersion). */
  rulesVersion?: number;
}

/** Compiles a rule set once (throws if a rule is invalid) and returns an engine that decides messages. */
export function createTriageEngine(
  rules: readonly RoutingRule[] = DEFAULT_ROUTING_RULES,
  options: TriageEngineOptions = {},
): TriageEngine {
  const compiled = compileRoutingRules(rules);
  return {
    rules,
    rulesVersion: options.rulesVersion,
    decide: (input, context = {}) => decide(compiled, input, context, context.rulesVersion ?? options.rulesVersion),
  };
}

// Engines per rule array, so `triage()` compiles a rule set once. Rule arrays are treated as
// immutable: pass a new array after editing rules.
const engines = new WeakMap<readonly RoutingRule[], TriageEngine>();

/** Convenience: decide one message with `context.rules` (compiled once per rules array). */
export function triage(input: TriageInput, context: TriageContext): TriageDecision {
  let engine = engines.get(context.rules);
  if (!engine) {
    engine = createTriageEngine(context.rules);
    engines.set(context.rules, engine);
  }
  return engine.decide(input, context);
}

function decide(
  rules: readonly CompiledRule[],
  input: TriageInput,
  context: TriageEngineContext,
  rulesVersion: number | undefined,
): TriageDecision {
  const text = triageText(input);
  const folded = foldText(text);
  const prior = isTriageCategory(input.category) ? input.category : undefined;
  const c = classify(folded, (input.subject ?? '').length, prior);
  const explanation = explainClassification(text, c, prior);

  const facts: RuleFacts = {
    category: c.category,
    urgent: c.urgent,
    folded,
    ageYears: context.patient?.ageYears,
    hasPrimaryPhysician: Boolean(context.patient?.primaryPhysicianId),
    localHour: context.localHour,
  };
  const routed = route(rules, c, facts, text);
  let { pool, priority, slaHours } = routed;
  const { ruleId, ruleName } = routed;
  const routing = routed.items;

  if (c.urgent) {
    if (priority !== 'urgent') {
      routing.push({ kind: 'rule', ruleId, text: `safety floor: urgent message kept at priority 'urgent' (rule asked for '${priority}')` });
      priority = 'urgent';
    }
    if (!CLINICAL_POOLS.includes(pool)) {
      routing.push({ kind: 'rule', ruleId, text: `safety floor: urgent message sent to physician instead of ${pool}` });
      pool = 'physician';
    }
    if (slaHours !== undefined && slaHours > URGENT_MAX_SLA_HOURS) {
      routing.push({ kind: 'rule', ruleId, text: `safety floor: SLA capped at ${URGENT_MAX_SLA_HOURS} h (rule asked for ${slaHours} h)` });
      slaHours = URGENT_MAX_SLA_HOURS;
    }
  }
  explanation.push(...routing);

  let assigneeId: string | undefined;
  if (pool === 'physician') {
    const assignment = assignPhysician(context);
    assigneeId = assignment.assigneeId;
    explanation.push(...assignment.items);
  }

  const decision: TriageDecision = {
    category: c.category,
    urgent: c.urgent,
    priority,
    pool,
    confidence: c.confidence,
    parts: c.parts,
    redFlags: uniqueFlags(c),
    explanation,
  };
  if (assigneeId !== undefined) decision.assigneeId = assigneeId;
  if (ruleId !== undefined) decision.ruleId = ruleId;
  if (ruleName !== undefined) decision.ruleName = ruleName;
  if (rulesVersion !== undefined) decision.rulesVersion = rulesVersion;
  if (slaHours !== undefined) decision.slaHours = slaHours;
  return decision;
}

interface Route {
  pool: Pool;
  priority: Priority;
  slaHours?: number;
  ruleId?: string;
  ruleName?: string;
  items: ExplanationItem[];
}

/** First enabled matching rule wins; otherwise the default mapping. */
function route(rules: readonly CompiledRule[], c: Classification, facts: RuleFacts, text: string): Route {
  const fallbackPriority: Priority = c.urgent ? 'urgent' : DEFAULT_PRIORITY[c.category];
  for (const compiled of rules) {
    if (!compiled.rule.enabled) continue;
    const match = matchRule(compiled, facts);
    if (!match) continue;
    const { rule } = compiled;
    return {
      pool: rule.action.pool,
      priority: rule.action.priority ?? fallbackPriority,
      slaHours: rule.action.slaHours,
      ruleId: rule.id,
      ruleName: rule.name,
      items: [ruleItem(text, c, rule, match.reasons, match.phrase)],
    };
  }
  const pool = c.urgent ? 'physician' : DEFAULT_POOL[c.category];
  const why = c.urgent ? 'urgent' : c.category;
  return {
    pool,
    priority: fallbackPriority,
    items: [{ kind: 'default', text: `no rule matched: default mapping ${why} → ${pool}${mixedNote(c)}` }],
  };
}

function ruleItem(
  text: string,
  c: Classification,
  rule: RoutingRule,
  reasons: string[],
  phrase: { start: number; end: number } | undefined,
): ExplanationItem {
  const parts = [...reasons];
  let evidence: { start: number; end: number } | undefined = phrase;
  if (!phrase && rule.conditions.categories) {
    const top = topEvidence(c, c.category);
    if (top) {
      parts.push(`phrase '${text.slice(top.start, top.end)}'`);
      evidence = top;
    }
  }
  const matched = parts.length > 0 ? parts.join(', ') : 'no conditions (matches every message)';
  const item: ExplanationItem = { kind: 'rule', ruleId: rule.id, text: `rule '${rule.name}' matched: ${matched}${mixedNote(c)}` };
  if (evidence) {
    item.phrase = text.slice(evidence.start, evidence.end);
    item.start = evidence.start;
    item.end = evidence.end;
  }
  return item;
}

function mixedNote(c: Classification): string {
  if (!c.mixed) return '';
  const names: MessageCategory[] = c.parts;
  return `; mixed message (${names.join(' + ')}): routed where every part can be answered`;
}

function uniqueFlags(c: Classification): string[] {
  const ids: string[] = [];
  for (const f of c.redFlags) if (f.assessment.status === 'present' && !ids.includes(f.flag.id)) ids.push(f.flag.id);
  return ids;
}
