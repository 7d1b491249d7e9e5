import { POOL_LABELS, CATEGORY_LABELS } from '@carequeue/contracts';
import type { ExplanationItem, ExplanationKind, RoutingRule, TriageDecision } from '@carequeue/triage';
import { PRIORITY_LABELS } from '../../core/labels';

export const EXPLANATION_KIND_LABELS: Record<ExplanationKind, string> = {
  rule: 'Rule',
  phrase: 'Phrase',
  red_flag: 'Red flag',
  prior: "Patient's choice",
  negated: 'Not counted',
  coverage: 'Assignment',
  default: 'Default',
};

/** Explanation items both sides must agree on: assignment ones depend on the practice's physician list, which only the server knows. */
function comparable(items: readonly ExplanationItem[]): string[] {
  return items
    .filter((i) => i.kind !== 'coverage')
    .map((i) => JSON.stringify([i.kind, i.text, i.ruleId ?? null, i.phrase ?? null, i.start ?? null, i.end ?? null]));
}

/**
 * Where the server's decision differs from the one made in the browser, in words
 * ("pool: server says Physicians, this page Medical assistants"); empty when they agree.
 */
export function decisionDifferences(server: TriageDecision, local: TriageDecision): string[] {
  const out: string[] = [];
  const field = (name: string, theirs: string, ours: string) => {
    if (theirs !== ours) out.push(`${name}: server says ${theirs}, this page ${ours}`);
  };
  field('category', CATEGORY_LABELS[server.category] ?? String(server.category), CATEGORY_LABELS[local.category]);
  field('urgent', server.urgent ? 'yes' : 'no', local.urgent ? 'yes' : 'no');
  field('priority', PRIORITY_LABELS[server.priority] ?? String(server.priority), PRIORITY_LABELS[local.priority]);
  field('pool', POOL_LABELS[server.pool] ?? String(server.pool), POOL_LABELS[local.pool]);
  field('rule', server.ruleName ?? 'none', local.ruleName ?? 'none');
  field('confidence', percent(server.confidence), percent(local.confidence));
  field('red flags', (server.redFlags ?? []).join(', ') || 'none', local.redFlags.join(', ') || 'none');
  const theirs = comparable(server.explanation ?? []);
  const ours = comparable(local.explanation);
  if (theirs.join('\n') !== ours.join('\n')) {
    const missing = ours.filter((x) => !theirs.includes(x)).length;
    const extra = theirs.filter((x) => !ours.includes(x)).length;
    out.push(`explanation: ${extra} item(s) only on the server, ${missing} only on this page`);
  }
  return out;
}

export function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

/** Rules whose outcome depends on the clock: the browser uses its own, the server the practice's. */
export function usesHours(rules: readonly RoutingRule[]): boolean {
  return rules.some((r) => r.enabled && !!r.conditions.hours);
}

/** One short sentence for the live region: what happened, never the message text. */
export function decisionSentence(d: TriageDecision): string {
  const head = d.urgent ? 'Urgent. ' : '';
  const rule = d.ruleName ? `rule ${d.ruleName}` : 'no rule matched';
  return `${head}${CATEGORY_LABELS[d.category]}, to ${POOL_LABELS[d.pool]}, ${PRIORITY_LABELS[d.priority].toLowerCase()} priority, ${rule}.`;
}
