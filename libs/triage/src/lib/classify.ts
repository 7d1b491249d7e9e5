import type { MessageCategory } from '@carequeue/contracts';
import { assessFinding, buildCueIndex, requestNegation, type Assessment, type CueIndex } from './cues';
import type { CategoryTerm } from './lexicon';
import type { Hit } from './matcher';
import type { RedFlag, RedFlagMeta } from './red-flags';
import { scanMessage } from './scan';
import { PHYSICIAN_CATEGORIES, TRIAGE_CATEGORIES } from './vocabulary';

/** A piece of text evidence for a category, after context was applied. */
export interface Evidence {
  category: MessageCategory;
  /** Effective weight (after subject boost and reason-for-visit damping); 0 when negated. */
  weight: number;
  start: number;
  end: number;
  /** Set when the evidence did not count: why, and the cue that said so. */
  ignored?: Assessment;
  /** A symptom that is only the reason for a request in the same sentence ("appointment for my knee"). */
  damped?: boolean;
}

export interface RedFlagFinding {
  flag: RedFlag;
  start: number;
  end: number;
  assessment: Assessment;
}

export interface Classification {
  category: MessageCategory;
  urgent: boolean;
  parts: MessageCategory[];
  /** True when a clinical part pulled a request-type message to the physician. */
  mixed: boolean;
  /** Text evidence per category (no prior). */
  textScores: Record<MessageCategory, number>;
  evidence: Evidence[];
  redFlags: RedFlagFinding[];
  /** How the category was reached. */
  basis: 'text' | 'prior' | 'default';
  confidence: number;
}

/** Weight of the patient's own category choice: it breaks ties and decides weak messages. */
const PRIOR_WEIGHT = 1.5;
/** Evidence needed for a category to count as one of the message's requests. */
const PART_MIN = 2;
/** Evidence a clinical part needs to pull a request (refill, booking…) to the physician. */
const MIXED_MIN = 2.5;
/** Symptoms named as the reason for a request in the same sentence count this much. */
const REASON_DAMPING = 0.35;
/** Evidence weight a present red flag adds to clinical_question. */
const RED_FLAG_WEIGHT = 5;
/** Subjects are short and deliberate ("Refill request"): their words count a little more. */
const SUBJECT_BOOST = 1.2;
const REQUEST_TRIGGER = 2.5;

function zeroScores(): Record<MessageCategory, number> {
  return {
    medication_refill: 0,
    appointment: 0,
    test_results: 0,
    clinical_question: 0,
    billing: 0,
    records_forms: 0,
    other: 0,
  };
}

function isPhysicianCategory(category: MessageCategory): boolean {
  return category === 'clinical_question' || category === 'test_results';
}

/**
 * Classifies folded text (see foldText). `subjectLength` is where the subject ends.
 */
export function classify(folded: string, subjectLength: number, prior: MessageCategory | undefined): Classification {
  const hits = scanMessage(folded);
  const cues = buildCueIndex(folded, hits.cues);
  const evidence = weighEvidence(hits.categories, cues, subjectLength);
  const redFlags = findRedFlags(folded, hits.flags, cues, subjectLength);

  const textScores = zeroScores();
  // Body-only evidence decides whether a clinical part pulls a request to the physician:
  // subjects summarise ("X-ray and refill") rather than ask.
  const bodyScores = zeroScores();
  for (const e of evidence) {
    if (e.ignored) continue;
    textScores[e.category] += e.weight;
    if (e.start > subjectLength) bodyScores[e.category] += e.weight;
  }
  let urgent = false;
  const flagged = new Set<string>();
  for (const f of redFlags) {
    if (f.assessment.status !== 'present') continue;
    urgent = true;
    // Each distinct emergency counts once: repeating "chest pain" does not make it more urgent.
    if (!flagged.has(f.flag.id)) {
      textScores.clinical_question += RED_FLAG_WEIGHT;
      bodyScores.clinical_question += RED_FLAG_WEIGHT;
    }
    flagged.add(f.flag.id);
  }

  const parts = TRIAGE_CATEGORIES.filter((c) => textScores[c] >= PART_MIN).sort((a, b) => textScores[b] - textScores[a]);
  let category: MessageCategory;
  let basis: Classification['basis'] = 'text';
  let best = 0;
  let second = 0;
  if (parts.length === 0 && !TRIAGE_CATEGORIES.some((c) => textScores[c] > 0)) {
    category = prior ?? 'other';
    basis = prior ? 'prior' : 'default';
  } else {
    category = 'other';
    best = -1;
    // The patient's choice counts unless all the text says for it is the reason for another request
    // ("Rash: can I come in Friday?" is an appointment).
    const priorOnlyReason =
      prior !== undefined && textScores[prior] > 0 && !evidence.some((e) => e.category === prior && !e.ignored && !e.damped);
    for (const c of TRIAGE_CATEGORIES) {
      const score = textScores[c] + (c === prior && !priorOnlyReason ? PRIOR_WEIGHT : 0);
      if (score > best || (score === best && c === prior)) {
        second = Math.max(second, best);
        best = score;
        category = c;
      } else if (score > second) {
        second = score;
      }
    }
    if (textScores[category] === 0) basis = 'prior';
  }

  // A mixed message goes where every part can be answered: a clinical part pulls it to the physician.
  let mixed = false;
  if (!isPhysicianCategory(category)) {
    const clinical = PHYSICIAN_CATEGORIES.filter((c) => bodyScores[c] >= MIXED_MIN).sort(
      (a, b) => textScores[b] - textScores[a],
    );
    if (clinical.length > 0) {
      mixed = textScores[category] >= PART_MIN;
      category = clinical[0];
      basis = 'text';
    }
  }
  // An emergency is a clinical matter whatever else the message asks.
  if (urgent && category !== 'clinical_question') {
    mixed = mixed || textScores[category] >= PART_MIN;
    category = 'clinical_question';
  }
  if (parts.length === 0) parts.push(category);
  else if (!parts.includes(category)) parts.unshift(category);
  else if (parts[0] !== category) parts.splice(0, 0, ...parts.splice(parts.indexOf(category), 1));

  const confidence = scoreConfidence(textScores[category], best, second, basis, urgent, category === prior);
  return { category, urgent, parts, mixed, textScores, evidence, redFlags, basis, confidence };
}

function weighEvidence(hits: Hit<CategoryTerm>[], cues: CueIndex, subjectLength: number): Evidence[] {
  const segments = segment(cues);
  const evidence: Evidence[] = [];
  const requestSegments = new Set<number>();
  const segmentOfHit: number[] = [];
  const roles: CategoryTerm['role'][] = [];
  for (const hit of hits) {
    const { category, role } = hit.meta;
    let weight = hit.meta.weight;
    if (hit.end <= subjectLength) weight *= SUBJECT_BOOST;
    let ignored: Assessment | undefined;
    if (role === 'symptom') {
      // A denied, past, hypothetical or resolved symptom is not a question about it.
      const a = assessFinding(cues, hit.start, hit.end, hit.start);
      if (a.status !== 'present' && a.status !== 'mild') ignored = a;
    } else if (role === 'request') {
      const cue = requestNegation(cues, hit.start);
      if (cue) ignored = { status: 'negated', cue };
    }
    const seg = segments.of(hit.start);
    if (!ignored && role === 'request' && !isPhysicianCategory(category) && hit.meta.weight >= REQUEST_TRIGGER) {
      requestSegments.add(seg);
    }
    evidence.push({ category, weight: ignored ? 0 : weight, start: hit.start, end: hit.end, ignored });
    segmentOfHit.push(seg);
    roles.push(role);
  }
  // Symptoms told alongside a staff request are the reason for it ("an appointment for my knee
  // pain", "a note for work, I had the flu"), not a second question: in the request's own segment,
  // and in plain follow-on sentences. A segment opened by "also", "by the way"… is a new request,
  // and a real question ("should I…?") is never the reason for anything.
  const anyRequest = requestSegments.size > 0;
  for (let i = 0; i < evidence.length; i++) {
    const e = evidence[i];
    if (e.ignored || !isPhysicianCategory(e.category) || roles[i] === 'question') continue;
    const seg = segmentOfHit[i];
    // Beyond its own segment, a request absorbs descriptions, not asks ("did my A1c come back?"),
    // except in the subject, which only summarises.
    const describes = roles[i] !== 'request' || seg === 0;
    if (requestSegments.has(seg) || (anyRequest && describes && !segments.explicit(seg))) {
      e.weight *= REASON_DAMPING;
      e.damped = true;
    }
  }
  return evidence;
}

/** Segments: sentences, split again at "also", "by the way"… (explicit new requests). */
function segment(cues: CueIndex): { of(pos: number): number; explicit(seg: number): boolean } {
  // Merge the two sorted boundary lists: sentence ends, and segment cues (explicit).
  const positions: number[] = [];
  const explicitAt: boolean[] = [];
  const breaks = cues.sentenceBreaks;
  let b = 0;
  for (const c of cues.cues) {
    if (c.meta !== 'segment') continue;
    while (b < breaks.length && breaks[b] <= c.start) {
      positions.push(breaks[b++]);
      explicitAt.push(false);
    }
    positions.push(c.start);
    explicitAt.push(true);
  }
  while (b < breaks.length) {
    positions.push(breaks[b++]);
    explicitAt.push(false);
  }
  return {
    of(pos: number): number {
      let n = 0;
      while (n < positions.length && positions[n] <= pos) n++;
      return n;
    },
    explicit(seg: number): boolean {
      return seg > 0 && explicitAt[seg - 1];
    },
  };
}

function findRedFlags(folded: string, hits: Hit<RedFlagMeta>[], cues: CueIndex, subjectLength: number): RedFlagFinding[] {
  const findings: RedFlagFinding[] = [];
  for (const hit of hits) {
    const { flag } = hit.meta;
    const options = { mildDefuse: flag.mildDefuse };
    let assessment = assessFinding(cues, hit.start, hit.end, hit.start, options);
    if (assessment.status === 'present' && flag.composite) {
      const lastWord = folded.lastIndexOf(' ', hit.end - 1) + 1;
      if (lastWord > hit.start) {
        const tail = assessFinding(cues, hit.start, hit.end, lastWord, options);
        if (tail.status === 'negated') assessment = tail;
      }
    }
    findings.push({ flag, start: hit.start, end: hit.end, assessment });
  }
  // A subject is a title ("Overdose question", "Old chest pain"): when the body speaks of the same
  // thing, the body's context decides; a subject alone still counts.
  for (const f of findings) {
    if (f.end > subjectLength) continue;
    const inBody = findings.filter((g) => g.start > subjectLength && g.flag.id === f.flag.id);
    if (inBody.length > 0 && !inBody.some((g) => g.assessment.status === 'present')) {
      f.assessment = { status: inBody[0].assessment.status, cue: inBody[0].assessment.cue };
    }
  }
  return findings;
}

function scoreConfidence(
  own: number,
  best: number,
  second: number,
  basis: Classification['basis'],
  urgent: boolean,
  agreesWithPrior: boolean,
): number {
  let confidence: number;
  if (basis === 'default') confidence = 0.2;
  else if (basis === 'prior') confidence = 0.4;
  else {
    const strength = 1 - Math.exp(-own / 3);
    const margin = best > 0 ? Math.max(0, best - second) / best : 0;
    confidence = 0.25 + 0.7 * strength * (0.4 + 0.6 * margin);
    if (agreesWithPrior) confidence += 0.05;
  }
  if (urgent) confidence = Math.max(confidence, 0.9);
  return Math.round(Math.min(0.99, Math.max(0.05, confidence)) * 100) / 100;
}
