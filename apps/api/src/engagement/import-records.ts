/**
 * The import's record types and their validation: pure functions, no database. A record is
 * discriminated on `type`; every field is checked and every problem is reported with the record's
 * index. Messages never echo a value: records carry names and birth dates.
 */
import { ENCOUNTER_KINDS, PORTAL_ACTIONS, isIsoDate, type EncounterKind, type PortalAction } from '@carequeue/measures';
import { ENGAGEMENT_EVENT_TYPES, type EngagementEventType } from './engagement-event.entity';

export const RECORD_TYPES = [
  'provider',
  'patient',
  'encounter',
  ...ENGAGEMENT_EVENT_TYPES,
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const MAX_ID_LENGTH = 200;
export const MAX_TEXT_LENGTH = 200;

/** Where the record was in the batch, for error reports. */
interface Indexed {
  index: number;
}

export interface ProviderRecord extends Indexed {
  type: 'provider';
  id: string;
  name: string;
  role: string;
}

export interface PatientRecord extends Indexed {
  type: 'patient';
  id: string;
  birthDate: string;
  /** Absent (undefined) keeps the stored value; null clears it. */
  primaryProviderId: string | null | undefined;
  /** Absent (undefined) keeps the stored name; null clears it. */
  name: string | null | undefined;
}

export interface EncounterRecord extends Indexed {
  type: 'encounter';
  id: string;
  patientId: string;
  providerId: string;
  date: string;
  kind: EncounterKind;
  /** Normalised to UTC, millisecond precision (`toISOString`). */
  infoAvailableAt: string;
}

/** Every event type, flattened: fields a type does not have are null. */
export interface EventRecord extends Indexed {
  type: EngagementEventType;
  patientId: string | null;
  encounterId: string | null;
  providerId: string | null;
  action: PortalAction | null;
  /** Normalised to UTC, millisecond precision (`toISOString`). */
  at: string;
}

export type ImportRecord = ProviderRecord | PatientRecord | EncounterRecord | EventRecord;

export interface RecordError {
  index: number;
  field: string;
  message: string;
}

type Check = (value: unknown, field: string) => string | null;
interface Rule {
  check: Check;
  /** May be absent or null. */
  optional?: boolean;
}

// Printable text without control characters; ids are compared exactly, so no trimming either.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
// Years outside this range are typing errors, and PostgreSQL and JavaScript disagree on how to write them.
const MIN_YEAR = 1800;
const MAX_YEAR = 2999;

const id: Check = (value, field) => {
  if (typeof value !== 'string') return `${field} must be a string`;
  if (value.trim() === '') return `${field} must not be blank`;
  if (value.length > MAX_ID_LENGTH) return `${field} must be at most ${MAX_ID_LENGTH} characters`;
  if (CONTROL.test(value)) return `${field} must not contain control characters`;
  return null;
};

const text: Check = (value, field) => {
  if (typeof value !== 'string') return `${field} must be a string`;
  if (value.trim() === '') return `${field} must not be blank`;
  if (value.length > MAX_TEXT_LENGTH) return `${field} must be at most ${MAX_TEXT_LENGTH} characters`;
  if (CONTROL.test(value)) return `${field} must not contain control characters`;
  return null;
};

const yearInRange = (year: number): boolean => year >= MIN_YEAR && year <= MAX_YEAR;

const date: Check = (value, field) =>
  isIsoDate(value) && yearInRange(Number(value.slice(0, 4)))
    ? null
    : `${field} must be a calendar date YYYY-MM-DD between ${MIN_YEAR} and ${MAX_YEAR}`;

const instant: Check = (value, field) => {
  const ms = typeof value === 'string' && INSTANT.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) return `${field} must be an ISO 8601 instant with an offset or Z`;
  if (!yearInRange(new Date(ms).getUTCFullYear())) return `${field} must fall between ${MIN_YEAR} and ${MAX_YEAR}`;
  return null;
};

const oneOf =
  (values: readonly string[]): Check =>
  (value, field) =>
    typeof value === 'string' && values.includes(value) ? null : `${field} must be one of ${values.join(', ')}`;

const required = (check: Check): Rule => ({ check });
const optional = (check: Check): Rule => ({ check, optional: true });

const EVENT_AT = { patientId: required(id), at: required(instant) };

const SCHEMAS: Record<RecordType, Record<string, Rule>> = {
  provider: { id: required(id), name: required(text), role: required(text) },
  patient: { id: required(id), birthDate: required(date), primaryProviderId: optional(id), name: optional(text) },
  encounter: {
    id: required(id),
    patientId: required(id),
    providerId: required(id),
    date: required(date),
    kind: required(oneOf(ENCOUNTER_KINDS)),
    infoAvailableAt: required(instant),
  },
  access_granted: { patientId: required(id), encounterId: optional(id), at: required(instant) },
  portal_activity: { patientId: required(id), action: required(oneOf(PORTAL_ACTIONS)), at: required(instant) },
  summary_provided: { encounterId: required(id), at: required(instant) },
  education_provided: { patientId: required(id), providerId: required(id), at: required(instant) },
  reminder_sent: EVENT_AT,
  copy_requested: EVENT_AT,
  copy_provided: EVENT_AT,
};

function isRecordType(value: unknown): value is RecordType {
  return typeof value === 'string' && (RECORD_TYPES as readonly string[]).includes(value);
}

const utc = (value: string): string => new Date(Date.parse(value)).toISOString();
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const absentOr = (value: unknown): string | null | undefined => (value === undefined ? undefined : str(value));

/** Checks one record; returns its errors (field names as in the record, `type` for the record itself). */
function checkRecord(raw: unknown, index: number): RecordError[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return [{ index, field: 'type', message: 'each record must be an object with a type' }];
  }
  const record = raw as Record<string, unknown>;
  if (!isRecordType(record['type'])) {
    return [{ index, field: 'type', message: `type must be one of ${RECORD_TYPES.join(', ')}` }];
  }
  const type = record['type'];
  const schema = SCHEMAS[type];
  const errors: RecordError[] = [];
  for (const field of Object.keys(record)) {
    if (field !== 'type' && !Object.prototype.hasOwnProperty.call(schema, field)) errors.push({ index, field, message: `${field} is not a field of a record of type ${type}` });
  }
  for (const [field, rule] of Object.entries(schema)) {
    const value = record[field];
    if (value === undefined || value === null) {
      if (!rule.optional) errors.push({ index, field, message: `${field} is required for a record of type ${type}` });
      continue;
    }
    const problem = rule.check(value, field);
    if (problem) errors.push({ index, field, message: problem });
  }
  return errors;
}

/** A valid record in its stored form: instants in UTC, absent optional fields as null. */
function normalise(record: Record<string, unknown>, index: number): ImportRecord {
  const type = record['type'] as RecordType;
  switch (type) {
    case 'provider':
      return { index, type, id: record['id'] as string, name: record['name'] as string, role: record['role'] as string };
    case 'patient':
      return {
        index,
        type,
        id: record['id'] as string,
        birthDate: record['birthDate'] as string,
        primaryProviderId: absentOr(record['primaryProviderId']),
        name: absentOr(record['name']),
      };
    case 'encounter':
      return {
        index,
        type,
        id: record['id'] as string,
        patientId: record['patientId'] as string,
        providerId: record['providerId'] as string,
        date: record['date'] as string,
        kind: record['kind'] as EncounterKind,
        infoAvailableAt: utc(record['infoAvailableAt'] as string),
      };
    default:
      return {
        index,
        type,
        patientId: str(record['patientId']),
        encounterId: str(record['encounterId']),
        providerId: str(record['providerId']),
        action: str(record['action']) as PortalAction | null,
        at: utc(record['at'] as string),
      };
  }
}

export interface CheckedBatch {
  records: ImportRecord[];
  errors: RecordError[];
}

/** Validates every record of a batch; `records` is meaningful only when `errors` is empty. */
export function checkRecords(raw: readonly unknown[]): CheckedBatch {
  const errors: RecordError[] = [];
  const records: ImportRecord[] = [];
  raw.forEach((item, index) => {
    const problems = checkRecord(item, index);
    if (problems.length) errors.push(...problems);
    else records.push(normalise(item as Record<string, unknown>, index));
  });
  return { records, errors };
}

export function isProvider(r: ImportRecord): r is ProviderRecord {
  return r.type === 'provider';
}
export function isPatient(r: ImportRecord): r is PatientRecord {
  return r.type === 'patient';
}
export function isEncounter(r: ImportRecord): r is EncounterRecord {
  return r.type === 'encounter';
}
export function isEvent(r: ImportRecord): r is EventRecord {
  return !isProvider(r) && !isPatient(r) && !isEncounter(r);
}
