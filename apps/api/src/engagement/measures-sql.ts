/**
 * The measures of `@carequeue/measures` as PostgreSQL: one CTE per rule kind of the catalogue, so
 * the SQL stays one-to-one with the reference engine (libs/measures/README.md is the spec).
 *
 * Denominator CTEs hold (provider_id, member_id), one row per member of an EP's denominator; members
 * are patient ids, or encounter ids for per-visit measures. Numerator CTEs hold the members (per EP
 * where the rule says so) in the numerator. The practice level is the union over EPs.
 *
 * Speed (see README "Speed"): per-visit facts kept on `encounter` by triggers (earliest access grant
 * and summary), a per-pair table of when the repeat-visit denominator holds, a business-day calendar
 * as two arrays (no joins), and numerators that are a predicate on the denominator's own rows
 * computed as columns of it rather than joined.
 *
 * Positional parameters shared by every query (see `sqlParams`):
 *   $1 practice id, $2 from, $3 to (local dates), $4 practice time zone, $5 holidays (date[]),
 *   $6 / $7 the first instant of `from` and of the day after `to` in the practice's time zone: an
 *   instant is in the period exactly when $6 <= it < $7 (an index range, estimated well by the
 *   planner), $8 how many days past the latest start the business-day calendar runs, $9 / $10 the
 *   patients counted: ids from $9 to $10 inclusive (every patient by default; see `patientShards`).
 *
 * Every figure is a count of patients (or of visits, each with one patient) and the practice level
 * is a union per patient, so the patients can be split into shards counted separately (in parallel,
 * on one snapshot) and the counts added up.
 */
import type { Deadline, DenominatorRule, DrillDownSet, MeasureId, NumeratorRule } from '@carequeue/measures';
import { addDays, localDateOf, measureById } from '@carequeue/measures';

export interface MeasureSqlInput {
  practiceId: string;
  from: string;
  to: string;
  timezone: string;
  holidays: readonly string[];
}

const HOUR_MS = 3_600_000;

/**
 * The repeat-visit rule `repeat_visit_span` is kept for (migration 1764300000000): at least 2
 * office visits in the 24 months before the period. Another rule falls back to scanning visits.
 */
const REPEAT_SPAN = { minVisits: 2, lookbackMonths: 24 } as const;

/**
 * The first instant (epoch ms) whose local date in `timeZone` is `date`: local dates only move
 * forward, so a binary search between 15 hours either side of UTC midnight (every zone's offset is
 * within that) finds it, DST and midnight transitions included.
 */
export function startOfLocalDay(date: string, timeZone: string): number {
  let before = Date.parse(`${date}T00:00:00Z`) - 15 * HOUR_MS;
  let onOrAfter = Date.parse(`${date}T00:00:00Z`) + 15 * HOUR_MS;
  while (onOrAfter - before > 1) {
    const mid = Math.floor((before + onOrAfter) / 2);
    if (localDateOf(mid, timeZone) >= date) onOrAfter = mid;
    else before = mid;
  }
  return onOrAfter;
}

export interface PatientShard {
  /** Patient ids from `first` to `last` inclusive (UUID order). */
  first: string;
  last: string;
}

/** `count` shards of the UUID space, split on the first 32 bits (ids are random, so about even). */
export function patientShards(count: number): PatientShard[] {
  if (!Number.isInteger(count) || count < 1 || count > 256) throw new RangeError(`shard count must be 1 to 256, got ${count}`);
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return Array.from({ length: count }, (_, k) => ({
    first: `${hex(Math.floor((k * 2 ** 32) / count))}-0000-0000-0000-000000000000`,
    last: `${hex(Math.floor(((k + 1) * 2 ** 32) / count) - 1)}-ffff-ffff-ffff-ffffffffffff`,
  }));
}

const ALL_PATIENTS: PatientShard = patientShards(1)[0];

/** The ten shared parameters, in order. */
export function sqlParams(input: MeasureSqlInput, measureIds: readonly MeasureId[], shard: PatientShard = ALL_PATIENTS): unknown[] {
  const periodStart = new Date(startOfLocalDay(input.from, input.timezone)).toISOString();
  const periodEnd = new Date(startOfLocalDay(addDays(input.to, 1), input.timezone)).toISOString();
  // N business days never span more than 2N + 4 calendar days, plus one per holiday.
  const maxDays = Math.max(0, ...measureIds.map((id) => businessDaysOf(measureById(id).rule.numerator)));
  const margin = 2 * maxDays + 10 + input.holidays.length;
  return [input.practiceId, input.from, input.to, input.timezone, [...input.holidays], periodStart, periodEnd, margin, shard.first, shard.last];
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
/** The instant's local date is in the period. */
const inPeriod = (instant: string): string => `${instant} >= $6::timestamptz AND ${instant} < $7::timestamptz`;
/** The patient is in the shard being counted. */
const inShard = (patientId: string): string => `${patientId} BETWEEN $9::uuid AND $10::uuid`;

const deadlineKey = (d: Deadline): string => (d.kind === 'hours' ? `h${int(d.hours)}` : `bd${int(d.days)}`);

/**
 * Named CTEs in dependency order: a fragment adds what it needs before itself; each is added once.
 * Knows up front which access and summary deadlines the query's measures use: they are columns of
 * the patients-seen and office-visits denominators.
 */
class Query {
  // Names every shared parameter with its type: a query whose measures need no calendar (say) would
  // otherwise leave $5 or $8 unused, and PostgreSQL refuses parameters whose type it cannot infer.
  private readonly parts = new Map<string, string>([
    ['params', 'SELECT $1::uuid, $2::date, $3::date, $4::text, $5::date[], $6::timestamptz, $7::timestamptz, $8::int, $9::uuid, $10::uuid'],
  ]);

  private readonly materialized = new Set<string>();
  private readonly inlined = new Set<string>();
  readonly access = new Map<string, Deadline>();
  readonly summary = new Map<string, Deadline>();
  /**
   * Denominator CTE -> a CTE of its practice-level members (`member_id`, the union over EPs), where
   * a rollup holds it: counting those beats grouping every (EP, member) row by member.
   */
  readonly practiceLevel = new Map<string, string>();

  constructor(measureIds: readonly MeasureId[]) {
    for (const id of measureIds) {
      const { numerator } = measureById(id).rule;
      if (numerator.kind === 'access_granted') this.access.set(deadlineKey(numerator.within), numerator.within);
      if (numerator.kind === 'summary_provided') this.summary.set(deadlineKey(numerator.within), numerator.within);
    }
  }

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

  /**
   * Read where it is used, however many times: an index-only scan is cheaper than writing the rows
   * to a temporary store and reading them back, and lets each use run in parallel workers.
   */
  addInlined(name: string, sql: string): string {
    this.inlined.add(name);
    return this.add(name, sql);
  }

  sql(): string {
    const mode = (name: string) => (this.materialized.has(name) ? 'MATERIALIZED ' : this.inlined.has(name) ? 'NOT MATERIALIZED ' : '');
    return [...this.parts].map(([name, body]) => `${name} AS ${mode(name)}(${body})`).join(',\n');
  }
}

// --- shared fragments --------------------------------------------------------------------------

/** EPs: staff users imported as providers. */
function eps(c: Query): string {
  return c.add('eps', `SELECT id FROM staff_user WHERE practice_id = $1 AND external_id IS NOT NULL`);
}

/**
 * The rows of `sql` whose provider_id is an EP. The filter comes after `sql` is computed (OFFSET 0
 * keeps it out): inside, the planner may turn it into one index scan per EP, 5x slower than
 * scanning the period once.
 */
function ofEps(c: Query, sql: string): string {
  eps(c);
  return `SELECT * FROM (${sql} OFFSET 0) r WHERE r.provider_id IN (SELECT id FROM eps)`;
}

/**
 * Office visits dated in the period, with their facts (migration 1764300000000): the earliest access
 * grant covering the visit and the earliest summary for it. Deadlines are "done by", so some event
 * is on time exactly when the earliest one is. An index-only scan; its users keep the EPs' visits.
 */
function periodVisits(c: Query): string {
  return c.addInlined(
    'period_visits',
    `SELECT e.id, e.patient_id, e.provider_id, e.date, e.info_available_at, e.first_access_at, e.first_summary_at FROM encounter e
      WHERE e.practice_id = $1 AND e.kind = 'office_visit' AND e.date BETWEEN $2::date AND $3::date AND ${inShard('e.patient_id')}`,
  );
}

/** Clock starts this many days either side of the period are looked up in the calendar arrays. */
const CALENDAR_PAD_DAYS = 366;

/**
 * Business-day calendar as one row `cal (lo, k_by_day, bd_by_k)`: every local date from a year
 * before the period to a year after it, `k_by_day[d - lo + 1]` = number of business days on or
 * before d, `bd_by_k[k]` = the k-th business day. "N business days after D" is
 * `bd_by_k[k(D) + N]`: two array lookups per row instead of two joins. A clock starting outside
 * the calendar (a note signed over a year from its visit) falls back to
 * `engagement_business_days_after` (migration 1764300000000), which counts the days.
 */
function calendar(c: Query): string {
  return c.add(
    'cal',
    `SELECT min(day) AS lo, array_agg(k ORDER BY day) AS k_by_day, array_agg(day ORDER BY day) FILTER (WHERE is_bd) AS bd_by_k
       FROM (SELECT day, is_bd, sum(is_bd::int) OVER (ORDER BY day) AS k
               FROM (SELECT d::date AS day, (extract(isodow FROM d) < 6 AND NOT (d::date = ANY($5::date[]))) AS is_bd
                       FROM generate_series(($2::date - ${CALENDAR_PAD_DAYS})::timestamp, ($3::date + ${CALENDAR_PAD_DAYS} + $8::int)::timestamp,
                                            interval '1 day') AS d) days) numbered`,
  );
}

/**
 * Whether `doneAt` (an instant, null = never) is on time for a clock started at `startAt` (an
 * instant) on local day `startDay`; null counts as late. Business-day rules need `cal` in scope.
 */
function timely(deadline: Deadline, startAt: string, startDay: string, doneAt: string): string {
  if (deadline.kind === 'hours') return `COALESCE(${doneAt} <= ${startAt} + interval '${int(deadline.hours)} hours', false)`;
  const n = int(deadline.days);
  const day = `(${startDay})`;
  const due = `COALESCE(cal.bd_by_k[cal.k_by_day[${day} - cal.lo + 1] + ${n}], engagement_business_days_after(${day}, ${n}, $5::date[]))`;
  return `COALESCE(${localDate(doneAt)} <= ${due}, false)`;
}

/** `, cal` when any of the deadlines counts business days. */
function calendarFor(c: Query, deadlines: Iterable<Deadline>): string {
  if (![...deadlines].some((d) => d.kind === 'business_days')) return '';
  return `, ${calendar(c)}`;
}

function copyRequests(c: Query): string {
  return c.add(
    'copy_requests',
    `SELECT patient_id, at, ${localDate('at')} AS day FROM engagement_event
      WHERE practice_id = $1 AND type = 'copy_requested' AND ${inPeriod('at')} AND ${inShard('patient_id')}`,
  );
}

/** "Patients of the EP" restricted to `filter` (a query of patient ids): an office visit on or before `to`, or primary EP. */
function patientsOf(c: Query, filter: string): string {
  eps(c);
  return `SELECT e.provider_id, e.patient_id AS member_id FROM encounter e
           WHERE e.practice_id = $1 AND e.kind = 'office_visit' AND e.date <= $3::date
             AND e.provider_id IN (SELECT id FROM eps) AND e.patient_id IN (${filter})
          UNION
          SELECT p.primary_physician_id, p.id FROM patient p
           WHERE p.practice_id = $1 AND p.primary_physician_id IN (SELECT id FROM eps) AND p.id IN (${filter})`;
}

/** Whether the summary of visit `v` came in time, per summary deadline of the query: [key, SQL]. */
const summaryFlags = (c: Query): [string, string][] =>
  [...c.summary].map(([key, d]) => [`summary_${key}`, timely(d, 'NULL', 'v.date', 'v.first_summary_at')]);

/**
 * Unique patients seen, one row per (EP, patient), with a column per access deadline of the query
 * (every office visit of the patient with the EP in the period was covered in time), and the pair's
 * visit count and timely summaries: per-visit figures are sums of these (`visitCounts`).
 */
function patientsSeen(c: Query): string {
  periodVisits(c);
  const cal = calendarFor(c, [...c.access.values(), ...c.summary.values()]);
  const access = [...c.access].map(
    ([key, d]) => `, bool_and(${timely(d, 'v.info_available_at', localDate('v.info_available_at'), 'v.first_access_at')}) AS access_${key}`,
  );
  const summaries = summaryFlags(c).map(([name, flag]) => `, (count(*) FILTER (WHERE ${flag}))::int AS ${name}`);
  return c.add(
    'den_seen',
    ofEps(c, `SELECT v.provider_id, v.patient_id AS member_id, count(*)::int AS visits${access.join('')}${summaries.join('')} FROM period_visits v${cal} GROUP BY 1, 2`),
  );
}

/** The EP's office visits in the period, with a column per summary deadline of the query. */
function officeVisits(c: Query): string {
  periodVisits(c);
  const cal = calendarFor(c, c.summary.values());
  const flags = summaryFlags(c).map(([name, flag]) => `, ${flag} AS ${name}`);
  return c.add('den_visits', ofEps(c, `SELECT v.provider_id, v.id AS member_id${flags.join('')} FROM period_visits v${cal}`));
}

// --- one fragment per rule kind -----------------------------------------------------------------

/** A CTE of (provider_id, member_id), each pair once. */
function denominator(c: Query, rule: DenominatorRule): string {
  switch (rule.kind) {
    case 'patients_seen':
      return patientsSeen(c);
    case 'office_visits':
      return officeVisits(c);
    case 'copy_requesters':
      copyRequests(c);
      return c.add('den_copy_requesters', patientsOf(c, 'SELECT patient_id FROM copy_requests'));
    case 'patients_by_age': {
      const [atLeast, atMost] = [int(rule.atLeast), int(rule.atMost)];
      const age = `extract(year FROM age($2::date, birth_date))`;
      const band = c.add(
        `age_band_${atLeast}_${atMost}`,
        `SELECT id FROM patient WHERE practice_id = $1 AND ${inShard('id')} AND birth_date <= $2::date AND (${age} >= ${atLeast} OR ${age} <= ${atMost})`,
      );
      return c.add(`den_age_${atLeast}_${atMost}`, patientsOf(c, `SELECT id FROM ${band}`));
    }
    case 'repeat_visit_patients': {
      const [visits, months] = [int(rule.minVisits), int(rule.lookbackMonths)];
      eps(c);
      if (visits === REPEAT_SPAN.minVisits && months === REPEAT_SPAN.lookbackMonths) {
        // (EP, patient) pairs whose repeat visits cover `from`: spans are disjoint per pair, so each
        // pair once; and patients over all EPs, likewise.
        const name = `den_repeat_${visits}_${months}`;
        c.practiceLevel.set(
          name,
          c.add(
            `${name}_practice`,
            `SELECT s.patient_id AS member_id FROM repeat_visit_patient_span s
              WHERE s.practice_id = $1 AND s.through >= $2::date AND s.after < $2::date AND ${inShard('s.patient_id')}`,
          ),
        );
        return c.add(
          name,
          ofEps(
            c,
            `SELECT s.provider_id, s.patient_id AS member_id FROM repeat_visit_span s
              WHERE s.practice_id = $1 AND s.through >= $2::date AND s.after < $2::date AND ${inShard('s.patient_id')}`,
          ),
        );
      }
      // date - interval clamps to the month's end (2016-02-29 - 24 months = 2014-02-28), like the reference.
      return c.add(
        `den_repeat_${visits}_${months}`,
        `SELECT e.provider_id, e.patient_id AS member_id FROM encounter e
          WHERE e.practice_id = $1 AND e.kind = 'office_visit' AND e.provider_id IN (SELECT id FROM eps) AND ${inShard('e.patient_id')}
            AND e.date >= ($2::date - interval '${months} months')::date AND e.date < $2::date
          GROUP BY e.provider_id, e.patient_id HAVING count(*) >= ${visits}`,
      );
    }
  }
}

/** A CTE of member_id (and provider_id when per EP), each key once. */
interface NumeratorCte {
  /** Unique per numerator rule; `cte()` adds the CTE (under this name) when a query joins it. */
  name: string;
  cte(): string;
  /** The CTE has a provider_id column and membership needs the same EP, not just the same member. */
  perProvider: boolean;
  /**
   * The numerator is a boolean column of CTE `of`: of the denominator itself (no join at all), or
   * of a CTE keyed like the numerator that other numerators share (joined once for all of them).
   */
  column?: { of: string; name: string };
}

function numerator(c: Query, rule: NumeratorRule): NumeratorCte {
  const lazy = (name: string, perProvider: boolean, sql: () => string, column?: NumeratorCte['column']): NumeratorCte => ({
    name,
    perProvider,
    column,
    cte: () => {
      const body = sql(); // adds what the numerator needs first
      return c.addMaterialized(name, body);
    },
  });
  switch (rule.kind) {
    case 'copy_provided':
      return lazy(`num_copy_${deadlineKey(rule.within)}`, false, () => {
        copyRequests(c);
        const cal = calendarFor(c, [rule.within]);
        return `SELECT r.patient_id AS member_id FROM copy_requests r${cal}
                 GROUP BY r.patient_id
                HAVING bool_and(EXISTS (SELECT 1 FROM engagement_event x
                         WHERE x.patient_id = r.patient_id AND x.type = 'copy_provided' AND x.at >= r.at
                           AND ${timely(rule.within, 'r.at', 'r.day', 'x.at')}))`;
      });
    case 'summary_provided': {
      const den = officeVisits(c);
      const column = `summary_${deadlineKey(rule.within)}`;
      return lazy(`num_${column}`, false, () => `SELECT member_id FROM ${den} WHERE ${column}`, { of: den, name: column });
    }
    case 'access_granted': {
      const den = patientsSeen(c);
      const column = `access_${deadlineKey(rule.within)}`;
      return lazy(`num_${column}`, true, () => `SELECT provider_id, member_id FROM ${den} WHERE ${column}`, { of: den, name: column });
    }
    case 'reminder_sent':
    case 'portal_activity': {
      const type = rule.kind === 'reminder_sent' ? 'reminder_sent' : 'portal_activity';
      return lazy(
        `num_${type}`,
        false,
        () => `SELECT DISTINCT patient_id AS member_id FROM engagement_event
                WHERE practice_id = $1 AND type = '${type}' AND ${inPeriod('at')} AND ${inShard('patient_id')}`,
      );
    }
    case 'education_provided':
      return lazy(
        'num_education',
        true,
        () => `SELECT DISTINCT provider_id, patient_id AS member_id FROM engagement_event
                WHERE practice_id = $1 AND type = 'education_provided' AND ${inPeriod('at')} AND ${inShard('patient_id')}`,
      );
    case 'secure_message': {
      const pairs = messagePairs(c);
      const column = rule.direction === 'from_patient' ? 'from_patient' : 'to_patient';
      return lazy(`num_message_${rule.direction}`, true, () => `SELECT provider_id, member_id FROM ${pairs} WHERE ${column}`, { of: pairs, name: column });
    }
  }
}

/**
 * (EP, patient) pairs with portal messages in the period, and in which direction, from
 * `message_fact` (migration 1764300000000, kept by triggers): one row per message that counts, from
 * the patient (author 'patient') or to them (a staff reply; internal notes and automatic system
 * messages are not there), with its EP: the thread's assigned physician, else the patient's primary
 * physician. A non-EP counts for nobody (it matches no denominator).
 */
function messagePairs(c: Query): string {
  return c.addMaterialized(
    'message_pairs',
    `SELECT provider_id, patient_id AS member_id, bool_or(from_patient) AS from_patient, bool_or(NOT from_patient) AS to_patient
       FROM message_fact WHERE practice_id = $1 AND ${inPeriod('sent_at')} AND ${inShard('patient_id')}
      GROUP BY 1, 2`,
  );
}

function checkedRule(id: MeasureId) {
  if (!/^[a-z0-9-]+$/.test(id)) throw new RangeError(`unexpected measure id ${id}`);
  return measureById(id).rule;
}

/** Membership rows (measure_id, provider_id, member_id, in_num) of the given measures, as CTEs ending in `members`. */
function membership(measureIds: readonly MeasureId[]): string {
  const c = new Query(measureIds);
  const parts = measureIds.map((id) => {
    const rule = checkedRule(id);
    const den = denominator(c, rule.denominator);
    const num = numerator(c, rule.numerator);
    const sameEp = num.perProvider ? ' AND n.provider_id = d.provider_id' : '';
    // A join, not a correlated EXISTS: each numerator CTE is computed once and hash-joined. Numerator
    // CTEs hold each key once, so the join never multiplies denominator rows.
    return `SELECT '${id}'::text AS measure_id, d.provider_id, d.member_id, (n.member_id IS NOT NULL) AS in_num
              FROM ${den} d LEFT JOIN ${num.cte()} n ON n.member_id = d.member_id${sameEp}`;
  });
  c.add('members', parts.join('\nUNION ALL\n'));
  return `WITH ${c.sql()}`;
}

/**
 * The rows of denominator `den` with a boolean column per numerator: a column of `den` itself, or a
 * LEFT JOIN (one per joined CTE, shared by the numerators that read it). `perEp`: `den` has a
 * provider_id column, matched by per-EP numerators.
 */
function flagged(den: string, numerators: readonly { flag: string; num: NumeratorCte }[], perEp: boolean): string {
  const columns: string[] = [];
  const aliases = new Map<string, string>(); // joined CTE -> its alias
  const joins: string[] = [];
  for (const { flag, num } of numerators) {
    if (num.column?.of === den) {
      columns.push(`d.${num.column.name} AS ${flag}`);
      continue;
    }
    const source = num.column?.of ?? num.cte();
    let alias = aliases.get(source);
    if (alias === undefined) {
      alias = `n${aliases.size}`;
      aliases.set(source, alias);
      const sameEp = perEp && num.perProvider ? ` AND ${alias}.provider_id = d.provider_id` : '';
      joins.push(`LEFT JOIN ${source} ${alias} ON ${alias}.member_id = d.member_id${sameEp}`);
    }
    columns.push(num.column ? `COALESCE(${alias}.${num.column.name}, false) AS ${flag}` : `(${alias}.member_id IS NOT NULL) AS ${flag}`);
  }
  return `SELECT ${perEp ? 'd.provider_id, ' : ''}d.member_id, ${columns.join(', ')} FROM ${den} d ${joins.join(' ')}`;
}

/**
 * Rows (measure_id, provider_id = EP's external id or null for the practice, denominator, numerator).
 *
 * Measures that share a denominator are counted together: one row per member of that denominator
 * with a flag per numerator ("wide" rows), counted per EP with `count(*) FILTER`, and for the
 * practice per member first (`bool_or` over its EPs: the union over EPs), then counted. So each
 * denominator is read twice, whatever the number of measures on it.
 */
export function reportSql(measureIds: readonly MeasureId[]): string {
  const c = new Query(measureIds);
  type Group = {
    flags: Map<string, { flag: string; num: NumeratorCte }>;
    measures: { id: MeasureId; flag: string }[];
    /** Each member belongs to one EP (visits): the practice's counts are the sum of the EPs'. */
    onePerMember: boolean;
  };
  const groups = new Map<string, Group>();
  for (const id of measureIds) {
    const rule = checkedRule(id);
    const den = denominator(c, rule.denominator);
    const num = numerator(c, rule.numerator);
    const group: Group = groups.get(den) ?? { flags: new Map(), measures: [], onePerMember: rule.denominator.kind === 'office_visits' };
    groups.set(den, group);
    const flag = group.flags.get(num.name)?.flag ?? `f${group.flags.size}`;
    group.flags.set(num.name, { flag, num });
    group.measures.push({ id, flag });
  }
  const selects: string[] = [];
  [...groups].forEach(([den, { flags, measures, onePerMember }], g) => {
    const wide = c.add(`wide_${g}`, flagged(den, [...flags.values()], true));
    const names = [...flags.values()].map((f) => f.flag);
    const counts = names.map((f) => `(count(*) FILTER (WHERE ${f}))::int AS ${f}`).join(', ');
    const unpivot = `CROSS JOIN LATERAL (VALUES ${measures.map((m) => `('${m.id}', a.den, a.${m.flag})`).join(', ')}) AS x(measure_id, denominator, numerator)`;
    // Per-visit measures whose numerators are all summaries: sums of the per-pair counts, no second
    // pass over the visits.
    const fromPairs = onePerMember && [...flags.values()].every(({ num }) => num.column?.of === den && num.column.name.startsWith('summary_'));
    const perEp = c.add(
      `counts_${g}`,
      fromPairs
        ? `SELECT provider_id, sum(visits)::int AS den, ${[...flags.values()].map(({ flag, num }) => `sum(${num.column?.name})::int AS ${flag}`).join(', ')}
             FROM ${patientsSeen(c)} GROUP BY provider_id`
        : `SELECT provider_id, count(*)::int AS den, ${counts} FROM ${wide} GROUP BY provider_id`,
    );
    // The practice: a sum when members have one EP each; a count of the practice-level members when
    // a rollup has them and every numerator is per patient; else each member's flags over its EPs.
    const practiceDen = c.practiceLevel.get(den);
    const practice = onePerMember
      ? `SELECT COALESCE(sum(den), 0)::int AS den, ${names.map((f) => `COALESCE(sum(${f}), 0)::int AS ${f}`).join(', ')} FROM ${perEp}`
      : practiceDen && [...flags.values()].every(({ num }) => !num.perProvider)
        ? `SELECT count(*)::int AS den, ${counts} FROM (${flagged(practiceDen, [...flags.values()], false)}) m`
        : `SELECT count(*)::int AS den, ${counts}
             FROM (SELECT member_id, ${names.map((f) => `bool_or(${f}) AS ${f}`).join(', ')} FROM ${wide} GROUP BY member_id) m`;
    selects.push(
      `SELECT x.measure_id, s.external_id AS provider_id, x.denominator, x.numerator
         FROM ${perEp} a JOIN staff_user s ON s.id = a.provider_id ${unpivot}`,
      `SELECT x.measure_id, NULL::text, x.denominator, x.numerator FROM (${practice}) a ${unpivot}`,
    );
  });
  return `WITH ${c.sql()}\n${selects.join('\nUNION ALL\n')}`;
}

const SET_FILTER: Record<DrillDownSet, string> = {
  denominator: 'true',
  numerator: 'in_num',
  gap: 'NOT in_num',
};

/**
 * One page of a drill-down set, sorted by external id in code-unit order ("C" collation).
 * Extra parameters: $11 EP external id (null: the practice), $12 limit (null: all), $13 offset.
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
       WHERE $11::text IS NULL OR provider_id = (SELECT id FROM staff_user WHERE practice_id = $1 AND external_id = $11::text)
       GROUP BY member_id),
    chosen AS (SELECT member_id FROM scoped WHERE ${SET_FILTER[set]})
    SELECT t.total, x.* FROM (SELECT count(*)::int AS total FROM chosen) t
      LEFT JOIN LATERAL (${page} LIMIT $12::int OFFSET $13::int) x ON true`;
}

/** Which EPs exist and which had an office visit in the period (the others are excluded). */
export const PROVIDERS_SQL = `
  SELECT s.external_id AS id, s.display_name AS name,
         EXISTS (SELECT 1 FROM encounter e WHERE e.provider_id = s.id AND e.kind = 'office_visit'
                    AND e.date BETWEEN $2::date AND $3::date) AS active
    FROM staff_user s
   WHERE s.practice_id = $1 AND s.external_id IS NOT NULL
   ORDER BY s.external_id COLLATE "C"`;
