import { CATEGORY_LABELS, POOL_LABELS } from '@carequeue/contracts';
import type { RoutingRule, RoutingRuleAction, RoutingRuleConditions } from '@carequeue/triage';

/** Phrases listed in a summary before the rest are counted ("and 3 more"). */
const PHRASES_SHOWN = 6;

/** "a", "a or b", "a, b or c". */
function orList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function hour(h: number): string {
  return `${String(h).padStart(2, '0')}:00`;
}

/** "8 h", "30 min", "1.5 h". */
export function slaText(hours: number): string {
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  return `${Number.isInteger(hours) ? hours : Math.round(hours * 10) / 10} h`;
}

/** One phrase per condition, in the order a person reads them. */
export function conditionPhrases(conditions: RoutingRuleConditions): string[] {
  const words: string[] = [];
  const { categories, phrases, urgent, ageBand, hasPrimaryPhysician, hours } = conditions;
  if (categories?.length) words.push(`category is ${orList(categories.map((c) => CATEGORY_LABELS[c] ?? c))}`);
  if (phrases?.length) {
    const shown = phrases.slice(0, PHRASES_SHOWN).join(', ');
    const more = phrases.length - PHRASES_SHOWN;
    words.push(`phrases: ${shown}${more > 0 ? ` and ${more} more` : ''}`);
  }
  if (urgent !== undefined) words.push(urgent ? 'urgent' : 'not urgent');
  if (ageBand && (ageBand.min !== undefined || ageBand.max !== undefined)) {
    const { min, max } = ageBand;
    if (min !== undefined && max !== undefined) words.push(min === max ? `age ${min}` : `age ${min}–${max}`);
    else if (min !== undefined) words.push(`age ${min} or older`);
    else words.push(`age ${max} or younger`);
  }
  if (hasPrimaryPhysician !== undefined) words.push(hasPrimaryPhysician ? 'has a primary physician' : 'has no primary physician');
  if (hours) words.push(hours.from === hours.to ? 'any hour' : `between ${hour(hours.from)} and ${hour(hours.to)}`);
  return words;
}

/** "category is Medication refill · phrases: refill, renew"; a rule without conditions matches everything. */
export function describeConditions(conditions: RoutingRuleConditions): string {
  const words = conditionPhrases(conditions);
  return words.length ? words.join(' · ') : 'every message';
}

/** "→ Medical assistants, high priority, SLA 8 h". */
export function describeAction(action: RoutingRuleAction): string {
  const words = [POOL_LABELS[action.pool] ?? action.pool];
  if (action.priority) words.push(`${action.priority} priority`);
  if (action.slaHours !== undefined) words.push(`SLA ${slaText(action.slaHours)}`);
  return `→ ${words.join(', ')}`;
}

/** The whole rule in one sentence, for screen readers and titles. */
export function describeRule(rule: RoutingRule): string {
  return `${rule.name}${rule.enabled ? '' : ' (off)'}: when ${describeConditions(rule.conditions)} ${describeAction(rule.action)}`;
}
