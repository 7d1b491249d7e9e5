import { BadRequestException, Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditActorType } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { DomainEvent, type EngagementDomainEvent } from '../events/domain-events';
import {
  checkRecords,
  isEncounter,
  isEvent,
  isPatient,
  isProvider,
  type EncounterRecord,
  type EventRecord,
  type ImportRecord,
  type PatientRecord,
  type ProviderRecord,
  type RecordError,
} from './import-records';

/** A 400 lists at most this many problems; the message says how many there were. */
const MAX_REPORTED_ERRORS = 200;

export interface UpsertCounts {
  created: number;
  updated: number;
  /** Re-imported with the same content: nothing written. */
  unchanged: number;
}

export interface ImportSummary {
  records: number;
  providers: UpsertCounts;
  patients: UpsertCounts;
  encounters: UpsertCounts;
  /** Events are stored once per natural key; `alreadyPresent` counts repeats (earlier or in this batch). */
  events: { stored: number; alreadyPresent: number };
}

export interface ImportActor {
  type: AuditActorType;
  id: string | null;
}

interface Batch {
  providers: ProviderRecord[];
  patients: PatientRecord[];
  encounters: EncounterRecord[];
  events: EventRecord[];
}

/** Records with an id: the last one wins (a later record in the batch updates an earlier one). Sorted by id so
 * that concurrent imports lock rows in the same order. */
function lastById<T extends { id: string }>(records: T[]): T[] {
  const byId = new Map<string, T>();
  for (const r of records) byId.set(r.id, r);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Several records for one patient: each field comes from the last record that gives it. */
function mergePatients(records: PatientRecord[]): PatientRecord[] {
  const byId = new Map<string, PatientRecord>();
  for (const r of records) {
    const earlier = byId.get(r.id);
    byId.set(
      r.id,
      earlier
        ? { ...r, name: r.name === undefined ? earlier.name : r.name, primaryProviderId: r.primaryProviderId === undefined ? earlier.primaryProviderId : r.primaryProviderId }
        : r,
    );
  }
  return lastById([...byId.values()]);
}

function toBatch(records: ImportRecord[]): Batch {
  return {
    providers: lastById(records.filter(isProvider)),
    patients: mergePatients(records.filter(isPatient)),
    encounters: lastById(records.filter(isEncounter)),
    events: records.filter(isEvent),
  };
}

export function importRejected(errors: RecordError[]): BadRequestException {
  const shown = errors.slice(0, MAX_REPORTED_ERRORS);
  const records = new Set(errors.map((e) => e.index)).size;
  const listed = errors.length > shown.length ? `, the first ${shown.length} listed` : '';
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: `${records} record(s) invalid (${errors.length} problem(s)${listed}); nothing from this batch was stored`,
    errors: shown,
  });
}

/**
 * A placeholder address for a provider's staff user: staff emails are unique across practices, and an
 * imported provider cannot sign in (no password) until an administrator gives them a real account.
 */
export function providerEmail(practiceId: string, providerId: string): string {
  const digest = createHash('sha256').update(`${practiceId}\n${providerId}`).digest('hex').slice(0, 24);
  return `provider-${digest}@import.invalid`;
}

/** "Mary Ann Smith" → ["Mary Ann", "Smith"], so that first + " " + last shows the name as given. */
export function splitName(name: string): [string, string] {
  const trimmed = name.trim();
  const cut = trimmed.search(/\s+\S*$/);
  return cut < 0 ? ['', trimmed] : [trimmed.slice(0, cut), trimmed.slice(cut).trim()];
}

function changedAnything(summary: ImportSummary): boolean {
  const rows = [summary.providers, summary.patients, summary.encounters];
  return summary.events.stored > 0 || rows.some((r) => r.created + r.updated > 0);
}

@Injectable()
export class ImportService {
  private readonly logger = new Logger(ImportService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  /**
   * All or nothing: every record is validated (shape, then references against the batch and the
   * practice) before anything is written, and everything is written in one transaction.
   */
  async import(practiceId: string, raw: readonly unknown[], actor: ImportActor): Promise<ImportSummary> {
    const { records, errors } = checkRecords(raw);
    if (errors.length) throw importRejected(errors);
    const batch = toBatch(records);
    const summary = await this.db.transaction(async (manager) => {
      const referenceErrors = await this.checkReferences(manager, practiceId, batch);
      if (referenceErrors.length) throw importRejected(referenceErrors);
      const providers = await this.upsertProviders(manager, practiceId, batch.providers);
      const patients = await this.upsertPatients(manager, practiceId, batch.patients);
      const encounters = await this.upsertEncounters(manager, practiceId, batch.encounters);
      const stored = await this.insertEvents(manager, practiceId, batch.events);
      const result: ImportSummary = {
        records: raw.length,
        providers,
        patients,
        encounters,
        events: { stored, alreadyPresent: batch.events.length - stored },
      };
      await this.audit.record(
        {
          actorType: actor.type,
          actorId: actor.id,
          action: 'engagement.imported',
          details: {
            records: raw.length,
            providersCreated: providers.created,
            patientsCreated: patients.created,
            encountersCreated: encounters.created,
            eventsStored: stored,
          },
        },
        manager,
      );
      return result;
    });
    this.logger.log({ records: summary.records, eventsStored: summary.events.stored }, 'engagement import stored');
    // After commit, and only when something changed: open Engagement pages refetch (a repeat changes nothing).
    if (changedAnything(summary)) this.events.emit(DomainEvent.EngagementImported, { practiceId } satisfies EngagementDomainEvent);
    return summary;
  }

  /** Every id a record points at must be in the batch or already in the practice. */
  private async checkReferences(manager: EntityManager, practiceId: string, batch: Batch): Promise<RecordError[]> {
    const providerIds = new Set(batch.providers.map((p) => p.id));
    const patientIds = new Set(batch.patients.map((p) => p.id));
    const encounterPatient = new Map(batch.encounters.map((e) => [e.id, e.patientId]));

    const wantedProviders = new Set<string>();
    const wantedPatients = new Set<string>();
    const wantedEncounters = new Set<string>();
    const want = (set: Set<string>, known: { has(id: string): boolean }, value: string | null) => {
      if (value !== null && !known.has(value)) set.add(value);
    };
    for (const p of batch.patients) want(wantedProviders, providerIds, p.primaryProviderId ?? null);
    for (const e of batch.encounters) {
      want(wantedProviders, providerIds, e.providerId);
      want(wantedPatients, patientIds, e.patientId);
    }
    for (const e of batch.events) {
      want(wantedProviders, providerIds, e.providerId);
      want(wantedPatients, patientIds, e.patientId);
      want(wantedEncounters, encounterPatient, e.encounterId);
    }

    if (wantedProviders.size) {
      const rows: { id: string }[] = await manager.query(
        `SELECT external_id AS id FROM staff_user WHERE practice_id = $1 AND external_id = ANY($2::text[])`,
        [practiceId, [...wantedProviders]],
      );
      rows.forEach((r) => providerIds.add(r.id));
    }
    if (wantedPatients.size) {
      const rows: { id: string }[] = await manager.query(
        `SELECT mrn AS id FROM patient WHERE practice_id = $1 AND mrn = ANY($2::text[])`,
        [practiceId, [...wantedPatients]],
      );
      rows.forEach((r) => patientIds.add(r.id));
    }
    if (wantedEncounters.size) {
      const rows: { id: string; patient: string }[] = await manager.query(
        `SELECT e.external_id AS id, p.mrn AS patient FROM encounter e JOIN patient p ON p.id = e.patient_id
          WHERE e.practice_id = $1 AND e.external_id = ANY($2::text[])`,
        [practiceId, [...wantedEncounters]],
      );
      rows.forEach((r) => encounterPatient.set(r.id, r.patient));
    }

    const errors: RecordError[] = [];
    const unknown = (index: number, field: string, what: string) =>
      errors.push({ index, field, message: `${field} names no ${what} in this batch or already imported` });
    const byIndex = [...batch.patients, ...batch.encounters, ...batch.events].sort((a, b) => a.index - b.index);
    for (const r of byIndex) {
      if (r.type === 'patient') {
        if (typeof r.primaryProviderId === 'string' && !providerIds.has(r.primaryProviderId)) unknown(r.index, 'primaryProviderId', 'provider');
        continue;
      }
      if (r.providerId !== null && !providerIds.has(r.providerId)) unknown(r.index, 'providerId', 'provider');
      if (r.patientId !== null && !patientIds.has(r.patientId)) unknown(r.index, 'patientId', 'patient');
      if (r.type === 'encounter') continue;
      if (r.encounterId === null) continue;
      const owner = encounterPatient.get(r.encounterId);
      if (owner === undefined) unknown(r.index, 'encounterId', 'encounter');
      else if (r.patientId !== null && owner !== r.patientId) {
        errors.push({ index: r.index, field: 'encounterId', message: 'encounterId belongs to another patient' });
      }
    }
    return errors;
  }

  private async counts(manager: EntityManager, sql: string, params: unknown[], total: number): Promise<UpsertCounts> {
    if (total === 0) return { created: 0, updated: 0, unchanged: 0 };
    const [row]: { created: number; updated: number }[] = await manager.query(
      // xmax = 0 tells a fresh insert from an update; rows whose content did not change are not returned.
      `WITH up AS (${sql} RETURNING (xmax = 0) AS inserted)
       SELECT count(*) FILTER (WHERE inserted)::int AS created, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`,
      params,
    );
    return { created: row.created, updated: row.updated, unchanged: total - row.created - row.updated };
  }

  private upsertProviders(manager: EntityManager, practiceId: string, providers: ProviderRecord[]): Promise<UpsertCounts> {
    return this.counts(
      manager,
      `INSERT INTO staff_user (practice_id, external_id, external_role, email, display_name, role)
       SELECT $1, r.id, r.role, r.email, r.name, 'physician'
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS r(id, name, role, email)
       ON CONFLICT (practice_id, external_id) WHERE external_id IS NOT NULL DO UPDATE
         SET display_name = EXCLUDED.display_name, external_role = EXCLUDED.external_role
         WHERE (staff_user.display_name, staff_user.external_role) IS DISTINCT FROM (EXCLUDED.display_name, EXCLUDED.external_role)`,
      [
        practiceId,
        providers.map((p) => p.id),
        providers.map((p) => p.name),
        providers.map((p) => p.role),
        providers.map((p) => providerEmail(practiceId, p.id)),
      ],
      providers.length,
    );
  }

  /**
   * The import's patient id is the MRN. Birth date is replaced; name and primary provider are
   * replaced when the record has them (null clears), and kept when it leaves them out.
   */
  private upsertPatients(manager: EntityManager, practiceId: string, patients: PatientRecord[]): Promise<UpsertCounts> {
    const names = patients.map((p) => (typeof p.name === 'string' ? splitName(p.name) : ['', '']));
    return this.counts(
      manager,
      `INSERT INTO patient (practice_id, mrn, first_name, last_name, birth_date, primary_physician_id)
       SELECT $1, r.id,
              CASE WHEN r.keep_name THEN COALESCE(cur.first_name, '') ELSE r.first_name END,
              CASE WHEN r.keep_name THEN COALESCE(cur.last_name, '') ELSE r.last_name END,
              r.birth_date,
              CASE WHEN r.keep_primary THEN cur.primary_physician_id ELSE s.id END
         FROM unnest($2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::boolean[], $8::boolean[])
              AS r(id, first_name, last_name, birth_date, provider, keep_name, keep_primary)
         LEFT JOIN patient cur ON cur.practice_id = $1 AND cur.mrn = r.id
         LEFT JOIN staff_user s ON s.practice_id = $1 AND s.external_id = r.provider
       ON CONFLICT (practice_id, mrn) DO UPDATE
         SET first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name,
             birth_date = EXCLUDED.birth_date, primary_physician_id = EXCLUDED.primary_physician_id
         WHERE (patient.first_name, patient.last_name, patient.birth_date, patient.primary_physician_id)
           IS DISTINCT FROM (EXCLUDED.first_name, EXCLUDED.last_name, EXCLUDED.birth_date, EXCLUDED.primary_physician_id)`,
      [
        practiceId,
        patients.map((p) => p.id),
        names.map((n) => n[0]),
        names.map((n) => n[1]),
        patients.map((p) => p.birthDate),
        patients.map((p) => p.primaryProviderId ?? null),
        patients.map((p) => p.name === undefined),
        patients.map((p) => p.primaryProviderId === undefined),
      ],
      patients.length,
    );
  }

  private upsertEncounters(manager: EntityManager, practiceId: string, encounters: EncounterRecord[]): Promise<UpsertCounts> {
    return this.counts(
      manager,
      `INSERT INTO encounter (practice_id, external_id, patient_id, provider_id, date, kind, info_available_at)
       SELECT $1, r.id, p.id, s.id, r.date, r.kind, r.info
         FROM unnest($2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::timestamptz[])
              AS r(id, patient, provider, date, kind, info)
         JOIN patient p ON p.practice_id = $1 AND p.mrn = r.patient
         JOIN staff_user s ON s.practice_id = $1 AND s.external_id = r.provider
       ON CONFLICT (practice_id, external_id) DO UPDATE
         SET patient_id = EXCLUDED.patient_id, provider_id = EXCLUDED.provider_id, date = EXCLUDED.date,
             kind = EXCLUDED.kind, info_available_at = EXCLUDED.info_available_at, updated_at = now()
         WHERE (encounter.patient_id, encounter.provider_id, encounter.date, encounter.kind, encounter.info_available_at)
           IS DISTINCT FROM (EXCLUDED.patient_id, EXCLUDED.provider_id, EXCLUDED.date, EXCLUDED.kind, EXCLUDED.info_available_at)`,
      [
        practiceId,
        encounters.map((e) => e.id),
        encounters.map((e) => e.patientId),
        encounters.map((e) => e.providerId),
        encounters.map((e) => e.date),
        encounters.map((e) => e.kind),
        encounters.map((e) => e.infoAvailableAt),
      ],
      encounters.length,
    );
  }

  /** Returns how many events were new; repeats of the natural key are skipped by the unique index. */
  private async insertEvents(manager: EntityManager, practiceId: string, events: EventRecord[]): Promise<number> {
    if (events.length === 0) return 0;
    const [row]: { stored: number }[] = await manager.query(
      `WITH ins AS (
         INSERT INTO engagement_event (practice_id, type, patient_id, encounter_id, provider_id, action, at)
         SELECT $1, r.type, p.id, e.id, s.id, r.action, r.at
           FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[])
                AS r(type, patient, encounter, provider, action, at)
           LEFT JOIN patient p ON p.practice_id = $1 AND p.mrn = r.patient
           LEFT JOIN encounter e ON e.practice_id = $1 AND e.external_id = r.encounter
           LEFT JOIN staff_user s ON s.practice_id = $1 AND s.external_id = r.provider
         ON CONFLICT DO NOTHING
         RETURNING 1)
       SELECT count(*)::int AS stored FROM ins`,
      [
        practiceId,
        events.map((e) => e.type),
        events.map((e) => e.patientId),
        events.map((e) => e.encounterId),
        events.map((e) => e.providerId),
        events.map((e) => e.action),
        events.map((e) => e.at),
      ],
    );
    return row.stored;
  }
}
