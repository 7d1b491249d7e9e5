import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffAuth1763870000000 implements MigrationInterface {
  name = 'StaffAuth1763870000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE staff_user ADD COLUMN failed_sign_ins integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE staff_user ADD COLUMN locked_until timestamptz`);
    await q.query(`ALTER TABLE staff_user ADD COLUMN active boolean NOT NULL DEFAULT true`);
    await q.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES staff_user(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX refresh_token_family_idx ON refresh_token (family_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE refresh_token`);
    await q.query(`ALTER TABLE staff_user DROP COLUMN active, DROP COLUMN locked_until, DROP COLUMN failed_sign_ins`);
  }
}
