/**
 * Context cues around a finding, NegEx-style: is "chest pain" denied, in the past, hypothetical,
 * resolved, or happening now? One scan per message finds every cue (patterns in cue-patterns.ts);
 * each finding then looks only at the cues in its own clause or sentence.
 */
import { CUES, type CueKind } from './cue-patterns';
import type { Hit, TermSpec } from './matcher';

export type { CueKind } from './cue-patterns';

const CUE_TERM_LIST: TermSpec<CueKind>[] = [];
for (const kind of Object.keys(CUES) as CueKind[]) {
  for (const pattern of CUES[kind]) CUE_TERM_LIST.push({ pattern, meta: kind });
}
/** Cue patterns (compiled with the other lexicons in scan.ts). */
export const CUE_TERMS: readonly TermSpec<CueKind>[] = CUE_TERM_LIST;

/**
 * Sentence ends, as offsets just after the break: a run of . ! ? followed by whitespace, a quote,
 * a bracket or the end (so "100.4" and "2.5mg" do not split), and ; or a newline.
 */
function sentenceBreaks(folded: string): number[] {
  const out: number[] = [];
  const n = folded.length;
  for (let i = 0; i < n; i++) {
    const c = folded.charCodeAt(i);
    if (c === 59 || c === 10) out.push(i + 1);
    else if (c === 46 || c === 33 || c === 63) {
      let j = i + 1;
      while (j < n && (folded.charCodeAt(j) === 46 || folded.charCodeAt(j) === 33 || folded.charCodeAt(j) === 63)) j++;
      const next = j < n ? folded.charCodeAt(j) : -1;
      if (next === -1 || next === 32 || next === 9 || next === 13 || next === 10 || next === 34 || next === 39 || next === 41) out.push(j);
      i = j - 1;
    }
  }
  return out;
}

export interface CueIndex {
  readonly cues: Hit<CueKind>[];
  /** False when no cue can change a finding's status (most messages): findings are present. */
  readonly hasContext: boolean;
  /** Sorted end offsets of sentence breaks. */
  readonly sentenceBreaks: number[];
  readonly length: number;
}

/** Indexes the cue hits of a message (from scanMessage) with its sentence breaks. */
export function buildCueIndex(folded: string, cues: Hit<CueKind>[]): CueIndex {
  const breaks = sentenceBreaks(folded);
  let hasContext = false;
  for (const c of cues) if (c.meta !== 'clause' && c.meta !== 'segment' && c.meta !== 'recent') hasContext = true;
  return { cues, hasContext, sentenceBreaks: breaks, length: folded.length };
}

export function sentenceStart(index: CueIndex, pos: number): number {
  let start = 0;
  for (const b of index.sentenceBreaks) {
    if (b > pos) break;
    start = b;
  }
  return start;
}

export function sentenceEnd(index: CueIndex, pos: number): number {
  for (const b of index.sentenceBreaks) if (b > pos) return b;
  return index.length;
}

function clauseEnd(index: CueIndex, pos: number, sentEnd: number): number {
  for (const c of index.cues) {
    if (c.start < pos) continue;
    if (c.start >= sentEnd) break;
    if (c.meta === 'clause' || c.meta === 'segment') return c.start;
  }
  return sentEnd;
}

function clauseStart(index: CueIndex, pos: number, sentStart: number): number {
  let start = sentStart;
  for (const c of index.cues) {
    if (c.start >= pos) break;
    if ((c.meta === 'clause' || c.meta === 'segment') && c.end <= pos && c.end > start) start = c.end;
  }
  return start;
}

/** Characters before a finding that a negation may reach (about six words). */
const NEG_SCOPE = 42;
const REQNEG_SCOPE = 28;
const MILD_SCOPE = 28;
const HYPO_SCOPE = 60;
/** "history of …" reaches the finding it names, a few words on. */
const HISTPRE_SCOPE = 40;
const RESOLVED_SCOPE = 45;
/** "again" marks a recurrence only this close to the finding ("cut myself again last night"). */
const AGAIN_BEFORE = 20;
const AGAIN_AFTER = 30;

const PRESENT: Assessment = { status: 'present' };

export type FindingStatus = 'present' | 'negated' | 'resolved' | 'hypothetical' | 'historical' | 'mild';

export interface Assessment {
  status: FindingStatus;
  cue?: Hit<CueKind>;
}

export interface AssessOptions {
  /** Mild wording ("a little short of breath") or exertion ("when I climb stairs") defuses it. */
  mildDefuse?: boolean;
}

/**
 * Decides whether a symptom found at [start, end) is happening now. `anchor` is where the
 * symptom's key word starts (for phrases like "baby … fever", the last word).
 */
export function assessFinding(
  index: CueIndex,
  start: number,
  end: number,
  anchor: number,
  options: AssessOptions = {},
): Assessment {
  if (!index.hasContext) return PRESENT;
  const sStart = sentenceStart(index, start);
  const sEnd = sentenceEnd(index, Math.max(start, end - 1));
  const cStart = clauseStart(index, anchor, sentenceStart(index, anchor));
  // Past and present markers count in the finding's own clause: "I was suicidal years ago but I'm fine now".
  const ownStart = clauseStart(index, start, sStart);
  const ownEnd = clauseEnd(index, end, sEnd);
  let negation: Hit<CueKind> | undefined;
  let resolved: Hit<CueKind> | undefined;
  let hypo: Hit<CueKind> | undefined;
  let hist: Hit<CueKind> | undefined;
  let mild: Hit<CueKind> | undefined;
  let recentAfterResolved = false;
  let recent = false;
  for (const c of index.cues) {
    if (c.end <= sStart) continue;
    if (c.start >= sEnd) break;
    const inClause = c.start >= ownStart && c.end <= ownEnd;
    switch (c.meta) {
      case 'neg':
      case 'reqneg':
        if (c.start >= cStart && c.end <= anchor && anchor - c.end <= NEG_SCOPE) negation = c;
        break;
      case 'resolved':
        if (c.start >= end && c.start - end <= RESOLVED_SCOPE && !resolved) resolved = c;
        break;
      case 'hypo':
        if (c.start >= cStart && c.end <= start && start - c.end <= HYPO_SCOPE) hypo = c;
        break;
      case 'hist':
        if (inClause) hist ??= c;
        break;
      case 'histpre':
        if (inClause && c.end <= start && start - c.end <= HISTPRE_SCOPE) hist ??= c;
        break;
      case 'recent':
        if (inClause) recent = true;
        if (resolved && c.start >= resolved.end) recentAfterResolved = true;
        break;
      case 'again':
        if (c.end > start - AGAIN_BEFORE && c.start - end <= AGAIN_AFTER) {
          recent = true;
          if (resolved && c.start >= resolved.end) recentAfterResolved = true;
        }
        break;
      case 'recur':
        recent = true;
        if (resolved && c.start >= resolved.end) recentAfterResolved = true;
        break;
      case 'mild':
        if (c.start >= cStart && c.end <= anchor && anchor - c.end <= MILD_SCOPE) mild = c;
        break;
      case 'exertion':
        mild ??= c;
        break;
      default:
        break;
    }
  }
  if (negation) return { status: 'negated', cue: negation };
  if (resolved && !recentAfterResolved) return { status: 'resolved', cue: resolved };
  if (hypo) return { status: 'hypothetical', cue: hypo };
  if (hist && !recent) return { status: 'historical', cue: hist };
  if (mild && options.mildDefuse) return { status: 'mild', cue: mild };
  return { status: 'present' };
}

/** A request word ("appointment", "refill") that the patient says they do not want. */
export function requestNegation(index: CueIndex, start: number): Hit<CueKind> | undefined {
  const cStart = clauseStart(index, start, sentenceStart(index, start));
  let found: Hit<CueKind> | undefined;
  for (const c of index.cues) {
    if (c.start >= start) break;
    if (c.meta === 'reqneg' && c.start >= cStart && start - c.end <= REQNEG_SCOPE) found = c;
  }
  return found;
}
