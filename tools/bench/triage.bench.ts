/**
 * Triage engine benchmark: accuracy tables for the labelled corpus and the held-out sets, then
 * speed of the engine with the default rules against a trivial baseline measured in the same run.
 *
 *   npm run bench   (tools/bench/run.ts runs every benchmark)
 */
import { createTriageEngine, evaluate, formatEvaluationTable, type TriageEngineContext } from '@carequeue/triage';
import { CORPUS, HOLDOUT, HOLDOUT_BLIND, HOLDOUT_FRESH } from '@carequeue/triage/corpus';

const MIN_SECONDS = 1;
const WARMUP_PASSES = 30;

const engine = createTriageEngine();
// A realistic context: the patient has a primary physician, who is in today.
const context: TriageEngineContext = {
  rulesVersion: 1,
  patient: { ageYears: 52, primaryPhysicianId: 'dr-lee' },
  physicians: [
    { id: 'dr-lee', name: 'Dr Lee', outOfOffice: false, coveringPhysicianId: 'dr-ng' },
    { id: 'dr-ng', name: 'Dr Ng', outOfOffice: false },
  ],
  localHour: 10,
};

console.log(formatEvaluationTable(evaluate(engine, CORPUS), 'Corpus'));
console.log();
console.log(formatEvaluationTable(evaluate(engine, HOLDOUT), 'Held-out set'));
console.log();
console.log(formatEvaluationTable(evaluate(engine, HOLDOUT_FRESH), 'Second held-out set'));
console.log();
console.log(formatEvaluationTable(evaluate(engine, HOLDOUT_BLIND), 'Blind held-out set'));
console.log();

interface Timing {
  name: string;
  microsPerMessage: number;
  messagesPerSecond: number;
}

/** Runs `fn` over every corpus message for at least MIN_SECONDS after a warm-up. */
function time(name: string, fn: (subject: string, body: string, index: number) => unknown): Timing {
  const messages = CORPUS;
  let sink = 0;
  for (let pass = 0; pass < WARMUP_PASSES; pass++) {
    for (let i = 0; i < messages.length; i++) if (fn(messages[i].subject, messages[i].body, i)) sink++;
  }
  let count = 0;
  const started = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < BigInt(MIN_SECONDS * 1e9)) {
    for (let i = 0; i < messages.length; i++) if (fn(messages[i].subject, messages[i].body, i)) sink++;
    count += messages.length;
    elapsed = process.hrtime.bigint() - started;
  }
  if (sink < 0) console.log(sink); // keeps the work observable
  const seconds = Number(elapsed) / 1e9;
  return { name, microsPerMessage: (seconds * 1e6) / count, messagesPerSecond: count / seconds };
}

const baselinePattern = /\brefill\b/;
const baseline = time('baseline: toLowerCase + one regex', (subject, body) => baselinePattern.test(body.toLowerCase()));
const triage = time('triage engine, default rules', (subject, body, i) =>
  engine.decide({ subject, body, category: CORPUS[i].category }, context),
);

const avgChars = CORPUS.reduce((n, m) => n + m.subject.length + m.body.length, 0) / CORPUS.length;
const rows = [baseline, triage].map((t) => [
  t.name,
  t.microsPerMessage.toFixed(2),
  Math.round(t.messagesPerSecond).toLocaleString('en-US'),
]);
const header = ['run', 'µs/message', 'messages/s'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(`Speed over ${CORPUS.length} corpus messages (average ${avgChars.toFixed(0)} characters), one core, ≥ ${MIN_SECONDS} s each`);
console.log(line(header));
for (const r of rows) console.log(line(r));
console.log(`ratio engine / baseline: ${(triage.microsPerMessage / baseline.microsPerMessage).toFixed(1)}x`);
console.log(`target ≤ 20 µs/message (≥ 50,000 messages/s): ${triage.microsPerMessage <= 20 ? 'met' : 'NOT met'}`);
