import { DatasetBuilder } from '../testing/dataset-builder';
import type { Dataset } from './dataset';
import type { MeasureQuery } from './engine-context';
import type { MeasureId } from './measure-types';
import { createEvaluator } from './reference-engine';

// January 2024 in New York (UTC-5). Mondays: 8, 15 (a holiday in some tests), 22, 29.
const period: MeasureQuery = { from: '2024-01-08', to: '2024-01-31' };
const et = (date: string, time = '12:00'): string => `${date}T${time}:00-05:00`;
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

describe('s1-electronic-copy', () => {
  const ds = new DatasetBuilder()
    .visit('e1', 'on-time', 'A', '2024-01-09')
    .copyRequest('on-time', et('2024-01-08', '09:00'))
    .copyGiven('on-time', et('2024-01-11', '23:00')) // 3rd business day
    .visit('e2', 'late', 'A', '2024-01-09')
    .copyRequest('late', et('2024-01-08'))
    .copyGiven('late', et('2024-01-12', '08:00')) // 4th business day
    .visit('e3', 'before-request', 'A', '2024-01-09')
    .copyGiven('before-request', et('2024-01-10'))
    .copyRequest('before-request', et('2024-01-10', '15:00'))
    .visit('e4', 'one-of-two', 'A', '2024-01-09')
    .copyRequest('one-of-two', et('2024-01-09'))
    .copyGiven('one-of-two', et('2024-01-10'))
    .copyRequest('one-of-two', et('2024-01-22'))
    .visit('e5', 'outside', 'A', '2024-01-09')
    .copyRequest('outside', et('2024-01-05'))
    .copyGiven('outside', et('2024-01-05'))
    .patient('primary-only', '1980-01-01', 'A')
    .copyRequest('primary-only', et('2024-01-16'))
    .copyGiven('primary-only', et('2024-01-16', '13:00'))
    .visit('e6', 'seen-before', 'A', '2023-05-02')
    .copyRequest('seen-before', et('2024-01-16'))
    .visit('e7', 'other-ep', 'B', '2024-01-09')
    .copyRequest('other-ep', et('2024-01-16'))
    .copyGiven('other-ep', et('2024-01-17'))
    .build();

  it('counts patients of the EP who requested in the period, met within 3 business days', () => {
    expect(sets(ds, 's1-electronic-copy', 'A')).toEqual({
      denominator: [
        'before-request',
        'late',
        'on-time',
        'one-of-two',
        'primary-only',
        'seen-before',
      ],
      numerator: ['on-time', 'primary-only'],
      gap: ['before-request', 'late', 'one-of-two', 'seen-before'],
    });
    expect(sets(ds, 's1-electronic-copy', 'B').numerator).toEqual(['other-ep']);
  });

  it('lets a holiday extend the deadline', () => {
    const holiday = new DatasetBuilder()
      .visit('e1', 'p', 'A', '2024-01-09')
      .copyRequest('p', et('2024-01-12')) // Friday
      .copyGiven('p', et('2024-01-18')) // Thursday: 4th business day, 3rd if Monday is a holiday
      .build();
    expect(result(holiday, 's1-electronic-copy', 'A').numerator).toBe(0);
    expect(
      result(holiday, 's1-electronic-copy', 'A', {
        ...period,
        holidays: ['2024-01-15'],
      }).numerator,
    ).toBe(1);
  });

  it('passes only above 50%', () => {
    const r = result(ds, 's1-electronic-copy', 'A');
    expect([r.numerator, r.denominator, r.met]).toEqual([2, 6, false]);
  });
});

describe('s1-clinical-summaries', () => {
  const ds = new DatasetBuilder()
    .visit('v1', 'twice', 'A', '2024-01-08')
    .summary('v1', et('2024-01-11', '23:59')) // 3rd business day
    .visit('v2', 'twice', 'A', '2024-01-22')
    .summary('v2', et('2024-01-26')) // 4th business day
    .visit('v3', 'friday', 'A', '2024-01-12')
    .summary('v3', et('2024-01-17')) // Mon, Tue, Wed: 3rd
    .visit('v4', 'none', 'A', '2024-01-10')
    .visit('v5', 'phone', 'A', '2024-01-10', { kind: 'other' })
    .summary('v5', et('2024-01-10'))
    .visit('v6', 'before', 'A', '2024-01-05')
    .summary('v6', et('2024-01-05'))
    .build();

  it('counts visits, not patients, and returns encounter ids', () => {
    expect(sets(ds, 's1-clinical-summaries', 'A')).toEqual({
      denominator: ['v1', 'v2', 'v3', 'v4'],
      numerator: ['v1', 'v3'],
      gap: ['v2', 'v4'],
    });
  });

  it('moves the deadline past a holiday', () => {
    const r = result(ds, 's1-clinical-summaries', 'A', {
      ...period,
      holidays: ['2024-01-24'],
    });
    expect(r.numerator).toBe(3); // v2's deadline moves from Thursday 25th to Friday 26th
  });

  it('fails at exactly 50%', () => {
    const r = result(ds, 's1-clinical-summaries', 'A');
    expect([r.numerator, r.denominator, r.percent, r.met]).toEqual([
      2,
      4,
      50,
      false,
    ]);
  });
});

describe('s1-timely-access', () => {
  const ds = new DatasetBuilder()
    .visit('e1', 'fourth', 'A', '2024-01-08', {
      infoAvailableAt: et('2024-01-08', '16:00'),
    })
    .grant('fourth', et('2024-01-12', '23:00'), 'e1')
    .visit('e2', 'fifth', 'A', '2024-01-08', {
      infoAvailableAt: et('2024-01-08', '16:00'),
    })
    .grant('fifth', et('2024-01-15', '08:00'), 'e2')
    .visit('e3', 'portal-user', 'A', '2024-01-10')
    .grant('portal-user', et('2022-03-01')) // patient-wide, long before
    .visit('e4', 'wrong-encounter', 'A', '2024-01-10')
    .visit('e0', 'wrong-encounter', 'A', '2023-01-10')
    .grant('wrong-encounter', et('2024-01-10'), 'e0')
    .visit('e5', 'saturday-info', 'A', '2024-01-12', {
      infoAvailableAt: et('2024-01-13', '10:00'),
    })
    .grant('saturday-info', et('2024-01-18', '17:00')) // Thursday: 4th business day after Saturday
    .build();

  it('requires access within 4 business days of the information being available', () => {
    expect(sets(ds, 's1-timely-access', 'A')).toEqual({
      denominator: [
        'fifth',
        'fourth',
        'portal-user',
        'saturday-info',
        'wrong-encounter',
      ],
      numerator: ['fourth', 'portal-user', 'saturday-info'],
      gap: ['fifth', 'wrong-encounter'],
    });
  });

  it('requires every visit with the EP in the period to be timely', () => {
    const twice = new DatasetBuilder()
      .visit('e1', 'p', 'A', '2024-01-08')
      .grant('p', et('2024-01-09'), 'e1')
      .visit('e2', 'p', 'A', '2024-01-22')
      .build();
    expect(result(twice, 's1-timely-access', 'A').numerator).toBe(0);
    const covered = new DatasetBuilder()
      .visit('e1', 'p', 'A', '2024-01-08')
      .visit('e2', 'p', 'A', '2024-01-22');
    expect(
      result(
        covered.grant('p', et('2024-01-09')).build(),
        's1-timely-access',
        'A',
      ).numerator,
    ).toBe(1);
  });

  it('passes above 10%', () => {
    expect(result(ds, 's1-timely-access', 'A').met).toBe(true);
  });
});

describe('s1-reminders', () => {
  // Period starts Monday 2024-01-08; ages are taken on that day.
  const ds = new DatasetBuilder()
    .visit('anchor', 'seen', 'A', '2024-01-09')
    .patient('exactly-65', '1959-01-08', 'A')
    .patient('64-until-tomorrow', '1959-01-09', 'A')
    .patient('exactly-5', '2019-01-08', 'A')
    .patient('5-until-tomorrow', '2018-01-09', 'A')
    .patient('exactly-6', '2018-01-08', 'A')
    .patient('newborn', '2024-01-02', 'A')
    .patient('unborn', '2024-01-20', 'A')
    .patient('90-of-B', '1934-01-01', 'B')
    .visit('old', '90-of-B', 'A', '2019-06-01') // an old visit makes them a patient of A too
    .patient('not-ours', '1930-01-01')
    .reminder('exactly-65', et('2024-01-20'))
    .reminder('exactly-5', et('2024-01-07')) // the day before the period
    .reminder('newborn', et('2024-01-31', '23:59'))
    .build();

  it('counts patients aged 65+ or 5 and under at the start of the period', () => {
    expect(sets(ds, 's1-reminders', 'A')).toEqual({
      denominator: [
        '5-until-tomorrow',
        '90-of-B',
        'exactly-5',
        'exactly-65',
        'newborn',
      ],
      numerator: ['exactly-65', 'newborn'],
      gap: ['5-until-tomorrow', '90-of-B', 'exactly-5'],
    });
  });

  it('passes above 20%', () => {
    expect(result(ds, 's1-reminders', 'A').met).toBe(true); // 2/5 = 40%
  });
});

describe('s1-education', () => {
  const ds = new DatasetBuilder()
    .visit('e1', 'by-A', 'A', '2024-01-09')
    .education('by-A', 'A', et('2024-01-09'))
    .visit('e2', 'by-B', 'A', '2024-01-09')
    .education('by-B', 'B', et('2024-01-09'))
    .visit('e3', 'too-early', 'A', '2024-01-09')
    .education('too-early', 'A', et('2023-12-01'))
    .visit('e4', 'nothing', 'A', '2024-01-09')
    .visit('e5', 'nothing', 'B', '2024-01-09')
    .build();

  it('counts education given by the EP in the period', () => {
    expect(sets(ds, 's1-education', 'A').numerator).toEqual(['by-A']);
    expect(sets(ds, 's1-education', 'B')).toEqual({
      denominator: ['nothing'],
      numerator: [],
      gap: ['nothing'],
    });
  });

  it('does not credit an EP for a patient they did not see', () => {
    expect(sets(ds, 's1-education').numerator).toEqual(['by-A']);
  });

  it('passes above 10%', () => {
    expect(result(ds, 's1-education', 'A').met).toBe(true); // 1/4 = 25%
  });
});
