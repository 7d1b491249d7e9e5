/**
 * Validates a query, normalises a dataset and indexes it once, so that each measure rule is a few
 * set look-ups. Every index here corresponds to a join or a filter the SQL version performs.
 *
 * Normalisation rules (the SQL gets them for free from primary and foreign keys):
 * - Records with an id (providers, patients, encounters) are de-duplicated by id; the LAST one wins,
 *   like a re-import that updates.
 * - An encounter whose patient or provider is unknown is ignored (it cannot be joined).
 * - Event records that point at an unknown patient, encounter or provider simply never match.
 * - Every date and instant is validated; a malformed one throws a RangeError naming the record.
 */
import type { BusinessCalendar, Stamp } from './business-days';
import { businessCalendar, stampOf } from './business-days';
import { assertIsoDate } from './calendar-dates';
import type {
  Dataset,
  Encounter,
  IsoDate,
  MessageDirection,
  Patient,
  Provider,
} from './dataset';
import type { Stage } from './measure-types';

/** What every query needs: the period and the practice calendar. */
export interface MeasureQuery {
  /** First day of the reporting period, practice-local, inclusive. */
  from: IsoDate;
  /** Last day of the reporting period, practice-local, inclusive. */
  to: IsoDate;
  /** Picks the thresholds of that program year; the default bar without it. */
  programYear?: number;
  /** Restricts the per-provider results (and `patientsFor`) to one EP. */
  providerId?: string;
  /** IANA zone of the practice; America/New_York by default. */
  timezone?: string;
  /** Practice holidays, local dates. */
  holidays?: readonly IsoDate[];
}

export interface ComputeOptions extends MeasureQuery {
  stage: Stage;
}

export interface IndexedVisit {
  id: string;
  patientId: string;
  providerId: string;
  date: IsoDate;
  infoAvailable: Stamp;
}

export interface IndexedGrant extends Stamp {
  encounterId: string | null;
}

export interface EngineContext {
  from: IsoDate;
  to: IsoDate;
  programYear: number | undefined;
  calendar: BusinessCalendar;
  /** Known providers, sorted by id (code-unit order). */
  providers: Provider[];
  patients: Map<string, Patient>;
  /** Every office visit (any date) with known patient and provider. */
  officeVisits: IndexedVisit[];
  /** providerId -> patientId -> that EP's office visits with the patient IN the period. */
  visitsInPeriod: Map<string, Map<string, IndexedVisit[]>>;
  /** Office visits in the period by encounter id. */
  visitInPeriodById: Map<string, IndexedVisit>;
  /** providerId -> "patients of the EP": office visit with the EP on or before `to`, or primary provider. */
  patientsOfProvider: Map<string, Set<string>>;
  grantsByPatient: Map<string, IndexedGrant[]>;
  summariesByEncounter: Map<string, Stamp[]>;
  copyRequestsInPeriod: Map<string, Stamp[]>;
  copiesByPatient: Map<string, Stamp[]>;
  /** Patients with any view/download/transmit in the period. */
  portalActiveInPeriod: Set<string>;
  remindedInPeriod: Set<string>;
  /** providerId -> patients the EP gave education to in the period. */
  educatedInPeriod: Map<string, Set<string>>;
  /** direction -> providerId -> patients with such a message in the period. */
  messagedInPeriod: Record<MessageDirection, Map<string, Set<string>>>;
}

export function validateQuery(query: MeasureQuery): void {
  assertIsoDate(query.from, 'from');
  assertIsoDate(query.to, 'to');
  if (query.from > query.to)
    throw new RangeError(`from (${query.from}) is after to (${query.to})`);
  if (query.programYear !== undefined && !Number.isInteger(query.programYear)) {
    throw new RangeError(
      `programYear must be an integer, got ${query.programYear}`,
    );
  }
}

function lastById<T extends { id: string }>(
  records: readonly T[],
): Map<string, T> {
  const byId = new Map<string, T>();
  for (const record of records) {
    byId.delete(record.id); // keeps insertion order meaningful: the last write is last
    byId.set(record.id, record);
  }
  return byId;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

export function buildContext(
  dataset: Dataset,
  query: MeasureQuery,
): EngineContext {
  validateQuery(query);
  const calendar = businessCalendar({
    timezone: query.timezone,
    holidays: query.holidays,
  });
  const { from, to } = query;
  const inPeriod = (day: IsoDate): boolean => from <= day && day <= to;
  const stamp = (at: string, what: string): Stamp =>
    stampOf(at, calendar, what);

  const providersById = lastById(dataset.providers);
  const providers = [...providersById.values()].sort((a, b) =>
    compareIds(a.id, b.id),
  );
  const patients = lastById(dataset.patients);
  patients.forEach((p) =>
    assertIsoDate(p.birthDate, `patient ${p.id} birthDate`),
  );

  const officeVisits: IndexedVisit[] = [];
  const visitsInPeriod = new Map<string, Map<string, IndexedVisit[]>>();
  const visitInPeriodById = new Map<string, IndexedVisit>();
  const patientsOfProvider = new Map<string, Set<string>>();
  for (const e of lastById<Encounter>(dataset.encounters).values()) {
    assertIsoDate(e.date, `encounter ${e.id} date`);
    const infoAvailable = stamp(
      e.infoAvailableAt,
      `encounter ${e.id} infoAvailableAt`,
    );
    if (
      e.kind !== 'office_visit' ||
      !patients.has(e.patientId) ||
      !providersById.has(e.providerId)
    )
      continue;
    const visit: IndexedVisit = {
      id: e.id,
      patientId: e.patientId,
      providerId: e.providerId,
      date: e.date,
      infoAvailable,
    };
    officeVisits.push(visit);
    if (e.date <= to) add(patientsOfProvider, e.providerId, e.patientId);
    if (inPeriod(e.date)) {
      let byPatient = visitsInPeriod.get(e.providerId);
      if (!byPatient) visitsInPeriod.set(e.providerId, (byPatient = new Map()));
      push(byPatient, e.patientId, visit);
      visitInPeriodById.set(visit.id, visit);
    }
  }
  for (const p of patients.values()) {
    if (p.primaryProviderId && providersById.has(p.primaryProviderId))
      add(patientsOfProvider, p.primaryProviderId, p.id);
  }

  const grantsByPatient = new Map<string, IndexedGrant[]>();
  dataset.accessGranted.forEach((g, i) =>
    push(grantsByPatient, g.patientId, {
      ...stamp(g.at, `accessGranted[${i}].at`),
      encounterId: g.encounterId ?? null,
    }),
  );
  const summariesByEncounter = new Map<string, Stamp[]>();
  dataset.summaryProvided.forEach((s, i) =>
    push(
      summariesByEncounter,
      s.encounterId,
      stamp(s.at, `summaryProvided[${i}].at`),
    ),
  );
  const copyRequestsInPeriod = new Map<string, Stamp[]>();
  dataset.copyRequested.forEach((r, i) => {
    const when = stamp(r.at, `copyRequested[${i}].at`);
    if (inPeriod(when.day)) push(copyRequestsInPeriod, r.patientId, when);
  });
  const copiesByPatient = new Map<string, Stamp[]>();
  dataset.copyProvided.forEach((c, i) =>
    push(copiesByPatient, c.patientId, stamp(c.at, `copyProvided[${i}].at`)),
  );

  const portalActiveInPeriod = new Set<string>();
  dataset.portalActivity.forEach((a, i) => {
    if (inPeriod(stamp(a.at, `portalActivity[${i}].at`).day))
      portalActiveInPeriod.add(a.patientId);
  });
  const remindedInPeriod = new Set<string>();
  dataset.reminderSent.forEach((r, i) => {
    if (inPeriod(stamp(r.at, `reminderSent[${i}].at`).day))
      remindedInPeriod.add(r.patientId);
  });
  const educatedInPeriod = new Map<string, Set<string>>();
  dataset.educationProvided.forEach((e, i) => {
    if (inPeriod(stamp(e.at, `educationProvided[${i}].at`).day))
      add(educatedInPeriod, e.providerId, e.patientId);
  });
  const messagedInPeriod: EngineContext['messagedInPeriod'] = {
    from_patient: new Map(),
    to_patient: new Map(),
  };
  dataset.secureMessages.forEach((m, i) => {
    const when = stamp(m.at, `secureMessages[${i}].at`);
    // A message with no EP (providerId null) counts for nobody.
    if (m.providerId && inPeriod(when.day))
      add(messagedInPeriod[m.direction], m.providerId, m.patientId);
  });

  return {
    from,
    to,
    programYear: query.programYear,
    calendar,
    providers,
    patients,
    officeVisits,
    visitsInPeriod,
    visitInPeriodById,
    patientsOfProvider,
    grantsByPatient,
    summariesByEncounter,
    copyRequestsInPeriod,
    copiesByPatient,
    portalActiveInPeriod,
    remindedInPeriod,
    educatedInPeriod,
    messagedInPeriod,
  };
}

/**
 * The one ordering of ids in every list: UTF-16 code-unit order (JavaScript's default sort).
 * PostgreSQL matches it for ASCII ids with `ORDER BY id COLLATE "C"`.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortIds(ids: Iterable<string>): string[] {
  return [...ids].sort(compareIds);
}
