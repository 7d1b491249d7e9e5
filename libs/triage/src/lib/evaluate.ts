import type { MessageCategory, Pool } from '@carequeue/contracts';
import type { TriageDecision, TriageEngine, TriageEngineContext, TriageInput } from './types';
import { TRIAGE_CATEGORIES } from './vocabulary';

/** A message with the answer a careful clinician-side reader would give. */
export interface LabelledMessage {
  id: string;
  subject: string;
  body: string;
  /** What the patient picked in the portal (a prior, may be wrong). */
  category?: MessageCategory;
  expected: { category: MessageCategory; urgent: boolean; pool: Pool };
}

export interface CategoryScore {
  support: number;
  predicted: number;
  truePositives: number;
  /** null when nothing was predicted (undefined precision). */
  precision: number | null;
  recall: number | null;
}

export interface EvaluationMiss {
  id: string;
  expected: LabelledMessage['expected'];
  actual: { category: MessageCategory; urgent: boolean; pool: Pool };
}

export interface EvaluationReport {
  total: number;
  /** Category accuracy. */
  accuracy: number;
  poolAccuracy: number;
  perCategory: Record<MessageCategory, CategoryScore>;
  emergency: {
    truePositives: number;
    falsePositives: number;
    falseNegatives: number;
    precision: number | null;
    recall: number | null;
  };
  /** confusion[expected][predicted] = count. */
  confusion: Record<MessageCategory, Record<MessageCategory, number>>;
  misses: EvaluationMiss[];
}

type Decider = TriageEngine | ((input: TriageInput) => TriageDecision);

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

/** Runs the engine over labelled messages and scores it. Pure: no timing, no I/O. */
export function evaluate(
  engine: Decider,
  corpus: readonly LabelledMessage[],
  context: TriageEngineContext = {},
): EvaluationReport {
  const decide = typeof engine === 'function' ? engine : (input: TriageInput) => engine.decide(input, context);
  const confusion = {} as Record<MessageCategory, Record<MessageCategory, number>>;
  for (const e of TRIAGE_CATEGORIES) {
    confusion[e] = {} as Record<MessageCategory, number>;
    for (const p of TRIAGE_CATEGORIES) confusion[e][p] = 0;
  }
  let correct = 0;
  let poolCorrect = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: EvaluationMiss[] = [];
  for (const m of corpus) {
    const d = decide({ subject: m.subject, body: m.body, category: m.category });
    confusion[m.expected.category][d.category]++;
    if (d.category === m.expected.category) correct++;
    if (d.pool === m.expected.pool) poolCorrect++;
    if (d.urgent && m.expected.urgent) tp++;
    else if (d.urgent) fp++;
    else if (m.expected.urgent) fn++;
    if (d.category !== m.expected.category || d.urgent !== m.expected.urgent || d.pool !== m.expected.pool) {
      misses.push({ id: m.id, expected: m.expected, actual: { category: d.category, urgent: d.urgent, pool: d.pool } });
    }
  }
  const perCategory = {} as Record<MessageCategory, CategoryScore>;
  for (const c of TRIAGE_CATEGORIES) {
    const support = TRIAGE_CATEGORIES.reduce((n, p) => n + confusion[c][p], 0);
    const predicted = TRIAGE_CATEGORIES.reduce((n, e) => n + confusion[e][c], 0);
    const truePositives = confusion[c][c];
    perCategory[c] = {
      support,
      predicted,
      truePositives,
      precision: ratio(truePositives, predicted),
      recall: ratio(truePositives, support),
    };
  }
  const total = corpus.length;
  return {
    total,
    accuracy: total === 0 ? 0 : correct / total,
    poolAccuracy: total === 0 ? 0 : poolCorrect / total,
    perCategory,
    emergency: { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) },
    confusion,
    misses,
  };
}

const SHORT: Record<MessageCategory, string> = {
  medication_refill: 'refill',
  appointment: 'appt',
  test_results: 'results',
  clinical_question: 'clinical',
  billing: 'billing',
  records_forms: 'forms',
  other: 'other',
};

function pct(value: number | null): string {
  return value === null ? '-' : `${(value * 100).toFixed(1)}%`;
}

function row(cells: string[], widths: number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
}

/** Renders a report as a plain-text table (per-category scores, emergencies, confusion matrix). */
export function formatEvaluationTable(report: EvaluationReport, title = 'Triage evaluation'): string {
  const lines: string[] = [`${title}: ${report.total} messages`];
  const w = [18, 8, 10, 10, 8];
  lines.push(row(['category', 'support', 'precision', 'recall', 'correct'], w));
  for (const c of TRIAGE_CATEGORIES) {
    const s = report.perCategory[c];
    lines.push(row([c, String(s.support), pct(s.precision), pct(s.recall), String(s.truePositives)], w));
  }
  const e = report.emergency;
  lines.push('');
  lines.push(`category accuracy   ${pct(report.accuracy)}`);
  lines.push(`pool accuracy       ${pct(report.poolAccuracy)}`);
  lines.push(
    `emergency recall    ${pct(e.recall)}   precision ${pct(e.precision)}   (tp ${e.truePositives}, fp ${e.falsePositives}, fn ${e.falseNegatives})`,
  );
  lines.push('');
  lines.push('confusion (rows = expected, columns = predicted)');
  const cw = [10, ...TRIAGE_CATEGORIES.map(() => 8)];
  lines.push(row(['', ...TRIAGE_CATEGORIES.map((c) => SHORT[c])], cw));
  for (const ex of TRIAGE_CATEGORIES) {
    lines.push(row([SHORT[ex], ...TRIAGE_CATEGORIES.map((p) => String(report.confusion[ex][p]))], cw));
  }
  return lines.join('\n');
}
