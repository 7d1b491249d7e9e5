import { DatasetBuilder } from '../testing/dataset-builder';
import type { Dataset } from './dataset';
import type { ComputeOptions } from './engine-context';
import {
  computeMeasures,
  createEvaluator,
  patientsFor,
} from './reference-engine';

const period = { from: '2024-01-08', to: '2024-01-31' };
const et = (date: string, time = '12:00'): string => `${date}T${time}:00-05:00`;

function practice() {
  return new DatasetBuilder()
    .provider('A', 'Dr Adams')
    .provider('B', 'Dr Baker')
    .provider('C', 'Dr Cole') // sees nobody in the period
    .visit('e1', 'shared', 'A', '2024-01-09')
    .visit('e2', 'shared', 'A', '2024-01-16')
    .visit('e3', 'shared', 'B', '2024-01-17')
    .visit('e4', 'only-A', 'A', '2024-01-10')
    .visit('e5', 'only-B', 'B', '2024-01-10')
    .visit('e6', 'old-C', 'C', '2023-12-01')
    .activity('only-A', et('2024-01-11'))
    .message('shared', 'B', 'from_patient', et('2024-01-18'))
    .build();
}

describe('unique patients seen', () => {
  it('counts a patient seen twice by one EP once', () => {
    const r = createEvaluator(practice(), period).result('s2-vdt', 'A');
    expect(r.denominator).toBe(2);
  });

  it('counts a patient seen by two EPs once at practice level (union over EPs)', () => {
    const evaluator = createEvaluator(practice(), period);
    expect(evaluator.sets('s2-vdt')).toEqual({
      denominator: ['only-A', 'only-B', 'shared'],
      numerator: ['only-A'],
      gap: ['only-B', 'shared'],
    });
    // In B's numerator only, still in the practice numerator once.
    expect(evaluator.sets('s2-secure-messaging', 'A').numerator).toEqual([]);
    expect(evaluator.sets('s2-secure-messaging', 'B').numerator).toEqual([
      'shared',
    ]);
    expect(evaluator.sets('s2-secure-messaging').numerator).toEqual(['shared']);
  });

  it('adds up visits across EPs for per-visit measures', () => {
    const evaluator = createEvaluator(practice(), period);
    expect(evaluator.result('s1-clinical-summaries').denominator).toBe(5);
    expect(evaluator.sets('s1-clinical-summaries', 'A').denominator).toEqual([
      'e1',
      'e2',
      'e4',
    ]);
  });
});

describe('exclusion', () => {
  it('excludes an EP with no office visits in the period, not as 0%', () => {
    const report = computeMeasures(practice(), { ...period, stage: 2 });
    const cole = report.providers.find((p) => p.providerId === 'C');
    expect(cole?.name).toBe('Dr Cole');
    for (const m of cole?.measures ?? []) {
      expect(m).toMatchObject({ excluded: true, met: false });
    }
    expect(cole?.measures.find((m) => m.id === 's2-vdt')).toMatchObject({
      denominator: 0,
      percent: null,
    });
    expect(
      report.providers
        .find((p) => p.providerId === 'A')
        ?.measures.every((m) => !m.excluded),
    ).toBe(true);
  });

  it('excludes an EP whose only encounters in the period are not office visits', () => {
    const ds = new DatasetBuilder()
      .visit('e1', 'p', 'A', '2024-01-09', { kind: 'other' })
      .build();
    const r = createEvaluator(ds, period).result('s2-vdt', 'A');
    expect(r).toMatchObject({ excluded: true, met: false, denominator: 0 });
    expect(createEvaluator(ds, period).result('s2-vdt')).toMatchObject({
      excluded: true,
    });
  });

  it('never lets a capability measure pass for an excluded EP', () => {
    const r = createEvaluator(practice(), {
      ...period,
      programYear: 2015,
    }).result('s2m-secure-messaging', 'C');
    expect(r).toMatchObject({
      threshold: { kind: 'capability' },
      excluded: true,
      met: false,
    });
  });
});

describe('computeMeasures', () => {
  const options: ComputeOptions = { ...period, stage: 3 };

  it('returns the stage measures for the practice and every EP, sorted by id', () => {
    const report = computeMeasures(practice(), options);
    expect(report.practice.map((m) => m.id)).toEqual([
      's3-online-access',
      's3-education',
      's3-vdt',
      's3-secure-messaging',
    ]);
    expect(report.providers.map((p) => p.providerId)).toEqual(['A', 'B', 'C']);
    expect(report.practice[2]).toEqual({
      id: 's3-vdt',
      numerator: 1,
      denominator: 3,
      percent: 100 / 3,
      threshold: { kind: 'percent', value: 5 },
      met: true,
      excluded: false,
      definition: expect.stringContaining('Stage 3') as unknown as string,
    });
  });

  it('restricts the EP list to providerId but keeps the whole practice', () => {
    const report = computeMeasures(practice(), { ...options, providerId: 'B' });
    expect(report.providers.map((p) => p.providerId)).toEqual(['B']);
    expect(report.practice).toEqual(
      computeMeasures(practice(), options).practice,
    );
    expect(
      computeMeasures(practice(), { ...options, providerId: 'Z' }).providers,
    ).toEqual([]);
  });

  it('does not depend on the order of the records', () => {
    const ds = practice();
    const reversed = Object.fromEntries(
      Object.entries(ds).map(([key, records]) => [
        key,
        [...(records as unknown[])].reverse(),
      ]),
    ) as unknown as Dataset;
    expect(computeMeasures(reversed, { ...period, stage: 2 })).toEqual(
      computeMeasures(ds, { ...period, stage: 2 }),
    );
  });

  it('validates its options', () => {
    const ds = practice();
    expect(() =>
      computeMeasures(ds, { ...options, from: '2024-02-01' }),
    ).toThrow(/after/);
    expect(() => computeMeasures(ds, { ...options, to: '2024-13-01' })).toThrow(
      /to must be/,
    );
    expect(() => computeMeasures(ds, { ...options, stage: 4 as 3 })).toThrow(
      /stage/,
    );
    expect(() =>
      computeMeasures(ds, { ...options, timezone: 'Nowhere/Land' }),
    ).toThrow(RangeError);
    expect(() =>
      computeMeasures(ds, { ...options, programYear: 2016.5 }),
    ).toThrow(/programYear/);
  });

  it('rejects an instant without an offset, naming the record', () => {
    const ds = new DatasetBuilder()
      .visit('e1', 'p', 'A', '2024-01-09')
      .activity('p', '2024-01-09T10:00:00')
      .build();
    expect(() => computeMeasures(ds, options)).toThrow(/portalActivity\[0\]/);
  });
});

describe('normalisation', () => {
  it('keeps the last record of a duplicated encounter id, like a re-import', () => {
    const ds = new DatasetBuilder()
      .visit('e1', 'p', 'A', '2023-06-01')
      .visit('e1', 'p', 'A', '2024-01-09') // re-imported with a corrected date
      .build();
    expect(createEvaluator(ds, period).result('s2-vdt', 'A').denominator).toBe(
      1,
    );
  });

  it('ignores encounters whose provider or patient is unknown', () => {
    const ds = new DatasetBuilder().visit('e1', 'p', 'A', '2024-01-09').build();
    const orphans: Dataset = {
      ...ds,
      encounters: [
        ...ds.encounters,
        { ...ds.encounters[0], id: 'e2', providerId: 'ghost' },
        { ...ds.encounters[0], id: 'e3', patientId: 'ghost' },
      ],
    };
    expect(
      createEvaluator(orphans, period).sets('s1-clinical-summaries')
        .denominator,
    ).toEqual(['e1']);
  });
});

describe('patientsFor (drill-down)', () => {
  it('returns sorted ids, the gap being the denominator minus the numerator', () => {
    const ds = practice();
    const q = { ...period, providerId: 'A' };
    const denominator = patientsFor(ds, 's2-vdt', q, 'denominator');
    const numerator = patientsFor(ds, 's2-vdt', q, 'numerator');
    const gap = patientsFor(ds, 's2-vdt', q, 'gap');
    expect(denominator).toEqual(['only-A', 'shared']);
    expect(numerator).toEqual(['only-A']);
    expect(gap).toEqual(['shared']);
    expect(patientsFor(ds, 's2-vdt', period, 'gap')).toEqual([
      'only-B',
      'shared',
    ]);
  });

  it('returns nothing for an unknown EP and throws for an unknown measure', () => {
    expect(
      patientsFor(
        practice(),
        's2-vdt',
        { ...period, providerId: 'Z' },
        'denominator',
      ),
    ).toEqual([]);
    expect(() =>
      patientsFor(practice(), 'nope' as 's2-vdt', period, 'gap'),
    ).toThrow(/Unknown measure/);
  });
});

describe('time zones', () => {
  it('decides "in the period" with the practice-local date', () => {
    // 03:00 UTC on 1 February is still 31 January in New York and Los Angeles, not in UTC.
    const ds = new DatasetBuilder()
      .visit('e1', 'p', 'A', '2024-01-09')
      .activity('p', '2024-02-01T03:00:00Z')
      .build();
    expect(createEvaluator(ds, period).result('s2-vdt', 'A').numerator).toBe(1);
    expect(
      createEvaluator(ds, { ...period, timezone: 'UTC' }).result('s2-vdt', 'A')
        .numerator,
    ).toBe(0);
  });
});
