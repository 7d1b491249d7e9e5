import { DatasetBuilder } from '../testing/dataset-builder';
import type { Dataset } from './dataset';
import type { MeasureQuery } from './engine-context';
import type { MeasureId } from './measure-types';
import { createEvaluator } from './reference-engine';

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

describe('s2-online-access', () => {
  // Information available Wednesday 10 January; business days after it: Thu 11, Fri 12, Mon 15, Tue 16, Wed 17.
  const info = et('2024-01-10', '15:00');
  const ds = new DatasetBuilder()
    .visit('e4', 'fourth-day', 'A', '2024-01-10', { infoAvailableAt: info })
    .grant('fourth-day', et('2024-01-16', '18:00'), 'e4')
    .visit('e5', 'fifth-day', 'A', '2024-01-10', { infoAvailableAt: info })
    .grant('fifth-day', et('2024-01-17', '07:00'), 'e5')
    .visit('e6', 'before-info', 'A', '2024-01-10', { infoAvailableAt: info })
    .grant('before-info', et('2024-01-10', '09:00'), 'e6')
    .visit('e7', 'never', 'A', '2024-01-10', { infoAvailableAt: info })
    .build();

  it('is timely on the 4th business day and late on the 5th', () => {
    expect(sets(ds, 's2-online-access', 'A')).toEqual({
      denominator: ['before-info', 'fifth-day', 'fourth-day', 'never'],
      numerator: ['before-info', 'fourth-day'],
      gap: ['fifth-day', 'never'],
    });
  });

  it('skips a holiday, making the old 5th business day the 4th', () => {
    const withHoliday = sets(ds, 's2-online-access', 'A', {
      ...period,
      holidays: ['2024-01-15'],
    });
    expect(withHoliday.numerator).toEqual([
      'before-info',
      'fifth-day',
      'fourth-day',
    ]);
  });

  it('fails at exactly 50%', () => {
    const r = result(ds, 's2-online-access', 'A');
    expect([r.numerator, r.denominator, r.percent, r.met]).toEqual([
      2,
      4,
      50,
      false,
    ]);
  });
});

describe('s2-vdt and s2m-vdt', () => {
  const ds = new DatasetBuilder()
    .visit('e1', 'viewer', 'A', '2024-01-09')
    .visit('e2', 'viewer', 'B', '2024-01-10')
    .activity('viewer', et('2024-01-30'), 'view')
    .visit('e3', 'transmitter', 'A', '2024-01-09')
    .activity('transmitter', '2024-02-01T04:59:00Z', 'transmit') // 23:59 on 31 January in New York
    .visit('e4', 'too-late', 'A', '2024-01-09')
    .activity('too-late', '2024-02-01T05:00:00Z', 'download')
    .visit('e5', 'idle', 'A', '2024-01-09')
    .patient('unseen')
    .activity('unseen', et('2024-01-10'))
    .build();

  it('counts patient-level activity for every EP who saw the patient', () => {
    expect(sets(ds, 's2-vdt', 'A')).toEqual({
      denominator: ['idle', 'too-late', 'transmitter', 'viewer'],
      numerator: ['transmitter', 'viewer'],
      gap: ['idle', 'too-late'],
    });
    expect(sets(ds, 's2-vdt', 'B').numerator).toEqual(['viewer']);
    expect(sets(ds, 's2m-vdt', 'A')).toEqual(sets(ds, 's2-vdt', 'A'));
  });

  it('applies the modified Stage 2 bar of the program year', () => {
    const lonely = new DatasetBuilder()
      .visit('e1', 'p1', 'A', '2024-01-09')
      .activity('p1', et('2024-01-09'));
    for (let i = 2; i <= 40; i += 1)
      lonely.visit(`e${i}`, `p${i}`, 'A', '2024-01-09');
    const data = lonely.build(); // 1 of 40 = 2.5%
    expect(
      result(data, 's2m-vdt', 'A', { ...period, programYear: 2015 }).met,
    ).toBe(true);
    expect(
      result(data, 's2m-vdt', 'A', { ...period, programYear: 2016 }).met,
    ).toBe(true);
    expect(
      result(data, 's2m-vdt', 'A', { ...period, programYear: 2017 }).met,
    ).toBe(false);
    expect(result(data, 's2m-vdt', 'A').threshold).toEqual({
      kind: 'percent',
      value: 5,
    });
  });
});

describe('s2-secure-messaging (patients who sent)', () => {
  const ds = new DatasetBuilder()
    .visit('e1', 'wrote-to-A', 'A', '2024-01-09')
    .message('wrote-to-A', 'A', 'from_patient', et('2024-01-12'))
    .visit('e2', 'was-written-to', 'A', '2024-01-09')
    .message('was-written-to', 'A', 'to_patient', et('2024-01-12'))
    .visit('e3', 'wrote-to-B', 'A', '2024-01-09')
    .message('wrote-to-B', 'B', 'from_patient', et('2024-01-12'))
    .visit('e4', 'unassigned', 'A', '2024-01-09')
    .message('unassigned', null, 'from_patient', et('2024-01-12'))
    .visit('e5', 'wrote-early', 'A', '2024-01-09')
    .message('wrote-early', 'A', 'from_patient', et('2024-01-07'))
    .provider('B')
    .build();

  it("counts messages FROM the patient handled by the EP's team", () => {
    expect(sets(ds, 's2-secure-messaging', 'A').numerator).toEqual([
      'wrote-to-A',
    ]);
    expect(result(ds, 's2-secure-messaging', 'A').definition).toMatch(
      /SENT a secure message/,
    );
  });

  it('counts messages TO the patient in the modified Stage 2 variant', () => {
    expect(sets(ds, 's2m-secure-messaging', 'A').numerator).toEqual([
      'was-written-to',
    ]);
  });

  it('applies the modified Stage 2 bar of the program year', () => {
    const none = new DatasetBuilder()
      .visit('e1', 'p', 'A', '2024-01-09')
      .build();
    const q = (programYear: number): MeasureQuery => ({
      ...period,
      programYear,
    });
    expect(result(none, 's2m-secure-messaging', 'A', q(2015))).toMatchObject({
      met: true,
      numerator: 0,
    });
    expect(result(none, 's2m-secure-messaging', 'A', q(2016)).met).toBe(false);
    expect(result(ds, 's2m-secure-messaging', 'A', q(2016)).met).toBe(true);
    expect(result(ds, 's2m-secure-messaging', 'A', q(2017)).met).toBe(true); // 1/5 = 20%
  });
});

describe('s2-clinical-summaries', () => {
  const ds = new DatasetBuilder()
    .visit('fri-mon', 'p1', 'A', '2024-01-12')
    .summary('fri-mon', et('2024-01-15', '17:00'))
    .visit('fri-tue', 'p1', 'A', '2024-01-19')
    .summary('fri-tue', et('2024-01-23'))
    .visit('same-day', 'p2', 'A', '2024-01-24')
    .summary('same-day', et('2024-01-24', '16:00'))
    .build();

  it('requires the summary within 1 business day of the visit', () => {
    expect(sets(ds, 's2-clinical-summaries', 'A')).toEqual({
      denominator: ['fri-mon', 'fri-tue', 'same-day'],
      numerator: ['fri-mon', 'same-day'],
      gap: ['fri-tue'],
    });
  });

  it('gives one more day when the next day is a holiday', () => {
    expect(
      sets(ds, 's2-clinical-summaries', 'A', {
        ...period,
        holidays: ['2024-01-22'],
      }).numerator,
    ).toEqual(['fri-mon', 'fri-tue', 'same-day']);
  });
});

describe('s2-reminders', () => {
  // Period starts 2024-01-08: the look-back window is 2022-01-08 (inclusive) to 2024-01-08 (exclusive).
  const ds = new DatasetBuilder()
    .visit('anchor', 'anchor', 'A', '2024-01-09')
    .visit('a1', 'two-in-window', 'A', '2022-01-08')
    .visit('a2', 'two-in-window', 'A', '2023-06-01')
    .visit('b1', 'one-too-early', 'A', '2022-01-07')
    .visit('b2', 'one-too-early', 'A', '2023-06-01')
    .visit('c1', 'one-in-period', 'A', '2023-06-01')
    .visit('c2', 'one-in-period', 'A', '2024-01-08')
    .visit('d1', 'split', 'A', '2023-03-01')
    .visit('d2', 'split', 'B', '2023-04-01')
    .visit('f1', 'same-day', 'A', '2023-09-09')
    .visit('f2', 'same-day', 'A', '2023-09-09')
    .visit('g1', 'phone', 'A', '2023-02-02')
    .visit('g2', 'phone', 'A', '2023-02-03', { kind: 'other' })
    .visit('h1', 'no-visit-this-period', 'A', '2022-05-05')
    .visit('h2', 'no-visit-this-period', 'A', '2022-06-06')
    .reminder('two-in-window', et('2024-01-31'))
    .reminder('same-day', et('2024-02-01'))
    .build();

  it('counts patients with 2+ office visits with the EP in the 24 months before the period', () => {
    expect(sets(ds, 's2-reminders', 'A')).toEqual({
      denominator: ['no-visit-this-period', 'same-day', 'two-in-window'],
      numerator: ['two-in-window'],
      gap: ['no-visit-this-period', 'same-day'],
    });
  });

  it('does not add up visits to different EPs, even at practice level', () => {
    expect(sets(ds, 's2-reminders').denominator).not.toContain('split');
  });

  it('passes above 10%', () => {
    expect(result(ds, 's2-reminders', 'A').met).toBe(true);
  });
});

describe('s2-education', () => {
  it('counts education by the EP among patients with an office visit in the period', () => {
    const ds = new DatasetBuilder()
      .visit('e1', 'p1', 'A', '2024-01-09')
      .visit('e2', 'p1', 'A', '2024-01-19')
      .education('p1', 'A', et('2024-01-19'))
      .visit('e3', 'p2', 'A', '2024-01-09')
      .visit('e4', 'p3', 'A', '2024-01-09', { kind: 'other' })
      .education('p3', 'A', et('2024-01-09'))
      .build();
    expect(sets(ds, 's2-education', 'A')).toEqual({
      denominator: ['p1', 'p2'],
      numerator: ['p1'],
      gap: ['p2'],
    });
    expect(result(ds, 's2-education', 'A')).toMatchObject({
      percent: 50,
      met: true,
    });
  });
});
