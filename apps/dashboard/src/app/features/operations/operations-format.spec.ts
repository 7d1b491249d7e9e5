import type { OperationsReport } from '@carequeue/contracts';
import { chartDayNames, clinicianRows, formatMinutes, formatNumber, formatPeriod, formatShare } from './operations-format';

describe('operations formatting', () => {
  it('writes response times in the unit a person would use', () => {
    expect(formatMinutes(null)).toBe('—');
    expect(formatMinutes(0.4)).toBe('<1 min');
    expect(formatMinutes(12.4)).toBe('12 min');
    expect(formatMinutes(125)).toBe('2 h 05 min');
    expect(formatMinutes(59.6)).toBe('60 min');
    expect(formatMinutes(3 * 1440 + 720)).toBe('3.5 days');
  });

  it('shows a missing share or rate as a dash, never as zero', () => {
    expect(formatShare(null)).toBe('—');
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(4 / 7)).toBe('57%');
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(3 / 7)).toBe('0.4');
    expect(formatNumber(1234.56, 0)).toBe('1,235');
    expect(formatNumber(1 / 30)).toBe('<0.1');
    expect(formatNumber(0.2, 0)).toBe('<1');
    expect(formatNumber(0)).toBe('0');
  });

  it('writes a period with its year once, or twice across a new year', () => {
    expect(formatPeriod('2025-03-03', '2025-03-09')).toBe('3 Mar – 9 Mar 2025');
    expect(formatPeriod('2024-12-28', '2025-01-03')).toBe('28 Dec 2024 – 3 Jan 2025');
  });

  it('names chart days briefly, unless a name would repeat', () => {
    expect(chartDayNames(['2025-02-28', '2025-03-01'])).toEqual(['28 Feb', '1 Mar']);
    expect(chartDayNames(['2025-01-01', '2025-06-01', '2026-01-01'])).toEqual(['2025-01-01', '2025-06-01', '2026-01-01']);
  });

  it('merges first responders and physicians into one row each, busiest first', () => {
    const ma = { id: 'ma', name: 'Dana Patel', role: 'medical_assistant' as const };
    const doc = { id: 'doc', name: 'Dr. Ana Ruiz', role: 'physician' as const };
    const idle = { id: 'idle', name: 'Dr. Ben Okafor', role: 'physician' as const };
    const workload = (staff: typeof doc, perHour: number | null) => ({
      staff,
      replies: 2,
      perDay: [2],
      activeDays: 1,
      averagePerDay: 2,
      averagePerActiveDay: 2,
      batch: { messages: 2, spentSeconds: 120, medianSecondsPerMessage: 60, messagesPerHour: perHour },
    });
    const report = {
      byClinician: [
        { staff: doc, threads: 1, answered: 1, medianMinutes: 30, p90Minutes: 30 },
        { staff: ma, threads: 3, answered: 3, medianMinutes: 10, p90Minutes: 18 },
      ],
      physicians: [workload(doc, 60), workload(idle, null)],
    } as unknown as OperationsReport;
    const rows = clinicianRows(report);
    expect(rows.map((r) => [r.staff.id, r.firstResponses, r.roleLabel])).toEqual([
      ['ma', 3, 'Medical assistant'],
      ['doc', 1, 'Physician'],
      ['idle', 0, 'Physician'],
    ]);
    expect(rows[0]?.repliesPerDay).toBeNull();
    expect(rows[1]).toMatchObject({ medianMinutes: 30, repliesPerDay: 2, batchPerHour: 60, batchMedianSeconds: 60 });
  });
});
