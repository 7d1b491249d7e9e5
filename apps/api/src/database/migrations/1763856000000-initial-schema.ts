import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1763856000000 implements MigrationInterface {
  name = 'InitialSchema1763856000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE practice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        timezone text NOT NULL DEFAULT 'America/New_York',
        phone text,
        max_message_length integer NOT NULL DEFAULT 2000 CHECK (max_message_length BETWEEN 1 AND 100000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE staff_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practice(id),
        email text NOT NULL UNIQUE,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('physician','nurse','medical_assistant','billing','admin')),
        password_hash text,
        out_of_office boolean NOT NULL DEFAULT false,
        covering_physician_id uuid REFERENCES staff_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX staff_user_practice_idx ON staff_user (practice_id)`);
    await q.query(`
      CREATE TABLE patient (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practice(id),
        mrn text NOT NULL,
        first_name text NOT NULL,
        last_name text NOT NULL,
        birth_date date NOT NULL,
        primary_physician_id uuid REFERENCES staff_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (practice_id, mrn)
      )`);
    await q.query(`CREATE INDEX patient_primary_physician_idx ON patient (primary_physician_id)`);
    await q.query(`
      CREATE TABLE thread (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practice(id),
        patient_id uuid NOT NULL REFERENCES patient(id),
        subject text NOT NULL,
        requested_category text NOT NULL,
        category text NOT NULL,
        status text NOT NULL DEFAULT 'new'
          CHECK (status IN ('new','triaged','claimed','waiting_for_patient','closed')),
        pool text CHECK (pool IN ('medical_assistant','nurse','physician','billing')),
        priority text NOT NULL DEFAULT 'routine' CHECK (priority IN ('urgent','high','routine')),
        urgent boolean NOT NULL DEFAULT false,
        assignee_id uuid REFERENCES staff_user(id),
        routing_explanation jsonb NOT NULL DEFAULT '[]'::jsonb,
        due_at timestamptz,
        message_count integer NOT NULL DEFAULT 0,
        last_message_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX thread_patient_idx ON thread (patient_id)`);
    await q.query(`CREATE INDEX thread_queue_idx ON thread (practice_id, status, pool)`);
    await q.query(`
      CREATE TABLE message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practice(id),
        thread_id uuid NOT NULL REFERENCES thread(id),
        external_id text,
        request_hash text,
        author text NOT NULL CHECK (author IN ('patient','staff','system')),
        author_staff_id uuid REFERENCES staff_user(id),
        category text,
        body text NOT NULL,
        sent_at timestamptz NOT NULL,
        triaged_at timestamptz,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX message_thread_idx ON message (thread_id, sent_at)`);
    await q.query(
      `CREATE UNIQUE INDEX message_external_id_uq ON message (practice_id, external_id) WHERE external_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX message_untriaged_idx ON message (received_at) WHERE triaged_at IS NULL AND author = 'patient'`,
    );
    await q.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        topic text NOT NULL,
        message_id uuid NOT NULL REFERENCES message(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (created_at) WHERE dispatched_at IS NULL`);
    await q.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_type text NOT NULL,
        actor_id text,
        action text NOT NULL,
        thread_id uuid,
        details jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query(`CREATE INDEX audit_event_thread_idx ON audit_event (thread_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_event', 'outbox', 'message', 'thread', 'patient', 'staff_user', 'practice']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
