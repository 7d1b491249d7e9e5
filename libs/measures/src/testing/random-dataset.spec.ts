import { CATALOGUE, measuresForStage } from '../lib/catalogue';
import type { MeasureId } from '../lib/measure-types';
import type { MeasureSets } from '../lib/reference-engine';
import { computeMeasures, createEvaluator } from '../lib/reference-engine';
import { isMet, thresholdInSchedule } from '../lib/thresholds';
import { createRng, randomScenario } from './random-dataset';

const SEEDS = Array.from({ length: 50 }, (_, i) => i + 1);
const isSubset = (a: readonly string[], b: readonly string[]): boolean => {
  const set = new Set(b);
  return a.every((id) => set.has(id));
};
const isSorted = (ids: readonly string[]): boolean =>
  ids.every((id, i) => i === 0 || ids[i - 1] < id);

describe('createRng', () => {
  it('is deterministic per seed and stays in range', () => {
    const a = createRng(42);
    const b = createRng(42);
    const draws = Array.from({ length: 100 }, () => a.int(3, 7));
    expect(Array.from({ length: 100 }, () => b.int(3, 7))).toEqual(draws);
    expect(Math.min(...draws)).toBe(3);
    expect(Math.max(...draws)).toBe(7);
    expect(createRng(43).next()).not.toBe(createRng(42).next());
  });
});

describe('randomScenario', () => {
  it('is deterministic', () => {
    expect(randomScenario(7)).toEqual(randomScenario(7));
    expect(randomScenario(7)).not.toEqual(randomScenario(8));
  });

  it('keeps references valid and ids unique', () => {
    for (const seed of SEEDS) {
      const { dataset } = randomScenario(seed);
      const patients = new Set(dataset.patients.map((p) => p.id));
      const providers = new Set(dataset.providers.map((p) => p.id));
      const encounters = new Set(dataset.encounters.map((e) => e.id));
      expect(patients.size).toBe(dataset.patients.length);
      expect(encounters.size).toBe(dataset.encounters.length);
      for (const e of dataset.encounters)
        expect(patients.has(e.patientId) && providers.has(e.providerId)).toBe(
          true,
        );
      for (const s of dataset.summaryProvided)
        expect(encounters.has(s.encounterId)).toBe(true);
      for (const g of dataset.accessGranted)
        expect(g.encounterId == null || encounters.has(g.encounterId)).toBe(
          true,
        );
      for (const m of dataset.secureMessages)
        expect(m.providerId == null || providers.has(m.providerId)).toBe(true);
    }
  });
});

describe('invariants on 50 random datasets', () => {
  it.each(SEEDS)('seed %i', (seed) => {
    const { dataset, options } = randomScenario(seed);
    const evaluator = createEvaluator(dataset, options);
    const providerIds = evaluator.providers.map((p) => p.id);

    for (const measure of CATALOGUE) {
      const id: MeasureId = measure.id;
      const practice = evaluator.sets(id);
      const perProvider = providerIds.map((p) => evaluator.sets(id, p));
      for (const sets of [practice, ...perProvider]) checkSets(sets);

      // Practice level is the union over EPs.
      const union = (pick: (s: MeasureSets) => string[]) =>
        [...new Set(perProvider.flatMap(pick))].sort();
      expect(practice.denominator).toEqual(union((s) => s.denominator));
      expect(practice.numerator).toEqual(union((s) => s.numerator));
      const maxDenominator = Math.max(
        0,
        ...perProvider.map((s) => s.denominator.length),
      );
      const sumDenominator = perProvider.reduce(
        (n, s) => n + s.denominator.length,
        0,
      );
      expect(practice.denominator.length).toBeGreaterThanOrEqual(
        maxDenominator,
      );
      expect(practice.denominator.length).toBeLessThanOrEqual(sumDenominator);
      // A visit belongs to exactly one EP.
      if (measure.unit === 'visits')
        expect(practice.denominator.length).toBe(sumDenominator);

      for (const providerId of [undefined, ...providerIds]) {
        const r = evaluator.result(id, providerId);
        const sets = evaluator.sets(id, providerId);
        const threshold = thresholdInSchedule(
          measure.thresholds,
          options.programYear,
        );
        expect(r.numerator).toBe(sets.numerator.length);
        expect(r.denominator).toBe(sets.denominator.length);
        expect(r.percent).toBe(
          r.denominator === 0 ? null : (100 * r.numerator) / r.denominator,
        );
        expect(r.threshold).toEqual(threshold);
        expect(r.met).toBe(
          isMet(threshold, r.numerator, r.denominator, r.excluded),
        );
        if (r.excluded) expect(r.met).toBe(false);
        if (
          measure.rule.denominator.kind === 'patients_seen' ||
          measure.unit === 'visits'
        ) {
          expect(r.excluded).toBe(r.denominator === 0);
        }
      }
    }

    for (const providerId of [undefined, ...providerIds]) {
      const s = (id: MeasureId) => evaluator.sets(id, providerId);
      // Measures that share a rule agree.
      expect(s('s1-timely-access')).toEqual(s('s2-online-access'));
      expect(s('s2-vdt')).toEqual(s('s3-vdt'));
      expect(s('s2-vdt')).toEqual(s('s2m-vdt'));
      expect(s('s1-education')).toEqual(s('s2-education'));
      expect(s('s2-education')).toEqual(s('s3-education'));
      expect(s('s2m-secure-messaging')).toEqual(s('s3-secure-messaging'));
      // Tighter deadlines give smaller numerators: 48 hours never reach past 4 business days.
      expect(
        isSubset(
          s('s3-online-access').numerator,
          s('s2-online-access').numerator,
        ),
      ).toBe(true);
      expect(
        isSubset(
          s('s2-clinical-summaries').numerator,
          s('s1-clinical-summaries').numerator,
        ),
      ).toBe(true);
      // Every seen-based denominator is the same set of patients.
      expect(s('s2-secure-messaging').denominator).toEqual(
        s('s2-vdt').denominator,
      );
    }

    // computeMeasures reports the same figures as the evaluator, for the stage's measures only.
    const report = computeMeasures(dataset, options);
    expect(report.practice.map((m) => m.id)).toEqual(
      measuresForStage(options.stage).map((m) => m.id),
    );
    expect(report.practice).toEqual(
      report.practice.map((m) => evaluator.result(m.id)),
    );
    expect(report.providers.map((p) => p.providerId)).toEqual(providerIds);
  });

  it('exercise the interesting cases across the 50 seeds', () => {
    let excluded = 0;
    let nonEmpty = 0;
    let gaps = 0;
    for (const seed of SEEDS) {
      const { dataset, options } = randomScenario(seed);
      const report = computeMeasures(dataset, { ...options, stage: 2 });
      for (const p of report.providers) {
        excluded += p.measures[0].excluded ? 1 : 0;
        nonEmpty += p.measures.filter((m) => m.numerator > 0).length;
        gaps += p.measures.filter(
          (m) => m.numerator > 0 && m.numerator < m.denominator,
        ).length;
      }
    }
    expect(excluded).toBeGreaterThan(5);
    expect(nonEmpty).toBeGreaterThan(100);
    expect(gaps).toBeGreaterThan(50);
  });
});

function checkSets(sets: MeasureSets): void {
  const { denominator, numerator, gap } = sets;
  expect(isSorted(denominator) && isSorted(numerator) && isSorted(gap)).toBe(
    true,
  );
  expect(isSubset(numerator, denominator)).toBe(true);
  expect(isSubset(gap, denominator)).toBe(true);
  expect(numerator.filter((id) => gap.includes(id))).toEqual([]);
  expect(numerator.length + gap.length).toBe(denominator.length);
}
