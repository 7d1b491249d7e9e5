import { DatasetBuilder } from '../testing/dataset-builder';
import type { Dataset } from './dataset';
import type { MeasureQuery } from './engine-context';
import type { MeasureId } from './measure-types';
import { createEvaluator } from './reference-engine';

const period: MeasureQuery = { from: '2024-03-01', to: '2024-03-31' };
const sets = (
  ds: Dataset,
  id: MeasureId,
  providerId?: string,
  query: MeasureQuery = period,
) => createEvaluator(ds, query).sets(id, providerId);
const result = (
  ds: Dataset,
  id: MeasureId,
  providerId?: string,
  query: MeasureQuery = period,
) => createEvaluator(ds, query).result(id, providerId);

describe('s3-online-access (48 wall-clock hours)', () => {
  // New York springs forward on Sunday 2024-03-10: 48 hours after Saturday noon EST is Monday 13:00 EDT.
  const info = '2024-03-09T12:00:00-05:00';
  const ds = new DatasetBuilder()
    .visit('e1', 'at-48h', 'A', '2024-03-08', { infoAvailableAt: info })
    .grant('at-48h', '2024-03-11T13:00:00-04:00', 'e1')
    .visit('e2', 'one-minute-late', 'A', '2024-03-08', {
      infoAvailableAt: info,
    })
    .grant('one-minute-late', '2024-03-11T13:01:00-04:00', 'e2')
    .visit('e3', 'weekend-counts', 'A', '2024-03-15', {
      infoAvailableAt: '2024-03-15T12:00:00-04:00',
    })
    .grant('weekend-counts', '2024-03-18T08:00:00-04:00') // Monday: 2nd business day, but 68 hours
    .visit('e4', 'already-on-portal', 'A', '2024-03-20')
    .grant('already-on-portal', '2023-01-01T00:00:00Z')
    .build();

  it('counts hours, not business days', () => {
    expect(sets(ds, 's3-online-access', 'A')).toEqual({
      denominator: [
        'already-on-portal',
        'at-48h',
        'one-minute-late',
        'weekend-counts',
      ],
      numerator: ['already-on-portal', 'at-48h'],
      gap: ['one-minute-late', 'weekend-counts'],
    });
    // The same data under Stage 2's 4 business days.
    expect(sets(ds, 's2-online-access', 'A').numerator).toEqual([
      'already-on-portal',
      'at-48h',
      'one-minute-late',
      'weekend-counts',
    ]);
  });

  it('passes only above 80%', () => {
    expect(result(ds, 's3-online-access', 'A')).toMatchObject({
      numerator: 2,
      denominator: 4,
      met: false,
    });
  });
});

describe('s3-education', () => {
  it('counts electronic education by the EP in the period, above 35%', () => {
    const ds = new DatasetBuilder()
      .visit('e1', 'p1', 'A', '2024-03-04')
      .education('p1', 'A', '2024-03-04T15:00:00Z')
      .visit('e2', 'p2', 'A', '2024-03-04')
      .visit('e3', 'p3', 'A', '2024-03-04')
      .build();
    expect(result(ds, 's3-education', 'A')).toMatchObject({
      numerator: 1,
      denominator: 3,
      met: false,
    });
    const more = new DatasetBuilder()
      .visit('e1', 'p1', 'A', '2024-03-04')
      .visit('e2', 'p2', 'A', '2024-03-04');
    expect(
      result(
        more.education('p1', 'A', '2024-03-05T15:00:00Z').build(),
        's3-education',
        'A',
      ).met,
    ).toBe(true);
  });
});

describe('s3-vdt', () => {
  const builder = new DatasetBuilder();
  for (let i = 1; i <= 12; i += 1)
    builder.visit(`e${i}`, `p${String(i).padStart(2, '0')}`, 'A', '2024-03-04');
  builder.activity('p01', '2024-03-05T15:00:00Z', 'download');
  const ds = builder.build(); // 1 of 12 = 8.3%

  it('uses the later 5% bar by default and the 2015 rule as first written for 2016', () => {
    expect(result(ds, 's3-vdt', 'A')).toMatchObject({
      numerator: 1,
      denominator: 12,
      met: true,
    });
    expect(
      result(ds, 's3-vdt', 'A', { ...period, programYear: 2016 }),
    ).toMatchObject({
      threshold: { kind: 'percent', value: 10 },
      met: false,
    });
  });
});

describe('s3-secure-messaging', () => {
  const ds = new DatasetBuilder()
    .visit('e1', 'answered', 'A', '2024-03-04')
    .message('answered', 'A', 'from_patient', '2024-03-04T15:00:00Z')
    .message('answered', 'A', 'to_patient', '2024-03-05T15:00:00Z')
    .visit('e2', 'only-wrote', 'A', '2024-03-04')
    .message('only-wrote', 'A', 'from_patient', '2024-03-04T15:00:00Z')
    .visit('e3', 'sent-by-team', 'A', '2024-03-04')
    .message('sent-by-team', 'A', 'to_patient', '2024-03-30T15:00:00Z')
    .visit('e4', 'sent-by-B', 'A', '2024-03-04')
    .message('sent-by-B', 'B', 'to_patient', '2024-03-30T15:00:00Z')
    .build();

  it("counts patients the EP's team sent to or answered", () => {
    expect(sets(ds, 's3-secure-messaging', 'A')).toEqual({
      denominator: ['answered', 'only-wrote', 'sent-by-B', 'sent-by-team'],
      numerator: ['answered', 'sent-by-team'],
      gap: ['only-wrote', 'sent-by-B'],
    });
  });

  it('uses the later 5% bar by default and 25% for program years up to 2016', () => {
    expect(result(ds, 's3-secure-messaging', 'A').met).toBe(true);
    const tough = { ...period, programYear: 2016 };
    expect(result(ds, 's3-secure-messaging', 'A', tough)).toMatchObject({
      percent: 50,
      met: true,
    });
  });
});
