import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Speed for the measures on a million visits (issue 5, see apps/api/src/engagement/README.md):
 *
 * 1. Per-visit facts kept on `encounter`: `first_access_at`, the earliest access grant that covers
 *    the visit (for that encounter, or patient-wide, and of the visit's patient), and
 *    `first_summary_at`, the earliest clinical summary for it. Both timeliness rules are "done by a
 *    deadline", so "some event is on time" is "the earliest one is on time": the measures compare
 *    one column instead of probing the events of every visit (2.7 s of a 3.7 s report on 1M visits).
 * 2. `repeat_visit_span`: for each (EP, patient), the dates `from` for which the pair is in the
 *    repeat-visit denominator (at least 2 office visits in the 24 months before `from`), as disjoint
 *    spans (after, through]. Consecutive visits d1 <= d2 make the pair qualify for every `from` in
 *    (d2, last date whose look-back still reaches d1]; overlapping spans are merged. The measure
 *    then reads the pairs whose span holds `from` (~140,000) instead of grouping ~800,000 visits.
 *    `repeat_visit_patient_span` is the same per patient, over all EPs (the practice level: a union
 *    over EPs), so the practice's figure is a count rather than a grouping of every pair.
 * 3. `message_fact`: one row per portal message that counts for secure messaging (from the
 *    patient, or a staff reply that is not an internal note), with its patient and its EP (the
 *    thread's assignee, else the patient's primary physician), kept when a thread is reassigned or a
 *    primary physician changes. The measures read it by sending time instead of joining every
 *    message of the period to its thread and patient.
 * 4. Covering indexes, so the period scans are index-only: office visits of the period with every
 *    column the measures read, events of a type by time.
 *
 * Triggers keep 1 to 3 exact on every write, whoever writes (the import, the inbox, a manual delete,
 * a TRUNCATE); `engagement_refresh_rollups()` rebuilds them all (the backfill below, and bulk loads
 * that bypass triggers such as tools/seed).
 */
export class EngagementMeasureFacts1764300000000 implements MigrationInterface {
  name = 'EngagementMeasureFacts1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await this.encounterFacts(q);
    await this.repeatVisitSpans(q);
    await this.messageFacts(q);
    // "N business days after D" (N = 0: the last business day on or before D), counted day by day:
    // the measures look it up in a calendar covering the period and a year either side, and call
    // this for a clock that starts outside it.
    await q.query(`
      CREATE FUNCTION engagement_business_days_after(start date, days int, holidays date[]) RETURNS date
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN days = 0
          THEN (SELECT max(d)::date FROM generate_series((start - 10 - cardinality(holidays))::timestamp, start::timestamp, interval '1 day') AS d
                 WHERE extract(isodow FROM d) < 6 AND NOT (d::date = ANY(holidays)))
          ELSE (SELECT d::date FROM generate_series((start + 1)::timestamp, (start + 2 * days + 10 + cardinality(holidays))::timestamp, interval '1 day') AS d
                 WHERE extract(isodow FROM d) < 6 AND NOT (d::date = ANY(holidays)) ORDER BY d OFFSET days - 1 LIMIT 1) END
      $$`);
    await q.query(`
      CREATE FUNCTION engagement_refresh_rollups() RETURNS void LANGUAGE sql AS $$
        SELECT engagement_refresh_encounter_facts();
        SELECT engagement_refresh_repeat_spans();
        SELECT engagement_refresh_message_facts();
      $$`);

    // Index-only period scans. Office visits: every column the measures read.
    await q.query(`DROP INDEX encounter_office_date_idx`);
    await q.query(`
      CREATE INDEX encounter_office_date_idx ON encounter (practice_id, date)
        INCLUDE (provider_id, patient_id, id, info_available_at, first_access_at, first_summary_at) WHERE kind = 'office_visit'`);
    await q.query(`DROP INDEX engagement_event_period_idx`);
    await q.query(`CREATE INDEX engagement_event_period_idx ON engagement_event (practice_id, type, at) INCLUDE (patient_id, provider_id)`);
  }

  private async encounterFacts(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE encounter ADD COLUMN first_access_at timestamptz, ADD COLUMN first_summary_at timestamptz`);
    // Patient-wide grants (no encounter) of a patient, earliest first.
    await q.query(`
      CREATE INDEX engagement_event_patient_grant_idx ON engagement_event (patient_id, at)
        WHERE type = 'access_granted' AND encounter_id IS NULL`);
    // The facts of the given encounters, from scratch.
    await q.query(`
      CREATE FUNCTION engagement_refresh_encounter_facts(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        WITH f AS (
          SELECT e.id,
                 LEAST((SELECT min(g.at) FROM engagement_event g
                         WHERE g.encounter_id = e.id AND g.type = 'access_granted' AND g.patient_id = e.patient_id),
                       (SELECT min(g.at) FROM engagement_event g
                         WHERE g.patient_id = e.patient_id AND g.type = 'access_granted' AND g.encounter_id IS NULL)) AS access,
                 (SELECT min(x.at) FROM engagement_event x WHERE x.encounter_id = e.id AND x.type = 'summary_provided') AS summary
            FROM encounter e WHERE e.id = ANY(ids))
        UPDATE encounter e SET first_access_at = f.access, first_summary_at = f.summary
          FROM f WHERE e.id = f.id AND (e.first_access_at, e.first_summary_at) IS DISTINCT FROM (f.access, f.summary)
      $$`);
    // Every encounter's facts, in one pass of hash joins.
    await q.query(`
      CREATE FUNCTION engagement_refresh_encounter_facts() RETURNS void LANGUAGE sql AS $$
        UPDATE encounter e SET first_access_at = f.access, first_summary_at = f.summary
          FROM (SELECT e.id, LEAST(ge.at, gp.at) AS access, s.at AS summary
                  FROM encounter e
                  LEFT JOIN (SELECT encounter_id, patient_id, min(at) AS at FROM engagement_event
                              WHERE type = 'access_granted' AND encounter_id IS NOT NULL GROUP BY 1, 2) ge
                         ON ge.encounter_id = e.id AND ge.patient_id = e.patient_id
                  LEFT JOIN (SELECT patient_id, min(at) AS at FROM engagement_event
                              WHERE type = 'access_granted' AND encounter_id IS NULL GROUP BY 1) gp ON gp.patient_id = e.patient_id
                  LEFT JOIN (SELECT encounter_id, min(at) AS at FROM engagement_event
                              WHERE type = 'summary_provided' GROUP BY 1) s ON s.encounter_id = e.id) f
         WHERE e.id = f.id AND (e.first_access_at, e.first_summary_at) IS DISTINCT FROM (f.access, f.summary)
      $$`);

    // New events can only bring a fact earlier: take the minimum with what is there.
    await q.query(`
      CREATE FUNCTION engagement_event_facts_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE encounter e SET first_access_at = n.at
          FROM (SELECT id, min(at) AS at FROM (
                  SELECT e2.id, g.at FROM new_rows g JOIN encounter e2 ON e2.id = g.encounter_id AND e2.patient_id = g.patient_id
                   WHERE g.type = 'access_granted'
                  UNION ALL
                  SELECT e2.id, g.at FROM new_rows g JOIN encounter e2 ON e2.patient_id = g.patient_id
                   WHERE g.type = 'access_granted' AND g.encounter_id IS NULL) c
                GROUP BY id) n
         WHERE e.id = n.id AND (e.first_access_at IS NULL OR n.at < e.first_access_at);
        UPDATE encounter e SET first_summary_at = n.at
          FROM (SELECT encounter_id AS id, min(at) AS at FROM new_rows WHERE type = 'summary_provided' GROUP BY 1) n
         WHERE e.id = n.id AND (e.first_summary_at IS NULL OR n.at < e.first_summary_at);
        RETURN NULL;
      END $$`);
    // Removed or changed events may move a fact later: recompute the encounters they touched.
    const touched = (rows: string) => `
      SELECT encounter_id FROM ${rows} WHERE type IN ('access_granted', 'summary_provided') AND encounter_id IS NOT NULL
      UNION
      SELECT e.id FROM ${rows} t JOIN encounter e ON e.patient_id = t.patient_id WHERE t.type = 'access_granted' AND t.encounter_id IS NULL`;
    for (const [name, encounters] of [
      ['engagement_event_facts_after_delete', touched('old_rows')],
      ['engagement_event_facts_after_update', `${touched('old_rows')} UNION ${touched('new_rows')}`],
    ] as const) {
      await q.query(`
        CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM engagement_refresh_encounter_facts(ARRAY(${encounters}));
          RETURN NULL;
        END $$`);
    }
    await q.query(`
      CREATE FUNCTION engagement_event_facts_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE encounter SET first_access_at = NULL, first_summary_at = NULL
         WHERE first_access_at IS NOT NULL OR first_summary_at IS NOT NULL;
        RETURN NULL;
      END $$`);
    // A new encounter may already be covered by a patient-wide grant; a re-import that moves an
    // encounter to another patient changes which grants cover it. (The functions above update
    // encounters without changing their patient, hence the depth check.)
    await q.query(`
      CREATE FUNCTION encounter_facts_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM engagement_refresh_encounter_facts(ARRAY(SELECT id FROM new_rows));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION encounter_facts_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF pg_trigger_depth() > 1 THEN RETURN NULL; END IF;
        PERFORM engagement_refresh_encounter_facts(ARRAY(
          SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE o.patient_id IS DISTINCT FROM n.patient_id));
        RETURN NULL;
      END $$`);

    // Backfill, then keep up to date.
    await q.query(`SELECT engagement_refresh_encounter_facts()`);
    await q.query(`CREATE TRIGGER engagement_event_facts_insert AFTER INSERT ON engagement_event
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_event_facts_after_insert()`);
    await q.query(`CREATE TRIGGER engagement_event_facts_delete AFTER DELETE ON engagement_event
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_event_facts_after_delete()`);
    await q.query(`CREATE TRIGGER engagement_event_facts_update AFTER UPDATE ON engagement_event
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION engagement_event_facts_after_update()`);
    await q.query(`CREATE TRIGGER engagement_event_facts_truncate AFTER TRUNCATE ON engagement_event
      FOR EACH STATEMENT EXECUTE FUNCTION engagement_event_facts_after_truncate()`);
    await q.query(`CREATE TRIGGER encounter_facts_insert AFTER INSERT ON encounter
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION encounter_facts_after_insert()`);
    await q.query(`CREATE TRIGGER encounter_facts_update AFTER UPDATE ON encounter
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION encounter_facts_after_update()`);
  }

  private async repeatVisitSpans(q: QueryRunner): Promise<void> {
    // Derived data, rebuilt from `encounter` at will: no foreign keys to check on every write.
    await q.query(`
      CREATE TABLE repeat_visit_span (
        practice_id uuid NOT NULL,
        provider_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        after date NOT NULL,
        through date NOT NULL,
        CHECK (after < through)
      )`);
    await q.query(`CREATE INDEX repeat_visit_span_pair_idx ON repeat_visit_span (provider_id, patient_id)`);
    await q.query(`CREATE INDEX repeat_visit_span_patient_idx ON repeat_visit_span (patient_id)`);
    await q.query(`CREATE INDEX repeat_visit_span_through_idx ON repeat_visit_span (practice_id, through) INCLUDE (after, provider_id, patient_id)`);
    await q.query(`
      CREATE TABLE repeat_visit_patient_span (
        practice_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        after date NOT NULL,
        through date NOT NULL,
        CHECK (after < through)
      )`);
    await q.query(`CREATE INDEX repeat_visit_patient_span_patient_idx ON repeat_visit_patient_span (patient_id)`);
    await q.query(`CREATE INDEX repeat_visit_patient_span_through_idx ON repeat_visit_patient_span (practice_id, through) INCLUDE (after, patient_id)`);
    // A pair's office visits in date order (span upkeep).
    await q.query(`CREATE INDEX encounter_office_pair_idx ON encounter (provider_id, patient_id, date) WHERE kind = 'office_visit'`);
    // The last date whose 24-month look-back (date - interval, clamped at the month's end like the
    // measure) still starts on or before d: d + 24 months, or a day later when that clamps.
    await q.query(`
      CREATE FUNCTION repeat_visit_lookback_end(d date) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT max(b) FROM (SELECT (d + interval '24 months')::date + k AS b FROM generate_series(0, 3) AS k) c
         WHERE (b - interval '24 months')::date <= d
      $$`);
    // Spans (after, through] of `spans` merged where they overlap or touch, per `key`.
    const merged = (spans: string, key: string) => `
      WITH spans AS (${spans}),
      marked AS (
        SELECT *, after > COALESCE(max(through) OVER (PARTITION BY ${key} ORDER BY after, through
                                     ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), after - 1) AS starts
          FROM spans),
      islands AS (
        SELECT *, count(*) FILTER (WHERE starts) OVER (PARTITION BY ${key} ORDER BY after, through) AS island FROM marked)
      SELECT practice_id, ${key}, min(after), max(through) FROM islands GROUP BY practice_id, ${key}, island`;
    // The spans of every pair whose visits `visits` selects (office-visit encounters `e`): two
    // consecutive visits d1 <= d2 qualify every period start in (d2, last date whose look-back reaches d1].
    const pairSpans = (visits: string) =>
      merged(
        `SELECT practice_id, provider_id, patient_id, next_date AS after, repeat_visit_lookback_end(date) AS through
           FROM (SELECT e.practice_id, e.provider_id, e.patient_id, e.date,
                        lead(e.date) OVER (PARTITION BY e.provider_id, e.patient_id ORDER BY e.date) AS next_date
                   FROM ${visits}) v
          WHERE next_date < repeat_visit_lookback_end(date)`,
        'provider_id, patient_id',
      );
    // The spans of the patients `patients` selects (a condition on pair spans s), over their EPs.
    const patientSpans = (patients: string) =>
      merged(
        `SELECT s.practice_id, s.patient_id, s.after, s.through
           FROM repeat_visit_span s JOIN staff_user ep ON ep.id = s.provider_id AND ep.external_id IS NOT NULL
          WHERE ${patients}`,
        'patient_id',
      );
    await q.query(`
      CREATE FUNCTION engagement_refresh_repeat_spans() RETURNS void LANGUAGE sql AS $$
        TRUNCATE repeat_visit_span, repeat_visit_patient_span;
        INSERT INTO repeat_visit_span ${pairSpans(`encounter e WHERE e.kind = 'office_visit'`)};
        INSERT INTO repeat_visit_patient_span ${patientSpans('true')};
      $$`);
    await q.query(`
      CREATE FUNCTION engagement_refresh_patient_spans(patients uuid[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM repeat_visit_patient_span WHERE patient_id = ANY(patients);
        INSERT INTO repeat_visit_patient_span ${patientSpans('s.patient_id = ANY(patients)')};
      $$`);
    await q.query(`
      CREATE FUNCTION engagement_refresh_repeat_spans(providers uuid[], patients uuid[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM repeat_visit_span s USING unnest(providers, patients) AS p(provider_id, patient_id)
         WHERE s.provider_id = p.provider_id AND s.patient_id = p.patient_id;
        INSERT INTO repeat_visit_span ${pairSpans(`(SELECT DISTINCT * FROM unnest(providers, patients)) AS p(provider_id, patient_id)
                   JOIN encounter e ON e.provider_id = p.provider_id AND e.patient_id = p.patient_id AND e.kind = 'office_visit'`)};
        SELECT engagement_refresh_patient_spans(patients);
      $$`);
    // Any change to an office visit's EP, patient, date or kind: recompute the pairs it was and is in.
    const changed = `(o.provider_id, o.patient_id, o.date, o.kind) IS DISTINCT FROM (n.provider_id, n.patient_id, n.date, n.kind)`;
    for (const [event, pairs] of [
      ['insert', `SELECT provider_id, patient_id FROM new_rows WHERE kind = 'office_visit'`],
      ['delete', `SELECT provider_id, patient_id FROM old_rows WHERE kind = 'office_visit'`],
      [
        'update',
        `SELECT o.provider_id, o.patient_id FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.kind = 'office_visit' AND ${changed}
         UNION
         SELECT n.provider_id, n.patient_id FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE n.kind = 'office_visit' AND ${changed}`,
      ],
    ] as const) {
      await q.query(`
        CREATE FUNCTION repeat_visit_span_after_${event}() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE providers uuid[]; patients uuid[];
        BEGIN
          ${event === 'update' ? 'IF pg_trigger_depth() > 1 THEN RETURN NULL; END IF;' : ''}
          SELECT array_agg(provider_id), array_agg(patient_id) INTO providers, patients FROM (${pairs}) p;
          IF providers IS NOT NULL THEN PERFORM engagement_refresh_repeat_spans(providers, patients); END IF;
          RETURN NULL;
        END $$`);
    }
    await q.query(`
      CREATE FUNCTION repeat_visit_span_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE repeat_visit_span, repeat_visit_patient_span;
        RETURN NULL;
      END $$`);
    // A staff user who becomes (or stops being) an EP changes the practice level of their patients.
    await q.query(`
      CREATE FUNCTION repeat_visit_span_after_staff_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM engagement_refresh_patient_spans(ARRAY(SELECT DISTINCT patient_id FROM repeat_visit_span WHERE provider_id = NEW.id));
        RETURN NULL;
      END $$`);

    await q.query(`SELECT engagement_refresh_repeat_spans()`);
    for (const event of ['insert', 'update', 'delete']) {
      const tables = event === 'insert' ? 'NEW TABLE AS new_rows' : event === 'delete' ? 'OLD TABLE AS old_rows' : 'OLD TABLE AS old_rows NEW TABLE AS new_rows';
      await q.query(`CREATE TRIGGER repeat_visit_span_${event} AFTER ${event.toUpperCase()} ON encounter
        REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION repeat_visit_span_after_${event}()`);
    }
    await q.query(`CREATE TRIGGER repeat_visit_span_truncate AFTER TRUNCATE ON encounter
      FOR EACH STATEMENT EXECUTE FUNCTION repeat_visit_span_after_truncate()`);
    await q.query(`CREATE TRIGGER repeat_visit_span_staff_update AFTER UPDATE OF external_id ON staff_user
      FOR EACH ROW WHEN ((OLD.external_id IS NULL) IS DISTINCT FROM (NEW.external_id IS NULL))
      EXECUTE FUNCTION repeat_visit_span_after_staff_update()`);
  }

  private async messageFacts(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE message_fact (
        message_id uuid PRIMARY KEY REFERENCES message(id) ON DELETE CASCADE,
        practice_id uuid NOT NULL,
        thread_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        -- The EP the message counts for: thread assignee, else the patient's primary physician.
        provider_id uuid,
        sent_at timestamptz NOT NULL,
        -- true: the patient wrote it; false: a staff reply to the patient.
        from_patient boolean NOT NULL
      )`);
    await q.query(`CREATE INDEX message_fact_period_idx ON message_fact (practice_id, sent_at) INCLUDE (provider_id, patient_id, from_patient)`);
    await q.query(`CREATE INDEX message_fact_thread_idx ON message_fact (thread_id)`);
    // The facts of the messages `messages` selects (a query of message rows `m`).
    const facts = (messages: string) => `
      SELECT m.id, m.practice_id, m.thread_id, t.patient_id, COALESCE(t.assignee_id, p.primary_physician_id), m.sent_at, m.author = 'patient'
        FROM ${messages} JOIN thread t ON t.id = m.thread_id JOIN patient p ON p.id = t.patient_id
       WHERE m.author IN ('patient', 'staff') AND NOT m.internal`;
    await q.query(`
      CREATE FUNCTION engagement_refresh_message_facts() RETURNS void LANGUAGE sql AS $$
        TRUNCATE message_fact;
        INSERT INTO message_fact ${facts('message m')};
      $$`);
    await q.query(`
      CREATE FUNCTION message_fact_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO message_fact ${facts('new_rows m')};
        RETURN NULL;
      END $$`);
    // Rare (a message edited in place): redo that message's fact.
    await q.query(`
      CREATE FUNCTION message_fact_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM message_fact WHERE message_id = NEW.id;
        INSERT INTO message_fact ${facts('message m')} AND m.id = NEW.id;
        RETURN NULL;
      END $$`);
    // A reassigned thread (or one moved to another patient) moves its messages to another EP.
    await q.query(`
      CREATE FUNCTION message_fact_after_thread_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE message_fact f
           SET patient_id = NEW.patient_id,
               provider_id = COALESCE(NEW.assignee_id, (SELECT primary_physician_id FROM patient WHERE id = NEW.patient_id))
         WHERE f.thread_id = NEW.id;
        RETURN NULL;
      END $$`);
    // A new primary physician takes over the messages of the patient's unassigned threads.
    await q.query(`
      CREATE FUNCTION message_fact_after_patient_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE message_fact f SET provider_id = NEW.primary_physician_id
          FROM thread t WHERE t.patient_id = NEW.id AND t.assignee_id IS NULL AND f.thread_id = t.id;
        RETURN NULL;
      END $$`);
    await q.query(`SELECT engagement_refresh_message_facts()`);
    await q.query(`CREATE TRIGGER message_fact_insert AFTER INSERT ON message
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION message_fact_after_insert()`);
    await q.query(`CREATE TRIGGER message_fact_update AFTER UPDATE OF thread_id, author, internal, sent_at, practice_id ON message
      FOR EACH ROW WHEN ((OLD.thread_id, OLD.author, OLD.internal, OLD.sent_at, OLD.practice_id)
                         IS DISTINCT FROM (NEW.thread_id, NEW.author, NEW.internal, NEW.sent_at, NEW.practice_id))
      EXECUTE FUNCTION message_fact_after_update()`);
    await q.query(`CREATE TRIGGER message_fact_thread_update AFTER UPDATE OF assignee_id, patient_id ON thread
      FOR EACH ROW WHEN ((OLD.assignee_id, OLD.patient_id) IS DISTINCT FROM (NEW.assignee_id, NEW.patient_id))
      EXECUTE FUNCTION message_fact_after_thread_update()`);
    await q.query(`CREATE TRIGGER message_fact_patient_update AFTER UPDATE OF primary_physician_id ON patient
      FOR EACH ROW WHEN (OLD.primary_physician_id IS DISTINCT FROM NEW.primary_physician_id)
      EXECUTE FUNCTION message_fact_after_patient_update()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER message_fact_patient_update ON patient`);
    await q.query(`DROP TRIGGER message_fact_thread_update ON thread`);
    await q.query(`DROP TRIGGER message_fact_update ON message`);
    await q.query(`DROP TRIGGER message_fact_insert ON message`);
    await q.query(`DROP TABLE message_fact`);
    await q.query(`DROP INDEX engagement_event_period_idx`);
    await q.query(`CREATE INDEX engagement_event_period_idx ON engagement_event (practice_id, type, at)`);
    await q.query(`DROP INDEX encounter_office_date_idx`);
    await q.query(`CREATE INDEX encounter_office_date_idx ON encounter (practice_id, date) WHERE kind = 'office_visit'`);
    for (const t of ['insert', 'update', 'delete', 'truncate']) await q.query(`DROP TRIGGER repeat_visit_span_${t} ON encounter`);
    await q.query(`DROP TRIGGER repeat_visit_span_staff_update ON staff_user`);
    for (const t of ['insert', 'update']) await q.query(`DROP TRIGGER encounter_facts_${t} ON encounter`);
    for (const t of ['insert', 'delete', 'update', 'truncate']) await q.query(`DROP TRIGGER engagement_event_facts_${t} ON engagement_event`);
    for (const f of [
      'engagement_business_days_after(date, integer, date[])',
      'engagement_refresh_rollups()',
      'message_fact_after_patient_update()',
      'message_fact_after_thread_update()',
      'message_fact_after_update()',
      'message_fact_after_insert()',
      'engagement_refresh_message_facts()',
      'repeat_visit_span_after_staff_update()',
      'repeat_visit_span_after_truncate()',
      'repeat_visit_span_after_delete()',
      'repeat_visit_span_after_update()',
      'repeat_visit_span_after_insert()',
      'engagement_refresh_repeat_spans(uuid[], uuid[])',
      'engagement_refresh_repeat_spans()',
      'engagement_refresh_patient_spans(uuid[])',
      'repeat_visit_lookback_end(date)',
      'encounter_facts_after_update()',
      'encounter_facts_after_insert()',
      'engagement_event_facts_after_truncate()',
      'engagement_event_facts_after_update()',
      'engagement_event_facts_after_delete()',
      'engagement_event_facts_after_insert()',
      'engagement_refresh_encounter_facts()',
      'engagement_refresh_encounter_facts(uuid[])',
    ]) {
      await q.query(`DROP FUNCTION ${f}`);
    }
    await q.query(`DROP TABLE repeat_visit_patient_span`);
    await q.query(`DROP TABLE repeat_visit_span`);
    await q.query(`DROP INDEX encounter_office_pair_idx`);
    await q.query(`DROP INDEX engagement_event_patient_grant_idx`);
    await q.query(`ALTER TABLE encounter DROP COLUMN first_summary_at, DROP COLUMN first_access_at`);
  }
}
