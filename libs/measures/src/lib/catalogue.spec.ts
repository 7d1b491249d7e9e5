import {
  CATALOGUE,
  STAGE3_COORDINATION_OF_CARE,
  definitionUsed,
  isMeasureId,
  measureById,
  measuresForStage,
  thresholdFor,
} from './catalogue';
import { MEASURE_IDS } from './measure-types';
import { isMet } from './thresholds';

describe('catalogue', () => {
  it('holds every measure of MEASURES.md once, with the s2m variants', () => {
    expect(CATALOGUE.map((m) => m.id).sort()).toEqual([...MEASURE_IDS].sort());
    expect(new Set(CATALOGUE.map((m) => m.id)).size).toBe(17);
    expect(isMeasureId('s2m-vdt')).toBe(true);
    expect(isMeasureId('s4-anything')).toBe(false);
    expect(() => measureById('nope')).toThrow(RangeError);
  });

  it('groups measures by stage, Stage 2 with both definitions', () => {
    expect(measuresForStage(1).map((m) => m.id)).toEqual([
      's1-electronic-copy',
      's1-clinical-summaries',
      's1-timely-access',
      's1-reminders',
      's1-education',
    ]);
    expect(measuresForStage(2)).toHaveLength(8);
    expect(measuresForStage(3).map((m) => m.id)).toEqual([
      's3-online-access',
      's3-education',
      's3-vdt',
      's3-secure-messaging',
    ]);
  });

  it('counts visits only for clinical summaries', () => {
    const visits = CATALOGUE.filter((m) => m.unit === 'visits').map(
      (m) => m.id,
    );
    expect(visits).toEqual(['s1-clinical-summaries', 's2-clinical-summaries']);
  });

  it('gives every measure plain-English definitions', () => {
    for (const m of CATALOGUE) {
      expect(m.title.length).toBeGreaterThan(0);
      expect(m.numerator.length).toBeGreaterThan(10);
      expect(m.denominator.length).toBeGreaterThan(10);
      expect(m.definitionUsed.length).toBeGreaterThan(10);
      expect(m.attribution.length).toBeGreaterThan(10);
    }
  });

  it('marks Stage 1 menu measures', () => {
    expect(CATALOGUE.filter((m) => m.menu).map((m) => m.id)).toEqual([
      's1-timely-access',
      's1-reminders',
      's1-education',
    ]);
  });

  it('has the default thresholds of MEASURES.md', () => {
    const expected: Record<string, number> = {
      's1-electronic-copy': 50,
      's1-clinical-summaries': 50,
      's1-timely-access': 10,
      's1-reminders': 20,
      's1-education': 10,
      's2-online-access': 50,
      's2-vdt': 5,
      's2-secure-messaging': 5,
      's2-clinical-summaries': 50,
      's2-reminders': 10,
      's2-education': 10,
      's3-online-access': 80,
      's3-education': 35,
      's3-vdt': 5,
      's3-secure-messaging': 5,
      's2m-vdt': 5,
      's2m-secure-messaging': 5,
    };
    for (const [id, value] of Object.entries(expected)) {
      expect(thresholdFor(id)).toEqual({ kind: 'percent', value });
    }
  });

  it('keeps the 2015 Stage 3 rule as first written for program years up to 2016', () => {
    expect(thresholdFor('s3-vdt', 2016)).toEqual({
      kind: 'percent',
      value: 10,
    });
    expect(thresholdFor('s3-secure-messaging', 2016)).toEqual({
      kind: 'percent',
      value: 25,
    });
    expect(thresholdFor('s3-vdt', 2017)).toEqual({ kind: 'percent', value: 5 });
    expect(thresholdFor('s3-secure-messaging', 2019)).toEqual({
      kind: 'percent',
      value: 5,
    });
  });

  it('has the modified Stage 2 thresholds by program year', () => {
    expect(thresholdFor('s2m-secure-messaging', 2015)).toEqual({
      kind: 'capability',
    });
    expect(thresholdFor('s2m-secure-messaging', 2016)).toEqual({
      kind: 'at_least_one',
    });
    expect(thresholdFor('s2m-secure-messaging', 2017)).toEqual({
      kind: 'percent',
      value: 5,
    });
    expect(thresholdFor('s2m-vdt', 2015)).toEqual({ kind: 'at_least_one' });
    expect(thresholdFor('s2m-vdt', 2016)).toEqual({ kind: 'at_least_one' });
    expect(thresholdFor('s2m-vdt', 2017)).toEqual({
      kind: 'percent',
      value: 5,
    });
    // Years with no rule of their own get the default.
    expect(thresholdFor('s2m-vdt', 2014)).toEqual({
      kind: 'percent',
      value: 5,
    });
    expect(thresholdFor('s2-vdt', 2016)).toEqual({ kind: 'percent', value: 5 });
  });

  it('says which secure-messaging definition a figure uses', () => {
    expect(definitionUsed('s2-secure-messaging')).toMatch(
      /SENT a secure message/,
    );
    expect(definitionUsed('s2m-secure-messaging')).toMatch(
      /team SENT a message to/,
    );
    expect(measureById('s2-secure-messaging').rule.numerator).toEqual({
      kind: 'secure_message',
      direction: 'from_patient',
    });
    expect(measureById('s2m-secure-messaging').rule.numerator).toEqual({
      kind: 'secure_message',
      direction: 'to_patient',
    });
    expect(measureById('s3-secure-messaging').rule.numerator).toEqual({
      kind: 'secure_message',
      direction: 'to_patient',
    });
  });

  it('notes that Stage 3 coordination of care needs 2 of 3 measures and CareQueue computes 2', () => {
    expect(STAGE3_COORDINATION_OF_CARE.measuresRequired).toBe(2);
    expect(STAGE3_COORDINATION_OF_CARE.measures).toHaveLength(3);
    expect(STAGE3_COORDINATION_OF_CARE.computed).toEqual([
      's3-vdt',
      's3-secure-messaging',
    ]);
  });
});

describe('isMet', () => {
  const half = { kind: 'percent', value: 50 } as const;

  it('is strictly greater than a percent threshold', () => {
    expect(isMet(half, 1, 2, false)).toBe(false);
    expect(isMet(half, 50, 100, false)).toBe(false);
    expect(isMet(half, 51, 100, false)).toBe(true);
    expect(isMet({ kind: 'percent', value: 5 }, 1, 20, false)).toBe(false);
    expect(isMet({ kind: 'percent', value: 5 }, 2, 20, false)).toBe(true);
  });

  it('fails on an empty denominator or when excluded', () => {
    expect(isMet(half, 0, 0, false)).toBe(false);
    expect(isMet(half, 3, 3, true)).toBe(false);
    expect(isMet({ kind: 'capability' }, 0, 0, true)).toBe(false);
  });

  it('handles at least one and capability', () => {
    expect(isMet({ kind: 'at_least_one' }, 0, 10, false)).toBe(false);
    expect(isMet({ kind: 'at_least_one' }, 1, 1000, false)).toBe(true);
    expect(isMet({ kind: 'capability' }, 0, 10, false)).toBe(true);
  });
});
