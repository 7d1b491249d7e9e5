import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Opening hours, holidays and the urgent safety reply, edited per practice. */
export class PracticeCalendar1763900000000 implements MigrationInterface {
  name = 'PracticeCalendar1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE practice
        ADD COLUMN opening_hours jsonb,
        ADD COLUMN holidays jsonb NOT NULL DEFAULT '[]'::jsonb,
        ADD COLUMN safety_reply text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE practice DROP COLUMN opening_hours, DROP COLUMN holidays, DROP COLUMN safety_reply`);
  }
}
