import { CATEGORY_LABELS, type MessageCategory, type OperationsReport, type StaffRef } from '@carequeue/contracts';
import { ROLE_LABELS } from '../../core/labels';

/** What a table cell shows for "no data" (nothing answered, no time recorded). */
export const NO_VALUE = '—';

/** "<1 min", "12 min", "2 h 05 min", "3.5 days": response times as a practice reads them. */
export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return NO_VALUE;
  if (minutes < 1) return '<1 min';
  if (minutes < 60) return `${Math.round(minutes)} min`;
  if (minutes < 48 * 60) {
    const rounded = Math.round(minutes);
    return `${Math.floor(rounded / 60)} h ${String(rounded % 60).padStart(2, '0')} min`;
  }
  return `${(minutes / 1440).toFixed(1)} days`;
}

/** A share 0..1 as a whole percentage; null (nothing to divide) as a dash, never 0 %. */
export function formatShare(share: number | null): string {
  return share === null ? NO_VALUE : `${Math.round(share * 100)}%`;
}

/** A count or rate with at most `digits` decimals ("2.5", "3"); a small non-zero rate is "<0.1", not 0. */
export function formatNumber(value: number | null, digits = 1): string {
  if (value === null) return NO_VALUE;
  const rounded = Number(value.toFixed(digits));
  if (rounded === 0 && value > 0) return `<${10 ** -digits}`;
  return rounded.toLocaleString('en-US');
}

/** "Mon 3 Mar": a day of the period (a calendar date, shown without any time zone shift). */
export function formatDay(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/** "3 – 9 Mar 2025" style: the year once when both ends share it. */
export function formatPeriod(from: string, to: string): string {
  const show = (date: string, year: boolean) =>
    new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: year ? 'numeric' : undefined, timeZone: 'UTC' });
  return `${show(from, from.slice(0, 4) !== to.slice(0, 4))} – ${show(to, true)}`;
}

/**
 * Short x-axis names for the days of a period ("3 Mar"); a period that meets the same day of the
 * month twice (a whole year and a day) falls back to ISO dates, since a chart's categories must differ.
 */
export function chartDayNames(dates: readonly string[]): string[] {
  const short = dates.map((date) => new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }));
  return new Set(short).size === short.length ? short : [...dates];
}

export function categoryLabel(category: MessageCategory): string {
  return CATEGORY_LABELS[category];
}

/** One row of the clinician table: first responses (anyone) and, for physicians, replies and batch speed. */
export interface ClinicianRow {
  staff: StaffRef;
  roleLabel: string;
  firstResponses: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  repliesPerDay: number | null;
  repliesPerActiveDay: number | null;
  batchPerHour: number | null;
  batchMedianSeconds: number | null;
}

/** Everyone who sent a first response, and every physician, once each, busiest first. */
export function clinicianRows(report: OperationsReport): ClinicianRow[] {
  const rows = new Map<string, ClinicianRow>();
  const row = (staff: StaffRef): ClinicianRow => {
    const found = rows.get(staff.id);
    if (found) return found;
    const fresh: ClinicianRow = {
      staff,
      roleLabel: ROLE_LABELS[staff.role] ?? staff.role,
      firstResponses: 0,
      medianMinutes: null,
      p90Minutes: null,
      repliesPerDay: null,
      repliesPerActiveDay: null,
      batchPerHour: null,
      batchMedianSeconds: null,
    };
    rows.set(staff.id, fresh);
    return fresh;
  };
  for (const c of report.byClinician) Object.assign(row(c.staff), { firstResponses: c.answered, medianMinutes: c.medianMinutes, p90Minutes: c.p90Minutes });
  for (const p of report.physicians) {
    Object.assign(row(p.staff), {
      repliesPerDay: p.averagePerDay,
      repliesPerActiveDay: p.averagePerActiveDay,
      batchPerHour: p.batch.messagesPerHour,
      batchMedianSeconds: p.batch.medianSecondsPerMessage,
    });
  }
  return [...rows.values()].sort((a, b) => b.firstResponses - a.firstResponses || a.staff.name.localeCompare(b.staff.name));
}
