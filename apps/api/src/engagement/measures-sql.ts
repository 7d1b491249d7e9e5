/**
 * The measures of `@carequeue/measures` as PostgreSQL: one CTE per rule kind of the catalogue, so
 * the SQL stays one-to-one with the reference engine (libs/measures/README.md is the spec).
 *
 * Every query yields "membership" rows (measure_id, provider_id, member_id, in_num): one per member
 * of an EP's denominator, with whether it is also in that EP's numerator. Members are patient ids,
 * or encounter ids for per-visit measures. The practice level is the union over EPs, so it is
 * `count(DISTINCT member_id)` over the same rows.
 *
 * Positional parameters shared by every query (see `sqlParams`):
 *   $1 practice id, $2 from, $3 to (local dates), $4 practice time zone, $5 holidays (date[]),
 *   $6 / $7 instants safely before / after the period (lets "local date in the period" use an
 *   index on the instant), $8 how many days past the latest start the business-day calendar runs.
 */
import type { Deadline, DenominatorRule, DrillDownSet, MeasureId, NumeratorRule } from '@carequeue/measures';
import { addDays, measureById } from '@carequeue/measures';

export interface MeasureSqlInput {
  practiceId: string;
  from: string;
  to: string;
  timezone: string;
  holidays: readonly string[];
}

const DAY_MS = 86_400_000;
/** Any time zone's local date is within 14 hours of UTC; two days either side is plenty. */
const SCAN_MARGIN_DAYS = 2;

/** The eight shared parameters, in order. */
export function sqlParams(input: MeasureSqlInput, measureIds: readonly MeasureId[]): unknown[] {
  const scanFrom = new Date(Date.parse(`${input.from}T00:00:00Z`) - SCAN_MARGIN_DAYS * DAY_MS).toISOString();
  const scanTo = new Date(Date.parse(`${addDays(input.to, 1)}T00:00:00Z`) + SCAN_MARGIN_DAYS * DAY_MS).toISOString();
  // N business days never span more than 2N + 4 calendar days, plus one per holiday.
  const maxDays = Math.max(0, ...measureIds.map((id) => businessDaysOf(measureById(id).rule.numerator)));
  const margin = 2 * maxDays + 10 + input.holidays.length;
  return [input.practiceId, input.from, input.to, input.timezone, [...input.holidays], scanFrom, scanTo, margin];
}

function businessDaysOf(rule: NumeratorRule): number {
  if (rule.kind === 'summary_provided') return rule.within.days;
  if (rule.kind === 'copy_provided' || rule.kind === 'access_granted') {
    return rule.within.kind === 'business_days' ? rule.within.days : 0;
  }
  return 0;
}

/** Numbers from the catalogue are inlined into SQL text; make sure they are what they claim to be. */
function int(value: number): number {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`not a non-negative integer: ${value}`);
  return value;
}

const localDate = (instant: string): string => `(${instant} AT TIME ZONE $4)::date`;
const inPeriod = (instant: string): string =>
  `${instant} >= $6::timestamptz AND ${instant} < $7::timestamptz AND ${localDate(instant)} BETWEEN $2::date AND $3::date`;

/** Named CTEs in dependency order: a fragment adds what it needs before itself; each is added once. */
class Ctes {
  // Names every shared parameter with its type: a query whose measures need no calendar (say) would
  // otherwise leave $5 or $8 unused, and PostgreSQL refuses parameters whose type it cannot infer.
  private readonly parts = new Map<string, string>([
    ['params', 'SELECT $1::uuid, $2::date, $3::date, $4::text, $5::date[], $6::timestamptz, $7::timestamptz, $8::int'],
  ]);

  private readonly materialized = new Set<string>();

  add(name: string, sql: string): string {
    if (!this.parts.has(name)) this.parts.set(name, sql);
    return name;
  }

  /**
   * Computed once, whatever the join strategy: a numerator inlined into a nested loop would be
   * re-aggregated for every denominator row.
   */
  addMaterialized(name: string, sql: string): string {
    this.materialized.add(name);
    return this.add(name, sql);
  }

  sql(): string {
    return [...this.parts]
      .map(([name, body]) => `${name} AS ${this.materialized.has(name) ? 'MATERIALIZED ' : ''}(${body})`)
      .join(',\n');
  }
}

// --- shared fragments --------------------------------------------------------------------------

/** EPs: staff users imported as providers. */
function eps(c: Ctes): string {
  return c.add('eps', `SELECT id FROM staff_user WHERE practice_id = $1 AND external_id IS NOT NULL`);
}

/** Office visits with an EP dated in the period. */
function periodVisits(c: Ctes): string {
  eps(c);
  return c.add(
    'period_visits',
    `SELECT e.id, e.patient_id, e.provider_id, e.date, e.info_available_at FROM encounter e
      WHERE e.practice_id = $1 AND e.kind = 'office_visit' AND e.date BETWEEN $2::date AND $3::date
        AND e.provider_id IN (SELECT id FROM eps)`,
  );
}

/**
 * Business-day calendar: every local date from before the earliest clock start to well after the
 * latest, with k = number of business days on or before it. The deadline of "N business days after
 * D" is the business day numbered k(D) + N. Clock starts are visit dates and copy requests (in the
 * period) and visits' infoAvailableAt dates, which the range covers.
 */
function calendar(c: Ctes): string {
  periodVisits(c);
  c.add(
    'cal_range',
    `SELECT LEAST($2::date, min(${localDate('info_available_at')})) - 1 AS lo,
            GREATEST($3::date, max(${localDate('info_available_at')})) + $8::int AS hi
       FROM period_visits`,
  );
  c.add(
    'cal',
    `SELECT d::date AS day, (extract(isodow FROM d) < 6 AND NOT (d::date = ANY($5::date[]))) AS is_bd
       FROM cal_range, generate_series(cal_range.lo::timestamp, cal_range.hi::timestamp, interval '1 day') AS d`,
  );
  return c.add('cal_k', `SELECT day, is_bd, sum(is_bd::int) OVER (ORDER BY day) AS k FROM cal`);
}

/** Joins alias `dl` to the deadline day of `startDay` (business-day deadlines only). */
function deadlineJoin(c: Ctes, deadline: Deadline, startDay: string): string {
  if (deadline.kind !== 'business_days') return '';
  calendar(c);
  return `JOIN cal_k dl_start ON dl_start.day = ${startDay}
          JOIN cal_k dl ON dl.is_bd AND dl.k = dl_start.k + ${int(deadline.days)}`;
}

/** Whether `doneAt` is on time for a clock started at `startAt` (with `dl` joined for business days). */
function timely(deadline: Deadline, startAt: string, doneAt: string): string {
  if (deadline.kind === 'hours') return `${doneAt} <= ${startAt} + interval '${int(deadline.hours)} hours'`;
  return `${localDate(doneAt)} <= dl.day`;
}

const deadlineKey = (d: Deadline): string => (d.kind === 'hours' ? `h${int(d.hours)}` : `bd${int(d.days)}`);

function copyRequests(c: Ctes): string {
  return c.add(
    'copy_requests',
    `SELECT patient_id, at, ${localDate('at')} AS day FROM engagement_event
      WHERE practice_id = $1 AND type = 'copy_requested' AND ${inPeriod('at')}`,
  );
}

/** "Patients of the EP" restricted to `filter` (a query of patient ids): an office visit on or before `to`, or primary EP. */
function patientsOf(c: Ctes, filter: string): string {
  eps(c);
  return `SELECT e.provider_id, e.patient_id AS member_id FROM encounter e
           WHERE e.practice_id = $1 AND e.kind = 'office_visit' AND e.date <= $3::date
             AND e.provider_id IN (SELECT id FROM eps) AND e.patient_id IN (${filter})
          UNION
          SELECT p.primary_physician_id, p.id FROM patient p
           WHERE p.practice_id = $1 AND p.primary_physician_id IN (SELECT id FROM eps) AND p.id IN (${filter})`;
}

// --- one fragment per rule kind -----------------------------------------------------------------

/** A CTE of (provider_id, member_id), each pair once. */
function denominator(c: Ctes, rule: DenominatorRule): string {
  switch (rule.kind) {
    case 'patients_seen':
      periodVisits(c);
      return c.add('den_seen', `SELECT DISTINCT provider_id, patient_id AS member_id FROM period_visits`);
    case 'office_visits':
      periodVisits(c);
      return c.add('den_visits', `SELECT provider_id, id AS member_id FROM period_visits`);
    case 'copy_requesters':
      copyRequests(c);
      return c.add('den_copy_requesters', patientsOf(c, 'SELECT patient_id FROM copy_requests'));
    case 'patients_by_age': {
      const [atLeast, atMost] = [int(rule.atLeast), int(rule.atMost)];
      const age = `extract(year FROM age($2::date, birth_date))`;
      const band = c.add(
        `age_band_${atLeast}_${atMost}`,
        `SELECT id FROM patient WHERE practice_id = $1 AND birth_date <= $2::date AND (${age} >= ${atLeast} OR ${age} <= ${atMost})`,
      );
      return c.add(`den_age_${atLeast}_${atMost}`, patientsOf(c, `SELECT id FROM ${band}`));
    }
    case 'repeat_visit_patients': {
      const [visits, months] = [int(rule.minVisits), int(rule.lookbackMonths)];
      eps(c);
      // date - interval clamps to the month's end (2016-02-29 - 24 months = 2014-02-28), like the reference.
      return c.add(
        `den_repeat_${visits}_${months}`,
        `SELECT e.provider_id, e.patient_id AS member_id FROM encounter e
          WHERE e.practice_id = $1 AND e.kind = 'office_visit' AND e.provider_id IN (SELECT id FROM eps)
            AND e.date >= ($2::date - interval '${months} months')::date AND e.date < $2::date
          GROUP BY e.provider_id, e.patient_id HAVING count(*) >= ${visits}`,
      );
    }
  }
}

/** A CTE of member_id (and provider_id when per EP), each key once. */
interface NumeratorCte {
  name: string;
  /** The CTE has a provider_id column and membership needs the same EP, not just the same member. */
  perProvider: boolean;
}

function numerator(c: Ctes, rule: NumeratorRule): NumeratorCte {
  switch (rule.kind) {
    case 'copy_provided': {
      copyRequests(c);
      const join = deadlineJoin(c, rule.within, 'r.day');
      const name = c.addMaterialized(
        `num_copy_${deadlineKey(rule.within)}`,
        `SELECT r.patient_id AS member_id FROM copy_requests r ${join}
          GROUP BY r.patient_id
         HAVING bool_and(EXISTS (SELECT 1 FROM engagement_event x
                  WHERE x.patient_id = r.patient_id AND x.type = 'copy_provided' AND x.at >= r.at
                    AND ${timely(rule.within, 'r.at', 'x.at')}))`,
      );
      return { name, perProvider: false };
    }
    case 'summary_provided': {
      periodVisits(c);
      const join = deadlineJoin(c, rule.within, 'v.date');
      const name = c.addMaterialized(
        `num_summary_${deadlineKey(rule.within)}`,
        `SELECT v.id AS member_id FROM period_visits v ${join}
          WHERE EXISTS (SELECT 1 FROM engagement_event x
                  WHERE x.encounter_id = v.id AND x.type = 'summary_provided' AND ${localDate('x.at')} <= dl.day)`,
      );
      return { name, perProvider: false };
    }
    case 'access_granted': {
      periodVisits(c);
      const join = deadlineJoin(c, rule.within, localDate('v.info_available_at'));
      const name = c.addMaterialized(
        `num_access_${deadlineKey(rule.within)}`,
        `SELECT v.provider_id, v.patient_id AS member_id FROM period_visits v ${join}
          GROUP BY v.provider_id, v.patient_id
         HAVING bool_and(EXISTS (SELECT 1 FROM engagement_event g
                  WHERE g.patient_id = v.patient_id AND g.type = 'access_granted'
                    AND (g.encounter_id IS NULL OR g.encounter_id = v.id)
                    AND ${timely(rule.within, 'v.info_available_at', 'g.at')}))`,
      );
      return { name, perProvider: true };
    }
    case 'reminder_sent':
    case 'portal_activity': {
      const type = rule.kind === 'reminder_sent' ? 'reminder_sent' : 'portal_activity';
      const name = c.addMaterialized(
        `num_${type}`,
        `SELECT DISTINCT patient_id AS member_id FROM engagement_event
          WHERE practice_id = $1 AND type = '${type}' AND ${inPeriod('at')}`,
      );
      return { name, perProvider: false };
    }
    case 'education_provided': {
      const name = c.addMaterialized(
        'num_education',
        `SELECT DISTINCT provider_id, patient_id AS member_id FROM engagement_event
          WHERE practice_id = $1 AND type = 'education_provided' AND ${inPeriod('at')}`,
      );
      return { name, perProvider: true };
    }
    case 'secure_message': {
      // Portal messages CareQueue holds: from the patient (author 'patient') or to them (a staff
      // reply; internal notes and automatic system messages are not). The EP is the thread's
      // assigned physician, else the patient's primary physician; a non-EP counts for nobody.
      const author = rule.direction === 'from_patient' ? 'patient' : 'staff';
      const name = c.addMaterialized(
        `num_message_${rule.direction}`,
        `SELECT DISTINCT COALESCE(t.assignee_id, p.primary_physician_id) AS provider_id, t.patient_id AS member_id
           FROM message m JOIN thread t ON t.id = m.thread_id JOIN patient p ON p.id = t.patient_id
          WHERE m.practice_id = $1 AND m.author = '${author}' AND NOT m.internal AND ${inPeriod('m.sent_at')}`,
      );
      return { name, perProvider: true };
    }
  }
}

/** Membership rows of the given measures, as CTEs ending in `members`. */
function membership(measureIds: readonly MeasureId[]): string {
  const c = new Ctes();
  const parts = measureIds.map((id) => {
    const { rule } = measureById(id);
    if (!/^[a-z0-9-]+$/.test(id)) throw new RangeError(`unexpected measure id ${id}`);
    const den = denominator(c, rule.denominator);
    const num = numerator(c, rule.numerator);
    const sameEp = num.perProvider ? ' AND n.provider_id = d.provider_id' : '';
    // A join, not a correlated EXISTS: each numerator CTE is computed once and hash-joined. Numerator
    // CTEs hold each key once, so the join never multiplies denominator rows.
    return `SELECT '${id}'::text AS measure_id, d.provider_id, d.member_id, (n.member_id IS NOT NULL) AS in_num
              FROM ${den} d LEFT JOIN ${num.name} n ON n.member_id = d.member_id${sameEp}`;
  });
  c.add('members', parts.join('\nUNION ALL\n'));
  return `WITH ${c.sql()}`;
}

/** Rows (measure_id, provider_id = EP's external id or null for the practice, denominator, numerator). */
export function reportSql(measureIds: readonly MeasureId[]): string {
  return `${membership(measureIds)}
    SELECT m.measure_id, s.external_id AS provider_id, count(*)::int AS denominator,
           (count(*) FILTER (WHERE m.in_num))::int AS numerator
      FROM members m JOIN staff_user s ON s.id = m.provider_id
     GROUP BY m.measure_id, s.external_id
    UNION ALL
    SELECT measure_id, NULL, count(DISTINCT member_id)::int, (count(DISTINCT member_id) FILTER (WHERE in_num))::int
      FROM members GROUP BY measure_id`;
}

const SET_FILTER: Record<DrillDownSet, string> = {
  denominator: 'true',
  numerator: 'in_num',
  gap: 'NOT in_num',
};

/**
 * One page of a drill-down set, sorted by external id in code-unit order ("C" collation).
 * Extra parameters: $9 EP external id (null: the practice), $10 limit (null: all), $11 offset.
 * Always returns at least one row, carrying `total`; item columns are null when the page is empty.
 */
export function drillDownSql(measureId: MeasureId, set: DrillDownSet): string {
  const perVisit = measureById(measureId).unit === 'visits';
  const page = perVisit
    ? `SELECT e.external_id AS encounter_id, to_char(e.date, 'YYYY-MM-DD') AS visit_date,
              p.mrn AS patient_id, p.first_name, p.last_name
         FROM chosen c JOIN encounter e ON e.id = c.member_id JOIN patient p ON p.id = e.patient_id
        ORDER BY e.external_id COLLATE "C"`
    : `SELECT NULL::text AS encounter_id, NULL::text AS visit_date, p.mrn AS patient_id, p.first_name, p.last_name
         FROM chosen c JOIN patient p ON p.id = c.member_id
        ORDER BY p.mrn COLLATE "C"`;
  return `${membership([measureId])},
    scoped AS (
      SELECT member_id, bool_or(in_num) AS in_num FROM members
       WHERE $9::text IS NULL OR provider_id = (SELECT id FROM staff_user WHERE practice_id = $1 AND external_id = $9::text)
       GROUP BY member_id),
    chosen AS (SELECT member_id FROM scoped WHERE ${SET_FILTER[set]})
    SELECT t.total, x.* FROM (SELECT count(*)::int AS total FROM chosen) t
      LEFT JOIN LATERAL (${page} LIMIT $10::int OFFSET $11::int) x ON true`;
}

/** Which EPs exist and which had an office visit in the period (the others are excluded). */
export const PROVIDERS_SQL = `
  SELECT s.external_id AS id, s.display_name AS name,
         EXISTS (SELECT 1 FROM encounter e WHERE e.provider_id = s.id AND e.kind = 'office_visit'
                    AND e.date BETWEEN $2::date AND $3::date) AS active
    FROM staff_user s
   WHERE s.practice_id = $1 AND s.external_id IS NOT NULL
   ORDER BY s.external_id COLLATE "C"`;
