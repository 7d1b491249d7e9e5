import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Columns for claims, replies and routing decisions, and the versioned routing rules and templates. */
export class WorkspaceColumns1763880000000 implements MigrationInterface {
  name = 'WorkspaceColumns1763880000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE thread
        ADD COLUMN claimed_by uuid REFERENCES staff_user(id),
        ADD COLUMN claimed_at timestamptz,
        ADD COLUMN claim_expires_at timestamptz,
        ADD COLUMN escalated boolean NOT NULL DEFAULT false,
        ADD COLUMN escalation_note text,
        ADD COLUMN routing_rules_version integer,
        ADD COLUMN routing_decision jsonb,
        ADD COLUMN overdue_at timestamptz,
        ADD COLUMN first_response_at timestamptz,
        ADD COLUMN closed_at timestamptz`);
    await q.query(`CREATE INDEX thread_assignee_idx ON thread (assignee_id) WHERE assignee_id IS NOT NULL`);
    await q.query(`CREATE INDEX thread_due_idx ON thread (due_at) WHERE status NOT IN ('closed')`);
    await q.query(`ALTER TABLE message ADD COLUMN author_role text, ADD COLUMN template_id uuid,
        ADD COLUMN internal boolean NOT NULL DEFAULT false`);
    await q.query(`
      CREATE TABLE routing_rule_set (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practice(id),
        version integer NOT NULL,
        rules jsonb NOT NULL,
        note text,
        created_by uuid REFERENCES staff_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (practice_id, version)
      )`);
    await q.query(`
      CREATE TABLE reply_template (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practice(id),
        owner_id uuid REFERENCES staff_user(id),
        name text NOT NULL,
        category text,
        roles text[] NOT NULL DEFAULT '{}',
        channel text NOT NULL DEFAULT 'portal' CHECK (channel IN ('portal','sms')),
        body text NOT NULL,
        max_length integer CHECK (max_length > 0),
        shortcut text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX reply_template_practice_idx ON reply_template (practice_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reply_template`);
    await q.query(`DROP TABLE routing_rule_set`);
    await q.query(`ALTER TABLE message DROP COLUMN author_role, DROP COLUMN template_id, DROP COLUMN internal`);
    await q.query(`DROP INDEX thread_due_idx`);
    await q.query(`DROP INDEX thread_assignee_idx`);
    await q.query(`
      ALTER TABLE thread DROP COLUMN claimed_by, DROP COLUMN claimed_at, DROP COLUMN claim_expires_at, DROP COLUMN escalated,
        DROP COLUMN escalation_note, DROP COLUMN routing_rules_version, DROP COLUMN routing_decision,
        DROP COLUMN overdue_at, DROP COLUMN first_response_at, DROP COLUMN closed_at`);
  }
}
