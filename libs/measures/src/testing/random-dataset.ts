/**
 * Seeded random datasets for property tests: the same seed always gives the same scenario, on any
 * machine, with no dependency. The API's property tests import a scenario into PostgreSQL and
 * compare the SQL results with `computeMeasures` / `patientsFor` on the same data and options.
 *
 * The data is small but aimed at the edges: birthdays within days of 65 and 5 years before the
 * period, events within days of the period's ends and around midnight local time, grants a few
 * hours either side of 48 hours and of the 4th business day, holidays, weekends, time zones with
 * half-hour offsets, EPs with no visits, messages with no EP.
 *
 * Guarantees: ids are unique per collection and ASCII zero-padded (every collation sorts them the
 * same); every reference points at an existing record; every instant is `toISOString()` (UTC, Z).
 */
import { addDays, addMonths } from '../lib/calendar-dates';
import type {
  Dataset,
  Encounter,
  IsoDate,
  Patient,
  Provider,
} from '../lib/dataset';
import { PORTAL_ACTIONS } from '../lib/dataset';
import type { ComputeOptions } from '../lib/engine-context';

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: a tiny, well-distributed 32-bit PRNG; deterministic for a given seed. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number =>
    min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[int(0, items.length - 1)];
    },
  };
}

export interface RandomScenario {
  seed: number;
  dataset: Dataset;
  /** The query to run on it: period, stage, program year, time zone and holidays. */
  options: ComputeOptions;
}

export interface RandomScenarioSizes {
  /** Maximum number of providers (at least 1 is generated). Default 5. */
  maxProviders?: number;
  /** Maximum number of patients. Default 60. */
  maxPatients?: number;
}

const TIMEZONES = [
  'America/New_York',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'Pacific/Honolulu',
  'Asia/Kolkata',
  'UTC',
];
const PERIOD_LENGTHS = [1, 7, 30, 90, 90, 90, 120, 365];
const PROGRAM_YEARS = [undefined, 2014, 2015, 2016, 2017, 2018];
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const pad = (n: number, width: number): string =>
  String(n).padStart(width, '0');
const midnightUtc = (date: IsoDate): number => Date.parse(`${date}T00:00:00Z`);
const iso = (ms: number): string => new Date(ms).toISOString();

/** A random scenario: a dataset around a random period, and the options to compute it with. */
export function randomScenario(
  seed: number,
  sizes: RandomScenarioSizes = {},
): RandomScenario {
  const rng = createRng(seed);
  const from = addDays('2014-01-01', rng.int(0, 4000));
  const to = addDays(from, rng.pick(PERIOD_LENGTHS) - 1);
  const holidays = Array.from({ length: rng.int(0, 5) }, () =>
    addDays(from, rng.int(-7, daysBetween(from, to) + 14)),
  );
  const options: ComputeOptions = {
    from,
    to,
    stage: rng.pick([1, 2, 3] as const),
    programYear: rng.pick(PROGRAM_YEARS),
    timezone: rng.pick(TIMEZONES),
    holidays: [...new Set(holidays)].sort(),
  };
  return { seed, dataset: randomDataset(rng, from, to, sizes), options };
}

function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((midnightUtc(to) - midnightUtc(from)) / DAY);
}

function randomDataset(
  rng: Rng,
  from: IsoDate,
  to: IsoDate,
  sizes: RandomScenarioSizes,
): Dataset {
  const providerCount = rng.int(1, sizes.maxProviders ?? 5);
  const providers: Provider[] = Array.from(
    { length: providerCount },
    (_, i) => ({
      id: `pr${pad(i + 1, 2)}`,
      name: `Dr ${pad(i + 1, 2)}`,
      role: rng.chance(0.8) ? 'physician' : 'nurse practitioner',
    }),
  );
  const providerIds = providers.map((p) => p.id);
  // Sometimes an EP who sees nobody, to exercise exclusion.
  const activeIds =
    providerCount > 1 && rng.chance(0.3) ? providerIds.slice(1) : providerIds;
  const patients = Array.from(
    { length: rng.int(0, sizes.maxPatients ?? 60) },
    (_, i) => randomPatient(rng, `pt${pad(i + 1, 4)}`, from, providerIds),
  );
  const window = {
    start: midnightUtc(from) - 12 * DAY,
    end: midnightUtc(to) + 14 * DAY,
  };
  const inWindow = (): number =>
    rng.int(window.start / MINUTE, window.end / MINUTE) * MINUTE;

  const encounters: Encounter[] = [];
  const data: Dataset = {
    providers,
    patients,
    encounters,
    accessGranted: [],
    portalActivity: [],
    summaryProvided: [],
    educationProvided: [],
    reminderSent: [],
    copyRequested: [],
    copyProvided: [],
    secureMessages: [],
  };
  const push = <K extends keyof Dataset>(
    key: K,
    record: Dataset[K][number],
  ): void => {
    (data[key] as Dataset[K][number][]).push(record);
  };

  for (const patient of patients) {
    const own = patient.primaryProviderId ?? rng.pick(activeIds);
    const seenBy: string[] = [];
    for (let n = rng.int(0, 5); n > 0; n -= 1) {
      const providerId =
        rng.chance(0.6) && activeIds.includes(own) ? own : rng.pick(activeIds);
      const encounter = randomEncounter(
        rng,
        `en${pad(encounters.length + 1, 5)}`,
        patient.id,
        providerId,
        from,
        to,
      );
      encounters.push(encounter);
      seenBy.push(providerId);
      addVisitEvents(rng, encounter, push);
    }
    if (rng.chance(0.2))
      push('accessGranted', { patientId: patient.id, at: iso(inWindow()) });
    for (let n = rng.chance(0.4) ? rng.int(1, 3) : 0; n > 0; n -= 1) {
      push('portalActivity', {
        patientId: patient.id,
        action: rng.pick(PORTAL_ACTIONS),
        at: iso(inWindow()),
      });
    }
    if (rng.chance(0.3)) {
      const providerId =
        seenBy.length > 0 && rng.chance(0.8)
          ? rng.pick(seenBy)
          : rng.pick(providerIds);
      push('educationProvided', {
        patientId: patient.id,
        providerId,
        at: iso(inWindow()),
      });
    }
    if (rng.chance(0.3))
      push('reminderSent', { patientId: patient.id, at: iso(inWindow()) });
    for (let n = rng.chance(0.15) ? rng.int(1, 2) : 0; n > 0; n -= 1) {
      const requested = inWindow();
      push('copyRequested', { patientId: patient.id, at: iso(requested) });
      if (rng.chance(0.7)) {
        push('copyProvided', {
          patientId: patient.id,
          at: iso(requested + rng.int(-1 * 24 * 60, 7 * 24 * 60) * MINUTE),
        });
      }
    }
    for (let n = rng.chance(0.4) ? rng.int(1, 4) : 0; n > 0; n -= 1) {
      const providerId = rng.pick([
        own,
        seenBy[0] ?? own,
        rng.pick(providerIds),
        null,
      ]);
      push('secureMessages', {
        id: `ms${pad(data.secureMessages.length + 1, 5)}`,
        patientId: patient.id,
        providerId: rng.chance(0.9) ? providerId : null,
        direction: rng.chance(0.5) ? 'from_patient' : 'to_patient',
        at: iso(inWindow()),
      });
    }
  }
  return data;
}

function randomPatient(
  rng: Rng,
  id: string,
  from: IsoDate,
  providerIds: readonly string[],
): Patient {
  const roll = rng.next();
  let birthDate: IsoDate;
  if (roll < 0.2)
    birthDate = addDays(addMonths(from, -65 * 12), rng.int(-2, 2));
  else if (roll < 0.4)
    birthDate = addDays(
      addMonths(from, -rng.pick([5, 6]) * 12),
      rng.int(-2, 2),
    );
  else if (roll < 0.45)
    birthDate = addDays(from, rng.int(-3, 30)); // newborns, some born after `from`
  else
    birthDate = addDays(
      addMonths(from, -rng.int(0, 95) * 12),
      rng.int(-180, 180),
    );
  return {
    id,
    birthDate,
    primaryProviderId: rng.chance(0.7) ? rng.pick(providerIds) : undefined,
  };
}

/** Mostly in the period, some in the 24-month look-back (for reminders), a few after it. */
function randomEncounter(
  rng: Rng,
  id: string,
  patientId: string,
  providerId: string,
  from: IsoDate,
  to: IsoDate,
): Encounter {
  const roll = rng.next();
  const lookbackStart = addMonths(from, -24);
  let date: IsoDate;
  if (roll < 0.6) date = addDays(from, rng.int(0, daysBetween(from, to)));
  else if (roll < 0.9)
    date = addDays(
      lookbackStart,
      rng.int(-3, daysBetween(lookbackStart, from) - 1),
    );
  else date = addDays(to, rng.int(1, 10));
  // Information becomes available from a few hours before the visit date (UTC) to five days after.
  const infoAvailable =
    midnightUtc(date) + rng.int(-6 * 60, 5 * 24 * 60) * MINUTE;
  return {
    id,
    patientId,
    providerId,
    date,
    kind: rng.chance(0.85) ? 'office_visit' : 'other',
    infoAvailableAt: iso(infoAvailable),
  };
}

function addVisitEvents(
  rng: Rng,
  encounter: Encounter,
  push: <K extends keyof Dataset>(key: K, record: Dataset[K][number]) => void,
): void {
  const info = Date.parse(encounter.infoAvailableAt);
  if (rng.chance(0.65)) {
    // Half the grants land within a few hours of 48 h, the rest anywhere from 3 days before to 9 after.
    const offset = rng.chance(0.5)
      ? 48 * HOUR + rng.int(-180, 180) * MINUTE
      : rng.int(-3 * 24 * 60, 9 * 24 * 60) * MINUTE;
    push('accessGranted', {
      patientId: encounter.patientId,
      encounterId: rng.chance(0.5) ? encounter.id : null,
      at: iso(info + offset),
    });
  }
  if (rng.chance(0.7)) {
    push('summaryProvided', {
      encounterId: encounter.id,
      at: iso(midnightUtc(encounter.date) + rng.int(0, 7 * 24 * 60) * MINUTE),
    });
  }
}
