import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Engagement data imported from the EHR and the portal (issue 5): providers become staff users
 * with an external id, visits go into `encounter`, everything else into `engagement_event`.
 * Patients keep their existing table: the import's patient id is the practice's MRN.
 */
export class Engagement1764100000000 implements MigrationInterface {
  name = 'Engagement1764100000000';

  async up(q: QueryRunner): Promise<void> {
    // The EHR's provider id, and its free-text role ("nurse practitioner"); a staff user with an
    // external id is an eligible professional (EP) for the measures.
    await q.query(`ALTER TABLE staff_user ADD COLUMN external_id text, ADD COLUMN external_role text`);
    await q.query(
      `CREATE UNIQUE INDEX staff_user_external_id_uq ON staff_user (practice_id, external_id) WHERE external_id IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE encounter (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practice(id),
        external_id text NOT NULL,
        patient_id uuid NOT NULL REFERENCES patient(id),
        provider_id uuid NOT NULL REFERENCES staff_user(id),
        date date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('office_visit','other')),
        info_available_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (practice_id, external_id)
      )`);
    // Office visits by period (practice level), per EP and date (per-EP visits, look-back), per patient.
    await q.query(`CREATE INDEX encounter_office_date_idx ON encounter (practice_id, date) WHERE kind = 'office_visit'`);
    await q.query(`CREATE INDEX encounter_provider_date_idx ON encounter (provider_id, date)`);
    await q.query(`CREATE INDEX encounter_patient_idx ON encounter (patient_id)`);
    await q.query(`
      CREATE TABLE engagement_event (
        id bigserial PRIMARY KEY,
        practice_id uuid NOT NULL REFERENCES practice(id),
        type text NOT NULL CHECK (type IN ('access_granted','portal_activity','summary_provided',
          'education_provided','reminder_sent','copy_requested','copy_provided')),
        patient_id uuid REFERENCES patient(id),
        encounter_id uuid REFERENCES encounter(id),
        provider_id uuid REFERENCES staff_user(id),
        action text CHECK (action IN ('view','download','transmit')),
        at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- A summary belongs to its encounter only (the encounter's patient may change on re-import);
        -- every other event names its patient.
        CHECK ((type = 'summary_provided') = (patient_id IS NULL)),
        CHECK (type <> 'summary_provided' OR encounter_id IS NOT NULL),
        CHECK ((type = 'portal_activity') = (action IS NOT NULL)),
        CHECK ((type = 'education_provided') = (provider_id IS NOT NULL))
      )`);
    // Events carry no id: the whole record is the natural key, so a re-import adds nothing.
    await q.query(`
      CREATE UNIQUE INDEX engagement_event_natural_key
        ON engagement_event (practice_id, type, patient_id, encounter_id, provider_id, action, at) NULLS NOT DISTINCT`);
    await q.query(`CREATE INDEX engagement_event_period_idx ON engagement_event (practice_id, type, at)`);
    await q.query(`CREATE INDEX engagement_event_patient_idx ON engagement_event (patient_id, type, at) WHERE patient_id IS NOT NULL`);
    await q.query(`CREATE INDEX engagement_event_encounter_idx ON engagement_event (encounter_id) WHERE encounter_id IS NOT NULL`);
    // Secure-messaging measures read the practice's messages by sending time.
    await q.query(`CREATE INDEX message_practice_sent_idx ON message (practice_id, sent_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX message_practice_sent_idx`);
    await q.query(`DROP TABLE engagement_event`);
    await q.query(`DROP TABLE encounter`);
    await q.query(`DROP INDEX staff_user_external_id_uq`);
    await q.query(`ALTER TABLE staff_user DROP COLUMN external_role, DROP COLUMN external_id`);
  }
}
