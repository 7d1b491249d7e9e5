/**
 * The in-memory reference implementation of the measures. The SQL implementation must return the
 * same numbers and the same id lists; README.md states every rule it has to match.
 *
 * Levels:
 * - Per EP: the catalogue rule applied to that EP (measure-rules.ts).
 * - Practice: the UNION over all known EPs of the per-EP denominators, and the union of the per-EP
 *   numerators. A patient seen by two EPs is one patient at practice level; they are in the practice
 *   numerator if they are in the numerator of at least one EP. Visits belong to exactly one EP, so
 *   visit counts simply add up.
 */
import type { Dataset } from './dataset';
import type {
  ComputeOptions,
  EngineContext,
  MeasureQuery,
} from './engine-context';
import { buildContext, sortIds } from './engine-context';
import { measureById, measuresForStage } from './catalogue';
import type { MeasureId, Stage } from './measure-types';
import { denominatorIds, numeratorTest } from './measure-rules';
import type { Threshold } from './thresholds';
import { isMet, percentOf, thresholdInSchedule } from './thresholds';

export interface MeasureResult {
  id: MeasureId;
  numerator: number;
  denominator: number;
  /** 100 * numerator / denominator, unrounded; null when the denominator is 0. */
  percent: number | null;
  threshold: Threshold;
  met: boolean;
  /** The EP (or the whole practice) had no office visit in the period. */
  excluded: boolean;
  /** Which definition the figure uses (catalogue `definitionUsed`). */
  definition: string;
}

export interface ProviderMeasures {
  providerId: string;
  name: string;
  measures: MeasureResult[];
}

export interface MeasuresReport {
  practice: MeasureResult[];
  providers: ProviderMeasures[];
}

/** Sorted ids behind a figure: patient ids, or encounter ids for per-visit measures. */
export interface MeasureSets {
  denominator: string[];
  numerator: string[];
  /** In the denominator and not in the numerator: the patients (or visits) to work on. */
  gap: string[];
}

export type DrillDownSet = keyof MeasureSets;

/** Evaluates any measure for any EP (or the practice, providerId undefined) over one prepared dataset. */
export interface MeasureEvaluator {
  readonly providers: readonly { id: string; name: string }[];
  sets(measureId: MeasureId, providerId?: string): MeasureSets;
  result(measureId: MeasureId, providerId?: string): MeasureResult;
  isExcluded(providerId?: string): boolean;
}

interface RawSets {
  denominator: Set<string>;
  numerator: Set<string>;
}

/**
 * Prepares a dataset for one period and calendar. `query.providerId` is ignored here: the evaluator
 * answers for any EP. Use it to avoid re-indexing when asking many questions of one dataset.
 */
export function createEvaluator(
  dataset: Dataset,
  query: MeasureQuery,
): MeasureEvaluator {
  const ctx = buildContext(dataset, query);
  const cache = new Map<string, RawSets>();

  const providerSets = (measureId: MeasureId, providerId: string): RawSets => {
    const key = `${measureId}\u0000${providerId}`;
    let found = cache.get(key);
    if (!found) {
      const { rule } = measureById(measureId);
      const denominator = denominatorIds(ctx, rule.denominator, providerId);
      const inNumerator = numeratorTest(ctx, rule.numerator, providerId);
      found = {
        denominator: new Set(denominator),
        numerator: new Set(denominator.filter(inNumerator)),
      };
      cache.set(key, found);
    }
    return found;
  };

  const practiceSets = (measureId: MeasureId): RawSets => {
    const union: RawSets = { denominator: new Set(), numerator: new Set() };
    for (const p of ctx.providers) {
      const sets = providerSets(measureId, p.id);
      sets.denominator.forEach((id) => union.denominator.add(id));
      sets.numerator.forEach((id) => union.numerator.add(id));
    }
    return union;
  };

  const rawSets = (measureId: MeasureId, providerId?: string): RawSets => {
    measureById(measureId); // throws early on an unknown id
    if (providerId === undefined) return practiceSets(measureId);
    if (!ctx.providers.some((p) => p.id === providerId))
      return { denominator: new Set(), numerator: new Set() };
    return providerSets(measureId, providerId);
  };

  const isExcluded = (providerId?: string): boolean =>
    excluded(ctx, providerId);

  return {
    providers: ctx.providers.map((p) => ({ id: p.id, name: p.name })),
    isExcluded,
    sets(measureId, providerId) {
      const { denominator, numerator } = rawSets(measureId, providerId);
      return {
        denominator: sortIds(denominator),
        numerator: sortIds(numerator),
        gap: sortIds([...denominator].filter((id) => !numerator.has(id))),
      };
    },
    result(measureId, providerId) {
      const { denominator, numerator } = rawSets(measureId, providerId);
      const definition = measureById(measureId);
      const threshold = thresholdInSchedule(
        definition.thresholds,
        ctx.programYear,
      );
      const isOut = isExcluded(providerId);
      return {
        id: measureId,
        numerator: numerator.size,
        denominator: denominator.size,
        percent: percentOf(numerator.size, denominator.size),
        threshold,
        met: isMet(threshold, numerator.size, denominator.size, isOut),
        excluded: isOut,
        definition: definition.definitionUsed,
      };
    },
  };
}

/**
 * An EP with no office visit in the period is excluded from every measure of the period; the
 * practice is excluded only when nobody had one. Excluded figures are still computed and listed,
 * but `met` is false.
 */
function excluded(ctx: EngineContext, providerId?: string): boolean {
  if (providerId === undefined) return ctx.visitInPeriodById.size === 0;
  return !ctx.visitsInPeriod.has(providerId);
}

/**
 * Every measure of a stage, for the practice and per EP (all known EPs sorted by id, or only
 * `options.providerId`; an unknown providerId gives an empty list). The practice figures always
 * cover the whole practice, whatever `providerId` says.
 */
export function computeMeasures(
  dataset: Dataset,
  options: ComputeOptions,
): MeasuresReport {
  assertStage(options.stage);
  const evaluator = createEvaluator(dataset, options);
  const ids = measuresForStage(options.stage).map((m) => m.id);
  const providers = evaluator.providers.filter(
    (p) => options.providerId === undefined || p.id === options.providerId,
  );
  return {
    practice: ids.map((id) => evaluator.result(id)),
    providers: providers.map((p) => ({
      providerId: p.id,
      name: p.name,
      measures: ids.map((id) => evaluator.result(id, p.id)),
    })),
  };
}

/**
 * The sorted ids behind one figure: for `options.providerId`'s EP, or the practice without it.
 * Patient ids, except for per-visit measures (clinical summaries), which return encounter ids.
 */
export function patientsFor(
  dataset: Dataset,
  measureId: MeasureId,
  options: MeasureQuery,
  set: DrillDownSet,
): string[] {
  return createEvaluator(dataset, options).sets(measureId, options.providerId)[
    set
  ];
}

function assertStage(stage: unknown): asserts stage is Stage {
  if (stage !== 1 && stage !== 2 && stage !== 3)
    throw new RangeError(`stage must be 1, 2 or 3, got ${String(stage)}`);
}
