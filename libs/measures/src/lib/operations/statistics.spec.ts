import { median, messagesPerHour, percentile, ratio } from './statistics';

describe('percentile (linear interpolation, as percentile_cont)', () => {
  it('is null for no values, whatever p', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([], 0.9)).toBeNull();
    expect(median([])).toBeNull();
  });

  it('is the value itself for one value', () => {
    expect(median([7])).toBe(7);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([7], 0)).toBe(7);
  });

  it('takes the middle value of an odd count and the mean of the two middle values of an even count', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
  });

  it('interpolates p90 between the closest ranks', () => {
    // Sorted 10 20 30 40 100: position (5 - 1) * 0.9 = 3.6, so 40 + 0.6 * (100 - 40) = 76.
    expect(percentile([100, 10, 40, 20, 30], 0.9)).toBeCloseTo(76, 10);
    // Ten values 1..10: position 8.1, so 9 + 0.1 * (10 - 9) = 9.1 (nearest rank would say 9).
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 10);
    // Two values: position 0.9 of the way from the first to the second.
    expect(percentile([0, 10], 0.9)).toBeCloseTo(9, 10);
  });

  it('gives the tied value when the neighbours are ties', () => {
    expect(median([5, 5, 5, 9])).toBe(5);
    expect(percentile([3, 3, 3, 3, 3], 0.9)).toBe(3);
    expect(percentile([1, 8, 8, 8, 8], 0.9)).toBe(8);
  });

  it('is the minimum at p = 0 and the maximum at p = 1', () => {
    expect(percentile([4, 2, 9], 0)).toBe(2);
    expect(percentile([4, 2, 9], 1)).toBe(9);
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses p outside 0..1 and values that are not finite numbers', () => {
    expect(() => percentile([1], 1.5)).toThrow(RangeError);
    expect(() => percentile([1], -0.1)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
    expect(() => percentile([1, Number.NaN], 0.5)).toThrow(RangeError);
    expect(() => percentile([1, Number.POSITIVE_INFINITY], 0.5)).toThrow(RangeError);
  });
});

describe('ratio', () => {
  it('is null without a whole and the fraction otherwise', () => {
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(0, 4)).toBe(0);
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(4, 4)).toBe(1);
  });

  it('refuses a part larger than the whole or negative counts', () => {
    expect(() => ratio(5, 4)).toThrow(RangeError);
    expect(() => ratio(-1, 4)).toThrow(RangeError);
  });
});

describe('messagesPerHour', () => {
  it('divides messages by hours spent', () => {
    expect(messagesPerHour(3, 3_600_000)).toBe(3);
    expect(messagesPerHour(2, 90_000)).toBe(80); // 45 s each
    expect(messagesPerHour(0, 60_000)).toBe(0);
  });

  it('is null when no time was recorded', () => {
    expect(messagesPerHour(0, 0)).toBeNull();
    expect(messagesPerHour(4, 0)).toBeNull();
  });

  it('refuses negative inputs', () => {
    expect(() => messagesPerHour(-1, 10)).toThrow(RangeError);
    expect(() => messagesPerHour(1, -10)).toThrow(RangeError);
  });
});
