import type { MessageCategory } from '@carequeue/contracts';
import type { Classification, Evidence } from './classify';
import type { Assessment } from './cues';
import type { ExplanationItem } from './types';

/** How many phrases per category, and how many ignored phrases, an explanation lists. */
const PHRASES_PER_PART = 2;
const MAX_IGNORED = 4;

const STATUS_TEXT: Record<Assessment['status'], string> = {
  present: 'present',
  negated: 'negated by',
  resolved: 'resolved',
  hypothetical: 'hypothetical',
  historical: 'in the past',
  mild: 'mild or on exertion',
};

function cueText(text: string, a: Assessment): string {
  const reason = STATUS_TEXT[a.status];
  if (!a.cue) return reason;
  const cue = text.slice(a.cue.start, a.cue.end);
  return a.status === 'negated' ? `${reason} '${cue}'` : `${reason} ('${cue}')`;
}

/** The strongest counted phrase for a category, for "rule … matched: category=…, phrase '…'". */
export function topEvidence(c: Classification, category: MessageCategory): Evidence | undefined {
  let best: Evidence | undefined;
  for (const e of c.evidence) {
    if (e.ignored || e.category !== category) continue;
    if (!best || e.weight > best.weight) best = e;
  }
  return best;
}

/** The PHRASES_PER_PART heaviest counted phrases for a category, heaviest (then earliest) first. */
function strongest(evidence: readonly Evidence[], category: MessageCategory): Evidence[] {
  const top: Evidence[] = [];
  for (const e of evidence) {
    if (e.ignored || e.category !== category || e.weight <= 0) continue;
    let i = top.length;
    while (i > 0 && top[i - 1].weight < e.weight) i--;
    if (i < PHRASES_PER_PART) {
      top.splice(i, 0, e);
      if (top.length > PHRASES_PER_PART) top.pop();
    }
  }
  return top;
}

/** Explanation items for what the text said: red flags, the prior, the deciding phrases, what was ignored. */
export function explainClassification(
  text: string,
  c: Classification,
  prior: MessageCategory | undefined,
): ExplanationItem[] {
  const items: ExplanationItem[] = [];
  for (const f of c.redFlags) {
    if (f.assessment.status !== 'present') continue;
    const phrase = text.slice(f.start, f.end);
    items.push({
      kind: 'red_flag',
      text: `red flag '${f.flag.label}' (${f.flag.id}): '${phrase}'`,
      phrase,
      start: f.start,
      end: f.end,
    });
  }
  if (prior) {
    let sentence: string;
    if (c.basis === 'prior') sentence = `no request recognised in the text: kept the patient's choice '${prior}'`;
    else if (prior === c.category) sentence = `patient chose '${prior}', consistent with the text`;
    else sentence = `patient chose '${prior}', but the text points to '${c.category}'`;
    items.push({ kind: 'prior', text: sentence });
  } else if (c.basis === 'default') {
    items.push({ kind: 'default', text: "no request recognised in the text and no category chosen: 'other'" });
  }
  for (const part of c.parts) {
    for (const e of strongest(c.evidence, part)) {
      const phrase = text.slice(e.start, e.end);
      const why = e.damped ? ' (as the reason for a request)' : '';
      items.push({ kind: 'phrase', text: `phrase '${phrase}' → ${part}${why}`, phrase, start: e.start, end: e.end });
    }
  }
  let ignored = 0;
  for (const f of c.redFlags) {
    if (f.assessment.status === 'present') continue;
    const phrase = text.slice(f.start, f.end);
    items.push({
      kind: 'negated',
      text: `'${phrase}' not treated as an emergency: ${cueText(text, f.assessment)}`,
      phrase,
      start: f.start,
      end: f.end,
    });
    ignored++;
  }
  for (const e of c.evidence) {
    if (!e.ignored || ignored >= MAX_IGNORED) continue;
    const phrase = text.slice(e.start, e.end);
    items.push({
      kind: 'negated',
      text: `'${phrase}' not counted for ${e.category}: ${cueText(text, e.ignored)}`,
      phrase,
      start: e.start,
      end: e.end,
    });
    ignored++;
  }
  return items;
}
