/**
 * The SQL that generates the scale dataset, server-side (`INSERT … SELECT … FROM generate_series`).
 * Every attribute is a pure function of a row number and the seed (random-sql.ts), so a visit's
 * patient, EP and times can be recomputed wherever they are needed (its portal events, say)
 * without reading the encounter table back.
 *
 * Realism, in short:
 * - visits: Monday-heavy weekdays, a small Saturday clinic, closed Sundays and holidays, winter peak;
 *   30-minute slots 08:00–17:30; 93% office visits. 20% of patients (chronic) get 30% of the visits;
 *   80% of visits are with the patient's primary EP. Notes are signed within hours, some days late.
 * - events: access granted for most visits (half automatically within 2 hours, some days late, 12%
 *   never), a few patient-wide grants; clinical summaries for 72% of office visits (most the same
 *   day); education for 11%; reminders sent by a daily job; copy requests, 90% fulfilled; the rest
 *   of the budget is portal views (74%), downloads and transmits, hours to weeks after a visit.
 * - messages: threads opened every day (fewer at weekends), 1–8 messages, a quarter with an
 *   automatic acknowledgement; staff replies (some internal notes); assigned mostly to the patient's
 *   own EP, else to another EP, a nurse or a medical assistant, or left unassigned.
 * Nothing happens after the last day (end of `end`, practice time): late events are simply absent.
 */
import { DEMO_MESSAGES } from '@carequeue/demo-data';
import { NAMES, THREAD_LENGTHS, TIMEZONE, type ScalePlan } from './scale-plan';
import { RandomSql, Salt, intArray, text, textArray } from './random-sql';

const POOL_BY_CATEGORY: Record<string, string> = {
  medication_refill: 'nurse',
  appointment: 'medical_assistant',
  test_results: 'nurse',
  clinical_question: 'physician',
  billing: 'billing',
  records_forms: 'medical_assistant',
  other: 'medical_assistant',
};
const FOLLOW_UPS = [
  'Thank you, that helps. One more question about the dose.',
  'I tried that and it is a little better. Should I keep going?',
  'Sorry, I forgot to mention it started about a week ago.',
  'Is there any update on this?',
  'Thanks, I will do that.',
];
const REPLIES = [
  'Thank you for your message. Your request has been sent to the pharmacy.',
  'The doctor reviewed your results and everything looks within the normal range.',
  'We can see you this week. Please call the front desk to pick a time.',
  'Please keep taking it as prescribed and let us know if anything changes.',
  'We have updated your records. Let us know if you need anything else.',
];
const NOTES = ['Called the pharmacy, refill confirmed.', 'Discussed with the physician, reply drafted.', 'Left a voicemail for the patient.'];
const ACK = 'We received your message and will answer within 3 business days. If this is an emergency, call 911.';

/** A named statement of the load, with how many rows it is expected to write (for the progress bar). */
export interface Step {
  sql: string;
  rows: number;
}

export class ScaleSql {
  private readonly r: RandomSql;
  private readonly o: ScalePlan['options'];
  /** First instant after the history (midnight after `end`, practice time). */
  readonly cutoff: string;
  readonly startInstant: string;

  constructor(private readonly plan: ScalePlan) {
    this.o = plan.options;
    this.r = new RandomSql(this.o.seed);
    this.cutoff = `((${text(this.o.end)}::date + 1)::timestamp AT TIME ZONE ${text(TIMEZONE)})`;
    this.startInstant = `(${text(plan.start)}::date::timestamp AT TIME ZONE ${text(TIMEZONE)})`;
  }

  // --- ids ------------------------------------------------------------------------------------

  practiceId(): string {
    return this.r.uuid('practice', '0');
  }
  patientId(n: string): string {
    return this.r.uuid('patient', n);
  }
  epId(ordinal: string): string {
    return this.r.uuid('ep', ordinal);
  }
  staffId(ordinal: string): string {
    return this.r.uuid('staff', ordinal);
  }
  visitId(i: string): string {
    return this.r.uuid('visit', i);
  }

  private slot(expr: string, salt: Salt): string {
    return `(${intArray(this.plan.epSlots)})[1 + ${this.r.below(expr, salt, this.plan.epSlots.length)}]`;
  }

  /** Primary EP ordinal of patient `n` (92% have one). */
  private primaryOf(n: string): string {
    return `CASE WHEN ${this.r.u(n, Salt.PatientHasPrimary)} < 0.92 THEN ${this.slot(n, Salt.PatientPrimary)} END`;
  }

  /** A patient ordinal: `chronicShare` of picks among the chronic patients, the rest among all. */
  private patientPick(expr: string, chronicSalt: Salt, pickSalt: Salt, chronicShare: number): string {
    const { r } = this;
    return `CASE WHEN ${r.u(expr, chronicSalt)} < ${chronicShare} THEN ${r.below(expr, pickSalt, this.plan.chronicPatients)}
                 ELSE ${r.below(expr, pickSalt, this.o.patients)} END`;
  }

  /** Seconds from a piecewise distribution: `[p, lo, hi]` = with cumulative probability p, uniform in [lo, hi). */
  private delay(expr: string, kindSalt: Salt, valueSalt: Salt, pieces: readonly (readonly [number, number, number])[]): string {
    const u = this.r.u(expr, valueSalt);
    const branches = pieces.map(([p, lo, hi], k) =>
      k === pieces.length - 1 ? `ELSE ${lo} + ${u} * ${hi - lo}` : `WHEN ${this.r.u(expr, kindSalt)} < ${p} THEN ${lo} + ${u} * ${hi - lo}`,
    );
    return `floor(CASE ${branches.join(' ')} END)`;
  }

  // --- set-up ---------------------------------------------------------------------------------

  /** Session settings for a bulk load: no synchronous commit, generous sort memory, no triggers (FK checks). */
  session(): string[] {
    return [
      `SET synchronous_commit = off`,
      `SET work_mem = '256MB'`,
      `SET maintenance_work_mem = '512MB'`,
      `SET jit = off`,
      // Foreign keys are enforced by triggers; the generator only writes valid references (the
      // seed's test checks them), so they are skipped during the load.
      `SET session_replication_role = replica`,
    ];
  }

  days(): { sql: string; params: unknown[] } {
    const d = this.plan.days;
    return {
      sql: `CREATE TEMP TABLE seed_day AS
              SELECT * FROM unnest($1::date[], $2::int8[], $3::int8[], $4::int8[], $5::int8[]) AS d(day, v_lo, v_hi, t_lo, t_hi)`,
      params: [d.map((x) => x.day), d.map((x) => x.visitLo), d.map((x) => x.visitHi), d.map((x) => x.threadLo), d.map((x) => x.threadHi)],
    };
  }

  practice(): Step {
    return {
      rows: 1,
      sql: `INSERT INTO practice (id, name, timezone, phone, holidays, created_at)
            VALUES (${this.practiceId()}, 'Lakeside Family Medicine (scale dataset)', ${text(TIMEZONE)}, '+1 555 0100',
                    ${text(JSON.stringify(this.plan.holidays))}::jsonb, ${this.startInstant})`,
    };
  }

  /** EPs as the import creates them (no password, placeholder e-mail) and the other staff. */
  staff(adminPasswordHash: string): Step {
    const eps = this.plan.eps.map(
      (e) => `(${this.epId(String(e.ordinal))}, ${text(e.externalId)}, ${text(e.externalRole)}, ${text(`Dr. ${e.name}`)})`,
    );
    const staff = this.plan.staff.map(
      (s) => `(${this.staffId(String(s.ordinal))}, ${text(s.email)}, ${text(s.name)}, ${text(s.role)}, ${s.role === 'admin' ? text(adminPasswordHash) : 'NULL'})`,
    );
    const practice = this.practiceId();
    return {
      rows: eps.length + staff.length,
      sql: `INSERT INTO staff_user (id, practice_id, email, display_name, role, external_id, external_role, created_at)
            SELECT id, ${practice},
                   'provider-' || left(encode(sha256(convert_to(${practice}::text || E'\\n' || ext, 'UTF8')), 'hex'), 24) || '@import.invalid',
                   name, 'physician', ext, ext_role, ${this.startInstant}
              FROM (VALUES ${eps.join(', ')}) AS e(id, ext, ext_role, name);
            INSERT INTO staff_user (id, practice_id, email, display_name, role, password_hash, created_at)
            SELECT id, ${practice}, email, name, role, hash, ${this.startInstant}
              FROM (VALUES ${staff.join(', ')}) AS s(id, email, name, role, hash)`,
    };
  }

  /** Patients [lo, hi): MRN P0000001…, ages like a family practice (7% under 6, 26% 65+). */
  patients(lo: number, hi: number): Step {
    const { r } = this;
    const ageBands = [
      [0.07, 0, 5],
      [0.16, 6, 17],
      [0.74, 18, 64],
      [1, 65, 95],
    ] as const;
    const band = (k: 1 | 2) => `CASE ${ageBands.map(([p, ...b]) => `WHEN ${r.u('n', Salt.PatientAge)} < ${p} THEN ${b[k - 1]}`).join(' ')} END`;
    const daysOld = `(${band(1)}) * 365 + ${r.below('n', Salt.PatientAgeDays, `((${band(2)}) - (${band(1)}) + 1) * 365`)}`;
    const width = Math.max(7, String(this.o.patients).length);
    return {
      rows: hi - lo,
      sql: `INSERT INTO patient (id, practice_id, mrn, first_name, last_name, birth_date, primary_physician_id, created_at)
            SELECT ${this.patientId('n')}, ${this.practiceId()}, 'P' || lpad((n + 1)::text, ${width}, '0'),
                   (${textArray(NAMES.first)})[1 + ${r.below('n', Salt.PatientName, NAMES.first.length)}],
                   (${textArray(NAMES.last)})[1 + ${r.below('n', Salt.PatientSurname, NAMES.last.length)}],
                   ${text(this.o.end)}::date - (${daysOld})::int,
                   ${this.epId(this.primaryOf('n'))}, ${this.startInstant}
              FROM generate_series(${lo}::int8, ${hi - 1}::int8) AS n`,
    };
  }

  /**
   * Visit attributes for a source of (i, day): n (patient ordinal), ep (EP ordinal), office, the
   * visit's instant and when its information became available (note signed). `OFFSET 0` keeps each
   * step a subquery computed once per row: flattened, every use of a column would recompute it.
   */
  private visits(source: string, extra = ''): string {
    const { r } = this;
    const tz = text(TIMEZONE);
    const signing = this.delay('s.i', Salt.VisitSigning, Salt.VisitSigningDelay, [
      [0.55, 1800, 14_400],
      [0.85, 14_400, 86_400],
      [0.97, 86_400, 259_200],
      [1, 259_200, 864_000],
    ]);
    return `SELECT s.i, s.day${extra}, a.n, b.ep, c.office, c.visit_at, c.visit_at + make_interval(secs => ${signing}) AS info_at
              FROM (${source}) AS s
              CROSS JOIN LATERAL (SELECT ${this.patientPick('s.i', Salt.VisitChronic, Salt.VisitPatient, 0.3)} AS n OFFSET 0) a
              CROSS JOIN LATERAL (SELECT ${this.primaryOf('a.n')} AS prim OFFSET 0) p
              CROSS JOIN LATERAL (SELECT CASE WHEN p.prim IS NOT NULL AND ${r.u('s.i', Salt.VisitSameEp)} < 0.8 THEN p.prim
                                              ELSE ${this.slot('s.i', Salt.VisitOtherEp)} END AS ep OFFSET 0) b
              CROSS JOIN LATERAL (SELECT ${r.u('s.i', Salt.VisitKind)} < 0.93 AS office,
                                         (s.day + make_interval(mins => 480 + 30 * ${r.below('s.i', Salt.VisitSlot, 19)}::int)) AT TIME ZONE ${tz} AS visit_at
                                  OFFSET 0) c
             OFFSET 0`;
  }

  private visitSource(from: string, to: string): string {
    return `SELECT gs.i, d.day FROM seed_day d, generate_series(d.v_lo, d.v_hi - 1) AS gs(i)
             WHERE d.day BETWEEN ${text(from)}::date AND ${text(to)}::date`;
  }

  encounters(from: string, to: string, rows: number): Step {
    const width = Math.max(8, String(this.o.visits).length);
    return {
      rows,
      sql: `INSERT INTO encounter (id, practice_id, external_id, patient_id, provider_id, date, kind, info_available_at, created_at, updated_at)
            SELECT ${this.visitId('v.i')}, ${this.practiceId()}, 'E' || lpad((v.i + 1)::text, ${width}, '0'), ${this.patientId('v.n')},
                   ${this.epId('v.ep')}, v.day, CASE WHEN v.office THEN 'office_visit' ELSE 'other' END, v.info_at, v.info_at, v.info_at
              FROM (${this.visits(this.visitSource(from, to))}) AS v`,
    };
  }

  /** Access grants, clinical summaries and education of the visits of [from, to], in one pass. */
  visitEvents(from: string, to: string, rows: number): Step {
    const { r } = this;
    const e = this.plan.events;
    const grantAt = `v.info_at + make_interval(secs => ${this.delay('v.i', Salt.GrantDelayKind, Salt.GrantDelay, [
      [0.5, 60, 7200],
      [0.75, 7200, 144_000],
      [0.88, 144_000, 518_400],
      [1, 518_400, 1_814_400],
    ])})`;
    const summaryAt = `v.visit_at + make_interval(secs => ${this.delay('v.i', Salt.SummaryDelayKind, Salt.SummaryDelay, [
      [0.55, 900, 21_600],
      [0.8, 86_400, 172_800],
      [0.92, 172_800, 432_000],
      [1, 432_000, 1_728_000],
    ])})`;
    const educationAt = `v.visit_at + make_interval(secs => ${r.below('v.i', Salt.EducationDelay, 10_800)})`;
    return {
      rows,
      // The visits are computed once (materialized); each event type then picks its own.
      sql: `INSERT INTO engagement_event (practice_id, type, patient_id, encounter_id, provider_id, at, created_at)
            WITH v AS MATERIALIZED (${this.visits(this.visitSource(from, to))})
            SELECT ${this.practiceId()}, x.type, x.patient_id, x.encounter_id, x.provider_id, x.at, x.at
              FROM (SELECT 'access_granted' AS type, ${this.patientId('v.n')} AS patient_id, ${this.visitId('v.i')} AS encounter_id,
                           NULL::uuid AS provider_id, ${grantAt} AS at
                      FROM v WHERE ${r.u('v.i', Salt.Grant)} < ${e.grantRate}
                    UNION ALL
                    SELECT 'summary_provided', NULL, ${this.visitId('v.i')}, NULL, ${summaryAt}
                      FROM v WHERE v.office AND ${r.u('v.i', Salt.Summary)} < ${e.summaryRate}
                    UNION ALL
                    SELECT 'education_provided', ${this.patientId('v.n')}, NULL, ${this.epId('v.ep')}, ${educationAt}
                      FROM v WHERE v.office AND ${r.u('v.i', Salt.Education)} < ${e.educationRate}
                    OFFSET 0) AS x
             WHERE x.at < ${this.cutoff}`,
    };
  }

  /** One patient-wide grant (portal enrolment, no encounter) for a few patients, any time in the history. */
  patientWideGrants(): Step {
    const { r } = this;
    const seconds = this.o.days * 86_400;
    return {
      rows: Math.round(this.o.patients * this.plan.events.patientWideRate),
      sql: `INSERT INTO engagement_event (practice_id, type, patient_id, at, created_at)
            SELECT ${this.practiceId()}, 'access_granted', ${this.patientId('n')}, at, at
              FROM generate_series(0::int8, ${this.o.patients - 1}::int8) AS n
              CROSS JOIN LATERAL (SELECT ${this.startInstant} + make_interval(secs => ${r.below('n', Salt.PatientWideGrantAt, seconds)}) AS at) a
             WHERE ${r.u('n', Salt.PatientWideGrant)} < ${this.plan.events.patientWideRate}`,
    };
  }

  /** Row k of `count` spread evenly over the history: its practice-local date. */
  private spreadDay(k: string, count: number): string {
    return `(${text(this.plan.start)}::date + ((2 * ${k} + 1) * ${this.o.days}::int8 / ${2 * count}::int8)::int)`;
  }

  /** Reminders from the daily 09:00 job (ms apart, so none collide), and copy requests with their answers. */
  reminderAndCopyEvents(): Step {
    const { r } = this;
    const e = this.plan.events;
    const tz = text(TIMEZONE);
    const practice = this.practiceId();
    const copyDelay = this.delay('q.c', Salt.CopyDelayKind, Salt.CopyDelay, [
      [0.6, 3600, 86_400],
      [0.85, 86_400, 259_200],
      [1, 259_200, 1_296_000],
    ]);
    const reminders =
      e.reminders === 0
        ? ''
        : `INSERT INTO engagement_event (practice_id, type, patient_id, at, created_at)
           SELECT ${practice}, 'reminder_sent', ${this.patientId(r.below('k', Salt.ReminderPatient, this.o.patients))}, at, at
             FROM generate_series(0::int8, ${e.reminders - 1}::int8) AS k
             CROSS JOIN LATERAL (SELECT (${this.spreadDay('k', e.reminders)} + time '09:00') AT TIME ZONE ${tz}
                                        + make_interval(secs => ${r.below('k', Salt.ReminderTime, 3600)} + (k % 1000) / 1000.0) AS at) a;`;
    const copies =
      e.copyRequests === 0
        ? ''
        : `INSERT INTO engagement_event (practice_id, type, patient_id, at, created_at)
           SELECT ${practice}, x.type, ${this.patientId('q.n')}, x.at, x.at
             FROM (SELECT c, ${r.below('c', Salt.CopyPatient, this.o.patients)} AS n,
                          (${this.spreadDay('c', e.copyRequests)} + time '08:00') AT TIME ZONE ${tz}
                            + make_interval(secs => ${r.below('c', Salt.CopyTime, 36_000)}) AS at
                     FROM generate_series(0::int8, ${e.copyRequests - 1}::int8) AS c) AS q
             CROSS JOIN LATERAL (VALUES ('copy_requested', q.at, true),
                                        ('copy_provided', q.at + make_interval(secs => ${copyDelay}),
                                         ${r.u('q.c', Salt.CopyProvided)} < 0.9)) AS x(type, at, keep)
            WHERE x.keep AND x.at < ${this.cutoff};`;
    return { rows: e.reminders + Math.round(e.copyRequests * 1.9), sql: `${reminders}\n${copies}` };
  }

  /**
   * `total` portal views, downloads and transmits. Activity k follows visit floor((2k+1)·V / 2·total)
   * (spread evenly over the visits, which are in random order of patient), by 10 minutes to 45
   * days; one that would fall after the history falls as long before the visit instead.
   */
  portalActivity(from: string, to: string, total: number, rows: number): Step {
    const { r } = this;
    const V = this.o.visits;
    const firstActivity = (visit: string) => `((2 * ${total}::int8 * ${visit} + ${V - 1}) / ${2 * V})`;
    const source = `SELECT ((2 * gs.k + 1) * ${V}::int8 / ${2 * total}::int8) AS i, d.day, gs.k
                      FROM seed_day d, generate_series(${firstActivity('d.v_lo')}, ${firstActivity('d.v_hi')} - 1) AS gs(k)
                     WHERE d.day BETWEEN ${text(from)}::date AND ${text(to)}::date`;
    const delay = `make_interval(secs => floor(exp(ln(600) + ${r.u('v.k', Salt.ActivityDelay)} * ln(6480))) + (v.k % 1000) / 1000.0)`;
    const action = `CASE WHEN ${r.u('v.k', Salt.ActivityAction)} < 0.74 THEN 'view' WHEN ${r.u('v.k', Salt.ActivityAction)} < 0.93 THEN 'download' ELSE 'transmit' END`;
    const visits = this.visits(source, ', s.k');
    return {
      rows,
      sql: `INSERT INTO engagement_event (practice_id, type, patient_id, action, at, created_at)
            SELECT ${this.practiceId()}, 'portal_activity', ${this.patientId('v.n')}, ${action}, a.at, a.at
              FROM (${visits}) AS v
              CROSS JOIN LATERAL (SELECT CASE WHEN v.info_at + ${delay} < ${this.cutoff} THEN v.info_at + ${delay}
                                              ELSE LEAST(v.info_at, ${this.cutoff}) - ${delay} END AS at) a`,
    };
  }

  // --- threads and messages -------------------------------------------------------------------

  /** Thread lengths (1–8, mean 3.37); `fixLengths` then makes them add up to the message count exactly. */
  threadLengths(): string {
    const u = this.r.u('t', Salt.ThreadLength);
    let cumulative = 0;
    // Every length but the last gets a branch; the last is the ELSE.
    const branches = THREAD_LENGTHS.slice(0, -1).map(([length, p]) => {
      cumulative += p;
      return `WHEN ${u} < ${cumulative.toFixed(4)} THEN ${length}`;
    });
    return `CREATE TEMP TABLE seed_thread_length AS
              SELECT t, (CASE ${branches.join(' ')} ELSE ${THREAD_LENGTHS[THREAD_LENGTHS.length - 1][0]} END)::int AS c
                FROM generate_series(0::int8, ${this.plan.threads - 1}::int8) AS t;
            ALTER TABLE seed_thread_length ADD PRIMARY KEY (t)`;
  }

  /** Adds (or removes) one message to up to |missing| threads, in a random order; returns rows changed. */
  fixLengths(missing: number): string {
    const order = this.r.u('t', Salt.ThreadFix);
    const [delta, eligible] = missing > 0 ? [1, 'true'] : [-1, 'c > 1'];
    return `UPDATE seed_thread_length s SET c = s.c + (${delta})
              FROM (SELECT t FROM seed_thread_length WHERE ${eligible} ORDER BY ${order} LIMIT ${Math.abs(missing)}) f
             WHERE f.t = s.t`;
  }

  /** Everything about each thread, computed once: patient, first message, assignee, status, pacing. */
  threadFacts(): string {
    const { r } = this;
    const tz = text(TIMEZONE);
    const demo = DEMO_MESSAGES.length;
    const clinical = intArray(this.plan.clinicalStaff);
    const categories = textArray(DEMO_MESSAGES.map((m) => m.category));
    const poolCase = `CASE x.category ${Object.entries(POOL_BY_CATEGORY).map(([c, p]) => `WHEN ${text(c)} THEN ${text(p)}`).join(' ')} END`;
    const gap = `exp(ln(600) + ${r.u('s.t', Salt.ThreadGap)} * ln(288))`;
    return `CREATE TEMP TABLE seed_thread AS
      SELECT x.*, ${poolCase} AS pool,
             CASE WHEN x.created < ${this.cutoff} - interval '14 days' THEN 'closed'
                  ELSE (ARRAY['new','triaged','claimed','waiting_for_patient','closed','closed'])[1 + ${r.below('x.t', Salt.ThreadStatus, 6)}] END AS status
        FROM (
          SELECT s.t, s.c, sum(s.c) OVER (ORDER BY s.t) - s.c AS off, s.created, s.n, s.q,
                 (${categories})[s.q + 1] AS category,
                 -- Pacing: a gap of 10 minutes to 2 days between messages, shorter near the end of
                 -- the history so that every message is in it.
                 LEAST(${gap}, extract(epoch FROM ${this.cutoff} - s.created) / (s.c + 1)) AS gap,
                 s.c >= 3 AND ${r.u('s.t', Salt.ThreadAck)} < 0.25 AS ack,
                 CASE WHEN s.assign < 0.65 THEN 'ep' WHEN s.assign < 0.85 THEN 'staff' END AS assignee_kind,
                 CASE WHEN s.assign < 0.55 THEN COALESCE(s.prim, ${this.slot('s.t', Salt.ThreadOtherEp)})
                      WHEN s.assign < 0.65 THEN ${this.slot('s.t', Salt.ThreadOtherEp)}
                      WHEN s.assign < 0.85 THEN (${clinical})[1 + ${r.below('s.t', Salt.ThreadStaff, this.plan.clinicalStaff.length)}] END AS assignee,
                 CASE WHEN ${r.u('s.t', Salt.ThreadPriority)} < 0.015 THEN 'urgent' WHEN ${r.u('s.t', Salt.ThreadPriority)} < 0.11 THEN 'high'
                      ELSE 'routine' END AS priority
            FROM (SELECT l.t, l.c, g.day, a.n, ${this.primaryOf('a.n')} AS prim, ${r.below('l.t', Salt.ThreadMessage, demo)} AS q,
                         ${r.u('l.t', Salt.ThreadAssign)} AS assign,
                         (g.day + make_interval(secs => 21600 + ${r.below('l.t', Salt.ThreadTime, 61_200)})) AT TIME ZONE ${tz} AS created
                    FROM (SELECT gs.t, d.day FROM seed_day d, generate_series(d.t_lo, d.t_hi - 1) AS gs(t)) g
                    JOIN seed_thread_length l ON l.t = g.t
                    CROSS JOIN LATERAL (SELECT ${this.patientPick('l.t', Salt.ThreadChronic, Salt.ThreadPatient, 0.35)} AS n) a) s
        ) x;
      ALTER TABLE seed_thread ADD PRIMARY KEY (t)`;
  }

  /** Sent time of message k of a thread (k = 0 at the thread's creation; later ones jittered). */
  private sentAt(k: string, m: string): string {
    return `(x.created + make_interval(secs => floor(x.gap * (${k} + CASE WHEN ${k} = 0 THEN 0 ELSE 0.5 * ${this.r.u(m, Salt.MessageJitter)} END))))`;
  }

  threads(lo: number, hi: number): Step {
    const demo = DEMO_MESSAGES;
    const subjects = textArray(demo.map((m) => m.subject));
    const last = this.sentAt('(x.c - 1)', '(x.off + x.c - 1)');
    const firstReplyK = `(CASE WHEN x.ack THEN 2 ELSE 1 END)`;
    const firstReply = this.sentAt(firstReplyK, `(x.off + ${firstReplyK})`);
    return {
      rows: hi - lo,
      sql: `INSERT INTO thread (id, practice_id, patient_id, subject, requested_category, category, status, pool, priority, urgent,
                                assignee_id, message_count, last_message_at, first_response_at, closed_at, created_at, updated_at)
            SELECT ${this.r.uuid('thread', 'x.t')}, ${this.practiceId()}, ${this.patientId('x.n')}, (${subjects})[x.q + 1],
                   x.category, x.category, x.status, CASE WHEN x.status <> 'new' THEN x.pool END, x.priority, x.priority = 'urgent',
                   ${this.assignee('x')}, x.c, ${last},
                   CASE WHEN x.c > ${firstReplyK} THEN ${firstReply} END,
                   CASE WHEN x.status = 'closed' THEN LEAST(${last} + interval '1 hour', ${this.cutoff} - interval '1 second') END,
                   x.created, ${last}
              FROM seed_thread x WHERE x.t >= ${lo} AND x.t < ${hi}`,
    };
  }

  private assignee(x: string): string {
    return `CASE ${x}.assignee_kind WHEN 'ep' THEN ${this.epId(`${x}.assignee`)} WHEN 'staff' THEN ${this.staffId(`${x}.assignee`)} END`;
  }

  /**
   * Messages of threads [lo, hi). Message k: 0 is the patient's; 1 is the automatic acknowledgement
   * when the thread has one; then staff and patient alternate. From the second staff message on,
   * 15% are internal notes. An EP's thread is answered by the EP 60% of the time, else by a nurse or
   * medical assistant, who also answer unassigned threads.
   */
  messages(lo: number, hi: number, rows: number): Step {
    const { r } = this;
    const m = '(x.off + k)';
    const j = '(k - CASE WHEN x.ack THEN 1 ELSE 0 END)';
    const author = `CASE WHEN k = 0 THEN 'patient' WHEN x.ack AND k = 1 THEN 'system' WHEN ${j} % 2 = 1 THEN 'staff' ELSE 'patient' END`;
    const clinical = intArray(this.plan.clinicalStaff);
    const roles = textArray(this.plan.staff.map((s) => s.role));
    const byEp = `(x.assignee_kind = 'ep' AND ${r.u(m, Salt.MessageByEp)} < 0.6)`;
    const staffOrdinal = `COALESCE(CASE WHEN x.assignee_kind = 'staff' THEN x.assignee END,
                                   (${clinical})[1 + ${r.below(m, Salt.ThreadStaff, this.plan.clinicalStaff.length)}])`;
    const pick = (list: readonly string[], salt: Salt) => `(${textArray(list)})[1 + ${r.below(m, salt, list.length)}]`;
    const bodies = textArray(DEMO_MESSAGES.map((d) => d.body));
    return {
      rows,
      sql: `INSERT INTO message (id, practice_id, thread_id, author, author_staff_id, author_role, category, body, sent_at,
                                 triaged_at, received_at, internal)
            SELECT ${r.uuid('message', m)}, ${this.practiceId()}, ${r.uuid('thread', 'x.t')}, y.author,
                   CASE WHEN y.author = 'staff' THEN CASE WHEN ${byEp} THEN ${this.epId('x.assignee')} ELSE ${this.staffId(staffOrdinal)} END END,
                   CASE WHEN y.author = 'staff' THEN CASE WHEN ${byEp} THEN 'physician' ELSE (${roles})[${staffOrdinal}] END END,
                   CASE WHEN y.author = 'patient' THEN x.category END,
                   CASE WHEN y.author = 'system' THEN ${text(ACK)}
                        WHEN y.author = 'patient' AND k = 0 THEN (${bodies})[x.q + 1]
                        WHEN y.author = 'patient' THEN ${pick(FOLLOW_UPS, Salt.MessageText)}
                        WHEN y.internal THEN ${pick(NOTES, Salt.MessageText)}
                        ELSE ${pick(REPLIES, Salt.MessageText)} END,
                   y.sent_at, CASE WHEN y.author = 'patient' THEN y.sent_at + interval '2 seconds' END, y.sent_at, y.internal
              FROM seed_thread x
              CROSS JOIN LATERAL generate_series(0, x.c - 1) AS k
              CROSS JOIN LATERAL (SELECT ${author} AS author, ${this.sentAt('k', m)} AS sent_at,
                                         ${j} >= 3 AND ${j} % 2 = 1 AND ${r.u(m, Salt.MessageInternal)} < 0.15 AS internal OFFSET 0) y
             WHERE x.t >= ${lo} AND x.t < ${hi}`,
    };
  }
}
