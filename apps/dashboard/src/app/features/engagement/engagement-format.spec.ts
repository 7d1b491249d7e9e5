import { percent, AT_LEAST_ONE } from '@carequeue/measures';
import { figureNote, fractionText, gapCount, percentText, periodText, shortDate, thresholdPercent, thresholdText, verdictOf } from './engagement-format';

describe('engagement wording', () => {
  it('rounds percentages to one decimal and shows a dash with nobody to count', () => {
    expect(percentText(62.5)).toBe('62.5%');
    expect(percentText(66.66666)).toBe('66.7%');
    expect(percentText(50)).toBe('50%');
    expect(percentText(0)).toBe('0%');
    expect(percentText(null)).toBe('—');
  });

  it('tells pass, fail and excluded apart, excluded first', () => {
    expect(verdictOf({ met: true, excluded: false })).toBe('pass');
    expect(verdictOf({ met: false, excluded: false })).toBe('fail');
    expect(verdictOf({ met: false, excluded: true })).toBe('excluded');
  });

  it('words thresholds and draws only percentage ones', () => {
    expect(thresholdText(percent(50))).toBe('> 50%');
    expect(thresholdPercent(percent(5))).toBe(5);
    expect(thresholdText(AT_LEAST_ONE)).toBe('at least one patient');
    expect(thresholdPercent(AT_LEAST_ONE)).toBeNull();
  });

  it('counts patients or visits, as the measure does', () => {
    expect(fractionText({ id: 's2-online-access', numerator: 1500, denominator: 2080 })).toBe('1,500 of 2,080 patients');
    expect(fractionText({ id: 's2-clinical-summaries', numerator: 0, denominator: 1 })).toBe('0 of 1 visit');
    expect(gapCount({ numerator: 3, denominator: 8 })).toBe(5);
  });

  it('explains excluded figures and empty denominators, and nothing else', () => {
    expect(figureNote({ excluded: true, denominator: 0 }, 'provider')).toMatch(/no office visits.*not 0%/);
    expect(figureNote({ excluded: false, denominator: 0 }, 'practice')).toMatch(/Nobody in the denominator/);
    expect(figureNote({ excluded: false, denominator: 4 }, 'practice')).toBeNull();
  });

  it('writes dates in words, whatever the browser time zone', () => {
    expect(shortDate('2026-03-09')).toBe('Mar 9');
    expect(periodText('2026-01-01', '2026-03-31')).toBe('Jan 1 – Mar 31, 2026');
    expect(periodText('2025-10-01', '2026-01-15')).toBe('Oct 1, 2025 – Jan 15, 2026');
  });
});
