/**
 * Six months of EHR and portal records for the demo practice, in the shape of the import API's
 * records (`POST /api/v1/import`), so the Engagement page shows realistic figures on first start:
 * visits with the three physicians, portal access granted mostly on time and sometimes late or
 * never, clinical summaries, education, reminders, copy requests and portal use. Each physician
 * has habits of their own, so some measures pass and some fail, per provider and for the practice.
 * Pure and deterministic: the same seed and `today` give the same records.
 */
import { integerBetween, pick, seededRandom, type Random } from './random';

/** `YYYY-MM-DD`, practice-local. */
type IsoDate = string;

export type DemoEngagementRecord =
  | { type: 'encounter'; id: string; patientId: string; providerId: string; date: IsoDate; kind: 'office_visit' | 'other'; infoAvailableAt: string }
  | { type: 'access_granted'; patientId: string; encounterId?: string; at: string }
  | { type: 'portal_activity'; patientId: string; action: 'view' | 'download' | 'transmit'; at: string }
  | { type: 'summary_provided'; encounterId: string; at: string }
  | { type: 'education_provided'; patientId: string; providerId: string; at: string }
  | { type: 'reminder_sent' | 'copy_requested' | 'copy_provided'; patientId: string; at: string };

/** How a physician's office works the portal; shares of visits or patients, 0..1. */
export interface ProviderHabits {
  /** Access granted within a day of the visit's information (meets 48 hours and 4 business days). */
  accessFast: number;
  /** Access granted 2 to 4 business days after (meets 4 business days only). */
  accessInTime: number;
  /** Access granted 6 to 15 business days after; the rest of the visits never get a grant of their own. */
  accessLate: number;
  /** Clinical summary by the next business day; then within 3 business days; then late; the rest never. */
  summaryNextDay: number;
  summaryInThreeDays: number;
  summaryLate: number;
  /** Patients seen who are given education resources. */
  education: number;
  /** Patients seen who view, download or transmit their record. */
  portalUse: number;
}

export interface DemoProvider {
  /** The provider's id in the EHR (`external_id` of the staff user). */
  id: string;
  /** The demo physician's sign-in, which links the EHR provider to the staff user. */
  email: string;
  habits: ProviderHabits;
}

/** Dr. Ruiz runs a tight office, Dr. Okafor an average one, Dr. Chen's is behind on the portal. */
export const DEMO_PROVIDERS: readonly DemoProvider[] = [
  {
    id: 'rfm-ruiz',
    email: 'ana.ruiz@riverside.example',
    habits: { accessFast: 0.4, accessInTime: 0.4, accessLate: 0.12, summaryNextDay: 0.66, summaryInThreeDays: 0.2, summaryLate: 0.08, education: 0.42, portalUse: 0.14 },
  },
  {
    id: 'rfm-okafor',
    email: 'ben.okafor@riverside.example',
    habits: { accessFast: 0.3, accessInTime: 0.34, accessLate: 0.2, summaryNextDay: 0.46, summaryInThreeDays: 0.24, summaryLate: 0.14, education: 0.24, portalUse: 0.1 },
  },
  {
    id: 'rfm-chen',
    email: 'claire.chen@riverside.example',
    habits: { accessFast: 0.18, accessInTime: 0.26, accessLate: 0.3, summaryNextDay: 0.32, summaryInThreeDays: 0.26, summaryLate: 0.2, education: 0.09, portalUse: 0.03 },
  },
];

export interface DemoEngagementPatient {
  mrn: string;
  birthDate: IsoDate;
  /** The EHR id of the patient's own physician. */
  providerId: string;
}

export interface DemoEngagementOptions {
  /** Practice-local date of the seed; every record is dated before it. */
  today: IsoDate;
  patients: readonly DemoEngagementPatient[];
  providers?: readonly DemoProvider[];
  seed?: number;
}

/** Visits reach back this far; older visits only feed the look-back of Stage 2 reminders. */
export const DEMO_ENGAGEMENT_DAYS = 182;
const HISTORY_DAYS = 730;
/** Patients with a portal account before the period: one grant covers all their visits. */
const ENROLLED_SHARE = 0.3;
const DAY_MS = 86_400_000;

const toMs = (date: IsoDate): number => Date.parse(`${date}T00:00:00Z`);
const fromMs = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);
const addDays = (date: IsoDate, days: number): IsoDate => fromMs(toMs(date) + days * DAY_MS);
const isWeekend = (date: IsoDate): boolean => [0, 6].includes(new Date(toMs(date)).getUTCDay());

/** `days` weekdays after `date` (the demo practice keeps no holidays); 0 gives the date itself. */
function addWeekdays(date: IsoDate, days: number): IsoDate {
  let day = date;
  for (let left = days; left > 0; ) {
    day = addDays(day, 1);
    if (!isWeekend(day)) left -= 1;
  }
  return day;
}

/**
 * An instant on a local date, written with New York's standard offset. Hours stay within 07:00 to
 * 19:59, so the local date is the same in summer time too.
 */
function at(date: IsoDate, hour: number, minute: number): string {
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00-05:00`;
}

const officeHours = (random: Random, date: IsoDate): string => at(date, integerBetween(random, 8, 17), integerBetween(random, 0, 59));

function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** A weekday between `from` and `to` inclusive (the nearest one before, if the draw falls on a weekend). */
function weekdayBetween(random: Random, from: IsoDate, to: IsoDate): IsoDate {
  let day = addDays(from, integerBetween(random, 0, Math.round((toMs(to) - toMs(from)) / DAY_MS)));
  while (isWeekend(day)) day = addDays(day, -1);
  return day < from ? addWeekdays(from, isWeekend(from) ? 1 : 0) : day;
}

/** Picks one of the outcomes by the shares given; what the shares leave over is the last outcome. */
function outcome<T>(random: Random, shares: readonly [number, T][], otherwise: T): T {
  let draw = random();
  for (const [share, value] of shares) {
    if (draw < share) return value;
    draw -= share;
  }
  return otherwise;
}

interface Visit {
  id: string;
  patient: DemoEngagementPatient;
  provider: DemoProvider;
  date: IsoDate;
  office: boolean;
  /** Local date and hour the visit's information reached the physician. */
  infoDate: IsoDate;
  infoHour: number;
}

class Generator {
  readonly records: DemoEngagementRecord[] = [];
  private visitCount = 0;
  private readonly byId: Map<string, DemoProvider>;

  constructor(
    private readonly random: Random,
    private readonly today: IsoDate,
    private readonly providers: readonly DemoProvider[],
  ) {
    this.byId = new Map(providers.map((p) => [p.id, p]));
  }

  /** Adds an event unless it would fall on or after today (it has not happened yet). */
  private event(date: IsoDate, record: DemoEngagementRecord): void {
    if (date < this.today) this.records.push(record);
  }

  patient(patient: DemoEngagementPatient): void {
    const random = this.random;
    const own = this.byId.get(patient.providerId) ?? this.providers[0];
    const start = addDays(this.today, -DEMO_ENGAGEMENT_DAYS);
    const recentCount = outcome(random, [[0.3, 0], [0.4, 1], [0.2, 2]], 3);
    const historyCount = outcome(random, [[0.45, 0], [0.25, 1], [0.2, 2]], 3);
    const visits: Visit[] = [];
    for (let i = 0; i < historyCount; i++) visits.push(this.visit(patient, own, weekdayBetween(random, addDays(this.today, -HISTORY_DAYS), addDays(start, -1))));
    for (let i = 0; i < recentCount; i++) visits.push(this.visit(patient, own, weekdayBetween(random, start, addDays(this.today, -1))));
    visits.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

    const enrolled = random() < ENROLLED_SHARE;
    if (enrolled) {
      // The portal account predates these visits: one patient-wide grant covers them all.
      const first = visits[0]?.date ?? start;
      this.event(first, { type: 'access_granted', patientId: patient.mrn, at: officeHours(random, weekdayBetween(random, addDays(first, -400), addDays(first, -1))) });
    }
    for (const visit of visits) {
      if (!enrolled) this.grant(visit);
      if (visit.office) this.summary(visit);
    }

    const seen = visits.filter((v) => v.office && v.date >= start);
    if (seen.length) this.engage(patient, own, seen, enrolled);
    this.reminders(patient, start);
    this.copies(patient, start);
  }

  private visit(patient: DemoEngagementPatient, own: DemoProvider, date: IsoDate): Visit {
    const random = this.random;
    this.visitCount += 1;
    const provider = random() < 0.85 ? own : pick(random, this.providers);
    const office = random() >= 0.06;
    // Most notes are signed the same afternoon; some wait for results a day or two.
    const infoDate = random() < 0.85 ? date : addWeekdays(date, integerBetween(random, 1, 2));
    const infoHour = integerBetween(random, 15, 18);
    const visit: Visit = { id: `rfm-enc-${String(this.visitCount).padStart(5, '0')}`, patient, provider, date, office, infoDate, infoHour };
    this.records.push({
      type: 'encounter',
      id: visit.id,
      patientId: patient.mrn,
      providerId: provider.id,
      date,
      kind: office ? 'office_visit' : 'other',
      infoAvailableAt: at(infoDate, infoHour, integerBetween(this.random, 0, 59)),
    });
    return visit;
  }

  private grant(visit: Visit): void {
    const random = this.random;
    const h = visit.provider.habits;
    const when = outcome<'fast' | 'in_time' | 'late' | 'never'>(random, [[h.accessFast, 'fast'], [h.accessInTime, 'in_time'], [h.accessLate, 'late']], 'never');
    if (when === 'never') return;
    let date: IsoDate;
    let hour: number;
    if (when === 'fast') {
      // Released with the signed note, or first thing the next morning.
      const sameDay = random() < 0.5;
      date = sameDay ? visit.infoDate : addWeekdays(visit.infoDate, 1);
      hour = sameDay ? Math.min(19, visit.infoHour + 1) : integerBetween(random, 8, 11);
    } else {
      date = addWeekdays(visit.infoDate, when === 'in_time' ? integerBetween(random, 2, 4) : integerBetween(random, 6, 15));
      hour = integerBetween(random, 8, 11);
    }
    this.event(date, { type: 'access_granted', patientId: visit.patient.mrn, encounterId: visit.id, at: at(date, hour, integerBetween(random, 0, 59)) });
  }

  private summary(visit: Visit): void {
    const random = this.random;
    const h = visit.provider.habits;
    const days = outcome<number | null>(
      random,
      [
        [h.summaryNextDay, integerBetween(random, 0, 1)],
        [h.summaryInThreeDays, integerBetween(random, 2, 3)],
        [h.summaryLate, integerBetween(random, 5, 10)],
      ],
      null,
    );
    if (days === null) return;
    const date = addWeekdays(visit.date, days);
    this.event(date, { type: 'summary_provided', encounterId: visit.id, at: days === 0 ? at(date, 19, integerBetween(random, 0, 59)) : officeHours(random, date) });
  }

  /** Education from the physician who saw them, and portal use after the visit. */
  private engage(patient: DemoEngagementPatient, own: DemoProvider, seen: Visit[], enrolled: boolean): void {
    const random = this.random;
    const visit = pick(random, seen);
    if (random() < visit.provider.habits.education) {
      const date = addWeekdays(visit.date, integerBetween(random, 0, 1));
      this.event(date, { type: 'education_provided', patientId: patient.mrn, providerId: visit.provider.id, at: officeHours(random, date) });
    }
    // Patients who already had a portal account use it twice as often.
    if (random() < own.habits.portalUse * (enrolled ? 2 : 1)) {
      const first = seen[0] as Visit;
      for (let i = integerBetween(random, 1, 3); i > 0; i--) {
        const date = weekdayBetween(random, addDays(first.date, 1), addDays(this.today, -1));
        const action = outcome<'view' | 'download' | 'transmit'>(random, [[0.7, 'view'], [0.2, 'download']], 'transmit');
        this.event(date, { type: 'portal_activity', patientId: patient.mrn, action, at: at(date, integerBetween(random, 7, 19), integerBetween(random, 0, 59)) });
      }
    }
  }

  /** Seniors and young children are due for preventive care: they get reminders more often. */
  private reminders(patient: DemoEngagementPatient, start: IsoDate): void {
    const age = ageOn(patient.birthDate, start);
    if (this.random() >= (age >= 65 || age <= 5 ? 0.3 : 0.06)) return;
    const date = weekdayBetween(this.random, start, addDays(this.today, -1));
    this.event(date, { type: 'reminder_sent', patientId: patient.mrn, at: officeHours(this.random, date) });
  }

  private copies(patient: DemoEngagementPatient, start: IsoDate): void {
    const random = this.random;
    if (random() >= 0.05) return;
    const asked = weekdayBetween(random, start, addDays(this.today, -1));
    this.event(asked, { type: 'copy_requested', patientId: patient.mrn, at: officeHours(random, asked) });
    const days = outcome<number | null>(random, [[0.72, integerBetween(random, 0, 3)], [0.16, integerBetween(random, 5, 9)]], null);
    if (days === null) return;
    const given = addWeekdays(asked, days);
    this.event(given, { type: 'copy_provided', patientId: patient.mrn, at: at(given, 19, integerBetween(random, 0, 59)) });
  }
}

/** The demo practice's engagement records, ready for the import API. */
export function demoEngagement(options: DemoEngagementOptions): DemoEngagementRecord[] {
  const providers = options.providers ?? DEMO_PROVIDERS;
  if (providers.length === 0) throw new RangeError('demoEngagement needs at least one provider');
  const generator = new Generator(seededRandom(options.seed ?? 20261123), options.today, providers);
  for (const patient of options.patients) generator.patient(patient);
  return generator.records;
}
