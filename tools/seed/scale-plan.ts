/**
 * The shape of the generated practice, decided in TypeScript before any SQL runs: staff, EP panel
 * weights, the day-by-day calendar of visits and threads, and how the portal-event budget is split.
 * Deterministic for a given seed (mulberry32 from `@carequeue/measures`).
 */
import { addDays, createRng } from '@carequeue/measures';
import { messageWeight, practiceHolidays, spread, visitWeight } from './practice-calendar';
import { startOf, type ScaleOptions, type Sizes } from './scale-options';

/** Bump when the generator changes what it writes: a database seeded by an older version is rebuilt. */
export const GENERATOR_VERSION = 1;
export const TIMEZONE = 'America/New_York';
/** The bench signs in as this administrator (a dedicated benchmark database, never production). */
export const ADMIN_EMAIL = 'admin@scale.example';
export const ADMIN_PASSWORD = 'carequeue-scale';

const FIRST = ['Avery', 'Jordan', 'Elena', 'Marcus', 'Nadia', 'Felix', 'Rosa', 'Tariq', 'Helen', 'Victor', 'Leila', 'Owen', 'Irene', 'Pablo',
  'Sana', 'George', 'Ines', 'Kofi', 'Mira', 'Stefan', 'Alma', 'Ravi', 'Judith', 'Hugo', 'Naomi', 'Emil', 'Lina', 'Bruno', 'Clara', 'Yusuf'];
const LAST = ['Abbott', 'Baptiste', 'Castro', 'Dubois', 'Eriksen', 'Farah', 'Gupta', 'Horvat', 'Ito', 'Jensen', 'Khan', 'Larsen', 'Morales',
  'Nakamura', 'Osei', 'Petrov', 'Quinn', 'Reyes', 'Sato', 'Torres', 'Usman', 'Varga', 'Weber', 'Xu', 'Young', 'Zhang', 'Adeyemi', 'Bianchi'];
export const NAMES = { first: FIRST, last: LAST } as const;

export interface EpPlan {
  /** 1-based; the row's UUID is derived from it. */
  ordinal: number;
  externalId: string;
  name: string;
  externalRole: string;
  /** Share of the practice's visits; 0 for an EP who saw nobody (shown as excluded). */
  weight: number;
}

export interface StaffPlan {
  ordinal: number;
  email: string;
  name: string;
  role: 'nurse' | 'medical_assistant' | 'billing' | 'admin';
}

export interface DayPlan {
  day: string;
  /** Visits numbered [visitLo, visitHi) fall on this day; threads likewise. */
  visitLo: number;
  visitHi: number;
  threadLo: number;
  threadHi: number;
}

export interface EventPlan {
  /** Per-visit probabilities (grants: any visit; summaries and education: office visits). */
  grantRate: number;
  summaryRate: number;
  educationRate: number;
  /** Share of patients with one patient-wide grant (portal enrolment). */
  patientWideRate: number;
  reminders: number;
  copyRequests: number;
}

export interface ScalePlan {
  options: ScaleOptions;
  start: string;
  holidays: string[];
  eps: EpPlan[];
  staff: StaffPlan[];
  /** EP ordinals, repeated in proportion to their weights: a uniform pick is a weighted pick. */
  epSlots: number[];
  /** Ordinals of nurses and medical assistants (who answer most portal messages). */
  clinicalStaff: number[];
  days: DayPlan[];
  threads: number;
  events: EventPlan;
  /** Patients 0 … chronic-1 have chronic conditions and visit (and write) more often. */
  chronicPatients: number;
}

/** Thread lengths (1–8 messages) and their shares: the distribution scale-sql.ts draws from. */
export const THREAD_LENGTHS = [
  [1, 0.1],
  [2, 0.25],
  [3, 0.25],
  [4, 0.18],
  [5, 0.1],
  [6, 0.06],
  [7, 0.04],
  [8, 0.02],
] as const;
export const MEAN_THREAD_LENGTH = THREAD_LENGTHS.reduce((sum, [length, p]) => sum + length * p, 0);

const OFFICE_SHARE = 0.93;
const BASE = { grant: 0.88, summary: 0.72, education: 0.11, patientWide: 0.02, reminders: 0.03, copies: 0.003, copyProvided: 0.9 };

/** Splits the event budget: per-visit events at their natural rates, the rest portal activity (≥ 12%). */
export function eventPlan(sizes: Sizes): EventPlan {
  const expected =
    sizes.visits * (BASE.grant + OFFICE_SHARE * (BASE.summary + BASE.education)) +
    sizes.patients * BASE.patientWide +
    sizes.events * (BASE.reminders + BASE.copies * (1 + BASE.copyProvided));
  const f = expected > 0 ? Math.min(1, (0.88 * sizes.events) / expected) : 0;
  return {
    grantRate: BASE.grant * f,
    summaryRate: BASE.summary * f,
    educationRate: BASE.education * f,
    patientWideRate: BASE.patientWide * f,
    reminders: Math.round(sizes.events * BASE.reminders * f),
    copyRequests: Math.round(sizes.events * BASE.copies * f),
  };
}

/** Largest-remainder apportionment of `slots` over `weights`. */
function apportion(weights: readonly number[], slots: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * slots);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = slots - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) counts[order[k][1]]++;
  return counts;
}

export function scalePlan(options: ScaleOptions): ScalePlan {
  const rng = createRng(options.seed);
  const start = startOf(options);
  const holidays = practiceHolidays(Number(start.slice(0, 4)), Number(options.end.slice(0, 4)));
  const holidaySet = new Set(holidays);
  const width = Math.max(3, String(options.providers).length);
  const roles = ['physician', 'physician', 'physician', 'physician', 'physician', 'physician', 'nurse practitioner', 'nurse practitioner', 'physician assistant'];
  const eps: EpPlan[] = Array.from({ length: options.providers }, (_, k) => ({
    ordinal: k + 1,
    externalId: `EP${String(k + 1).padStart(width, '0')}`,
    name: `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
    externalRole: rng.pick(roles),
    // Panels differ (part-timers, new hires); with three or more EPs the last one saw nobody.
    weight: options.providers >= 3 && k === options.providers - 1 ? 0 : 0.4 + 1.2 * rng.next(),
  }));
  const slotCount = Math.max(1000, 10 * eps.length);
  const epSlots = apportion(eps.map((e) => e.weight), slotCount).flatMap((n, k) => Array<number>(n).fill(k + 1));

  const nurses = Math.max(2, Math.round(options.providers * 0.3));
  const assistants = Math.max(2, Math.round(options.providers * 0.2));
  const staffRoles: StaffPlan['role'][] = [
    ...Array<StaffPlan['role']>(nurses).fill('nurse'),
    ...Array<StaffPlan['role']>(assistants).fill('medical_assistant'),
    'billing',
    'billing',
    'admin',
  ];
  const staff = staffRoles.map((role, k): StaffPlan => {
    const name = `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
    const email = role === 'admin' ? ADMIN_EMAIL : `${role.replace('_', '-')}-${k + 1}@scale.example`;
    return { ordinal: k + 1, email, name, role };
  });
  const clinicalStaff = staff.filter((s) => s.role === 'nurse' || s.role === 'medical_assistant').map((s) => s.ordinal);

  const dates = Array.from({ length: options.days }, (_, i) => addDays(start, i));
  // Day-to-day noise on top of the weekly and seasonal pattern.
  const noise = dates.map(() => 0.9 + 0.2 * rng.next());
  const threads = options.messages === 0 ? 0 : Math.max(1, Math.round(options.messages / MEAN_THREAD_LENGTH));
  const visitRanges = spread(dates.map((d, i) => visitWeight(d, holidaySet) * noise[i]), options.visits);
  const threadRanges = spread(dates.map((d, i) => messageWeight(d, holidaySet) * noise[i]), threads);
  const days = dates.map((day, i) => ({
    day,
    visitLo: visitRanges[i].lo,
    visitHi: visitRanges[i].hi,
    threadLo: threadRanges[i].lo,
    threadHi: threadRanges[i].hi,
  }));

  return {
    options,
    start,
    holidays,
    eps,
    staff,
    epSlots,
    clinicalStaff,
    days,
    threads,
    events: eventPlan(options),
    chronicPatients: Math.max(1, Math.floor(options.patients * 0.2)),
  };
}

/** Consecutive days grouped so that each group holds about `size` items of `key`. */
export function dayBatches(days: readonly DayPlan[], count: (d: DayPlan) => number, size: number): { from: string; to: string; items: number }[] {
  const batches: { from: string; to: string; items: number }[] = [];
  let current: { from: string; to: string; items: number } | null = null;
  for (const d of days) {
    current ??= { from: d.day, to: d.day, items: 0 };
    current.to = d.day;
    current.items += count(d);
    if (current.items >= size) {
      batches.push(current);
      current = null;
    }
  }
  if (current) batches.push(current);
  return batches;
}
