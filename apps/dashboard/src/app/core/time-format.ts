const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function span(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.floor(ms / MINUTE))} min`;
  if (ms < DAY) return `${Math.floor(ms / HOUR)} h`;
  const days = Math.floor(ms / DAY);
  return days === 1 ? '1 day' : `${days} days`;
}

/** "just now", "3 min ago", "2 h ago", "4 days ago"; clocks a little ahead of ours count as now. */
export function timeAgo(iso: string, now: number): string {
  const elapsed = now - Date.parse(iso);
  if (Number.isNaN(elapsed)) return '';
  if (elapsed < MINUTE) return 'just now';
  return `${span(elapsed)} ago`;
}

/** "due in 45 min" or "overdue by 2 h": the SLA clock as a clinician reads it. */
export function dueLabel(iso: string, now: number): { text: string; overdue: boolean } {
  const remaining = Date.parse(iso) - now;
  if (Number.isNaN(remaining)) return { text: '', overdue: false };
  if (remaining < 0) return { text: `overdue by ${span(-remaining)}`, overdue: true };
  return { text: remaining < MINUTE ? 'due now' : `due in ${span(remaining)}`, overdue: false };
}

const absoluteFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

/** Full local date and time, for titles and the thread view. */
export function absoluteTime(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : absoluteFormat.format(ms);
}
