/**
 * Reads a practice's engagement data back from PostgreSQL as a `@carequeue/measures` dataset, the
 * input of the reference implementation: ids are the import ids (MRN, external ids), instants ISO.
 * A secure message's EP is the API's rule: the thread's assignee, else the patient's primary
 * physician, and only when that staff user is an EP (has an external id).
 */
import type { Dataset, EncounterKind, MessageDirection, PortalAction } from '@carequeue/measures';
import type { Client } from 'pg';

export interface PracticeData {
  dataset: Dataset;
  timezone: string;
  holidays: string[];
}

const iso = (at: Date) => at.toISOString();

export async function datasetFromDb(client: Client, practiceId: string): Promise<PracticeData> {
  const rows = async <T extends object>(sql: string): Promise<T[]> => (await client.query<T>(sql, [practiceId])).rows;
  const [practice] = await rows<{ timezone: string; holidays: string[] }>(`SELECT timezone, holidays FROM practice WHERE id = $1`);
  const providers = await rows<{ id: string; name: string; role: string | null }>(
    `SELECT external_id AS id, display_name AS name, external_role AS role FROM staff_user WHERE practice_id = $1 AND external_id IS NOT NULL`,
  );
  const patients = await rows<{ id: string; birth: string; primary: string | null; name: string }>(
    `SELECT p.mrn AS id, p.birth_date::text AS birth, s.external_id AS primary, p.first_name || ' ' || p.last_name AS name
       FROM patient p LEFT JOIN staff_user s ON s.id = p.primary_physician_id WHERE p.practice_id = $1`,
  );
  const encounters = await rows<{ id: string; patient: string; provider: string; date: string; kind: EncounterKind; info: Date }>(
    `SELECT e.external_id AS id, p.mrn AS patient, s.external_id AS provider, e.date::text AS date, e.kind, e.info_available_at AS info
       FROM encounter e JOIN patient p ON p.id = e.patient_id JOIN staff_user s ON s.id = e.provider_id WHERE e.practice_id = $1`,
  );
  const events = await rows<{ type: string; patient: string | null; encounter: string | null; provider: string | null; action: PortalAction | null; at: Date }>(
    `SELECT v.type, p.mrn AS patient, e.external_id AS encounter, s.external_id AS provider, v.action, v.at
       FROM engagement_event v LEFT JOIN patient p ON p.id = v.patient_id LEFT JOIN encounter e ON e.id = v.encounter_id
       LEFT JOIN staff_user s ON s.id = v.provider_id WHERE v.practice_id = $1`,
  );
  const messages = await rows<{ patient: string; provider: string | null; author: string; at: Date }>(
    `SELECT p.mrn AS patient, ep.external_id AS provider, m.author, m.sent_at AS at
       FROM message m JOIN thread t ON t.id = m.thread_id JOIN patient p ON p.id = t.patient_id
       LEFT JOIN staff_user ep ON ep.id = COALESCE(t.assignee_id, p.primary_physician_id)
      WHERE m.practice_id = $1 AND m.author IN ('patient', 'staff') AND NOT m.internal`,
  );
  const ofType = (type: string) => events.filter((e) => e.type === type);
  const need = (value: string | null, what: string): string => {
    if (value === null) throw new Error(`an event lacks its ${what}`);
    return value;
  };
  return {
    timezone: practice.timezone,
    holidays: practice.holidays,
    dataset: {
      providers: providers.map((p) => ({ id: p.id, name: p.name, role: p.role ?? '' })),
      patients: patients.map((p) => ({ id: p.id, birthDate: p.birth, primaryProviderId: p.primary, name: p.name })),
      encounters: encounters.map((e) => ({ id: e.id, patientId: e.patient, providerId: e.provider, date: e.date, kind: e.kind, infoAvailableAt: iso(e.info) })),
      accessGranted: ofType('access_granted').map((g) => ({ patientId: need(g.patient, 'patient'), encounterId: g.encounter, at: iso(g.at) })),
      portalActivity: ofType('portal_activity').map((a) => ({ patientId: need(a.patient, 'patient'), action: a.action as PortalAction, at: iso(a.at) })),
      summaryProvided: ofType('summary_provided').map((s) => ({ encounterId: need(s.encounter, 'encounter'), at: iso(s.at) })),
      educationProvided: ofType('education_provided').map((e) => ({ patientId: need(e.patient, 'patient'), providerId: need(e.provider, 'provider'), at: iso(e.at) })),
      reminderSent: ofType('reminder_sent').map((r) => ({ patientId: need(r.patient, 'patient'), at: iso(r.at) })),
      copyRequested: ofType('copy_requested').map((r) => ({ patientId: need(r.patient, 'patient'), at: iso(r.at) })),
      copyProvided: ofType('copy_provided').map((r) => ({ patientId: need(r.patient, 'patient'), at: iso(r.at) })),
      secureMessages: messages.map((m) => ({
        patientId: m.patient,
        providerId: m.provider,
        direction: (m.author === 'patient' ? 'from_patient' : 'to_patient') as MessageDirection,
        at: iso(m.at),
      })),
    },
  };
}
