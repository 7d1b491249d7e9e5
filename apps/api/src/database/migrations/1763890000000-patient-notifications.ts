import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PatientNotifications1763890000000 implements MigrationInterface {
  name = 'PatientNotifications1763890000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE message ADD COLUMN notified_at timestamptz`);
    await q.query(`ALTER TABLE practice ADD COLUMN portal_url text`);
    await q.query(`CREATE INDEX outbox_topic_pending_idx ON outbox (topic, created_at) WHERE dispatched_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_topic_pending_idx`);
    await q.query(`ALTER TABLE practice DROP COLUMN portal_url`);
    await q.query(`ALTER TABLE message DROP COLUMN notified_at`);
  }
}
