/**
 * The Operations report in SQL. Parameters: $1 practice id, $2 first date, $3 last date (both
 * practice-local, inclusive), $4 the practice's IANA time zone. Definitions: README.md here.
 */

/** The period as instants: from local midnight of the first date to local midnight after the last. */
const BOUNDS = `bounds AS (
  SELECT ($2::date)::timestamp AT TIME ZONE $4 AS start_at,
         ($3::date + 1)::timestamp AT TIME ZONE $4 AS end_at
)`;

/** Non-internal replies by staff: what a patient reads (system safety replies and staff notes excluded). */
const patientFacingStaff = (alias: string) => `${alias}.author = 'staff' AND NOT ${alias}.internal`;

/**
 * One row per group: overall, per category, per current pool, per first responder. The cohort is
 * every thread whose first patient message arrived in the period; unanswered threads have null
 * minutes, which percentile_cont and count(minutes) skip.
 */
export const RESPONSE_TIMES_SQL = `
WITH ${BOUNDS},
started AS (
  SELECT m.thread_id, min(m.received_at) AS started_at
  FROM message m
  WHERE m.practice_id = $1 AND m.author = 'patient'
  GROUP BY m.thread_id
  HAVING min(m.received_at) >= (SELECT start_at FROM bounds) AND min(m.received_at) < (SELECT end_at FROM bounds)
),
cohort AS (
  SELECT t.category, t.pool, t.status, t.due_at, first.sent_at AS responded_at, first.author_staff_id AS responder_id,
         extract(epoch FROM first.sent_at - s.started_at)::float8 / 60 AS minutes,
         EXISTS (
           SELECT 1 FROM message p
           WHERE p.thread_id = t.id AND ${patientFacingStaff('p')} AND p.author_role = 'physician'
         ) AS physician_replied
  FROM started s
  JOIN thread t ON t.id = s.thread_id
  LEFT JOIN LATERAL (
    SELECT r.sent_at, r.author_staff_id FROM message r
    WHERE r.thread_id = t.id AND ${patientFacingStaff('r')} AND r.sent_at >= s.started_at
    ORDER BY r.sent_at, r.id
    LIMIT 1
  ) first ON true
),
groups AS (
  SELECT GROUPING(category) = 0 AS by_category, GROUPING(pool) = 0 AS by_pool, GROUPING(responder_id) = 0 AS by_responder,
         category, pool, responder_id,
         count(*)::int AS threads,
         count(minutes)::int AS answered,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY minutes) AS median_minutes,
         percentile_cont(0.9) WITHIN GROUP (ORDER BY minutes) AS p90_minutes,
         count(*) FILTER (WHERE responded_at <= due_at)::int AS sla_met,
         count(*) FILTER (WHERE responded_at > due_at OR (responded_at IS NULL AND due_at < now()))::int AS sla_missed,
         count(*) FILTER (WHERE responded_at IS NULL AND due_at >= now())::int AS sla_pending,
         count(*) FILTER (WHERE status = 'closed')::int AS closed,
         count(*) FILTER (WHERE status = 'closed' AND NOT physician_replied)::int AS closed_without_physician
  FROM cohort
  GROUP BY GROUPING SETS ((), (category), (pool), (responder_id))
)
SELECT g.*, su.display_name AS responder_name, su.role AS responder_role
FROM groups g
LEFT JOIN staff_user su ON su.id = g.responder_id
ORDER BY g.category, g.pool, su.display_name, g.responder_id`;

/**
 * Patient messages received per local date, and the backlog at the end of each date. A thread is
 * open from its first patient message until closed_at; a patient message after closed_at reopens
 * it. Each start, close and reopening is a +1/-1 change; the backlog is their running sum, with
 * every change before the period folded into the day before it (the opening backlog). The extra
 * first row (that day) is dropped by the caller.
 */
export const DAYS_SQL = `
WITH ${BOUNDS},
spans AS (
  SELECT min(m.received_at) AS started_at, t.closed_at,
         min(m.received_at) FILTER (WHERE m.received_at > t.closed_at) AS reopened_at
  FROM thread t
  JOIN message m ON m.thread_id = t.id AND m.author = 'patient'
  WHERE t.practice_id = $1
  GROUP BY t.id
),
changes AS (
  SELECT started_at AS at, 1 AS delta FROM spans
  UNION ALL SELECT closed_at, -1 FROM spans WHERE closed_at IS NOT NULL
  UNION ALL SELECT reopened_at, 1 FROM spans WHERE reopened_at IS NOT NULL
),
net AS (
  SELECT GREATEST((c.at AT TIME ZONE $4)::date, $2::date - 1) AS date, sum(c.delta) AS delta
  FROM changes c
  WHERE c.at < (SELECT end_at FROM bounds)
  GROUP BY 1
),
received AS (
  SELECT (m.received_at AT TIME ZONE $4)::date AS date, count(*) AS n
  FROM message m
  WHERE m.practice_id = $1 AND m.author = 'patient'
    AND m.received_at >= (SELECT start_at FROM bounds) AND m.received_at < (SELECT end_at FROM bounds)
  GROUP BY 1
)
SELECT to_char(d.date, 'YYYY-MM-DD') AS date,
       coalesce(r.n, 0)::int AS received,
       (sum(coalesce(n.delta, 0)) OVER (ORDER BY d.date))::int AS backlog
FROM (SELECT day::date AS date FROM generate_series($2::date - 1, $3::date, interval '1 day') day) d
LEFT JOIN net n ON n.date = d.date
LEFT JOIN received r ON r.date = d.date
ORDER BY d.date`;

export const BACKLOG_NOW_SQL = `SELECT count(*)::int AS open FROM thread WHERE practice_id = $1 AND status <> 'closed'`;

/** Patient-facing replies physicians sent in the period (the role they replied in). */
const PHYSICIAN_REPLIES = `${BOUNDS},
replies AS (
  SELECT m.id, m.thread_id, m.author_staff_id AS staff_id, (m.sent_at AT TIME ZONE $4)::date AS date
  FROM message m
  WHERE m.practice_id = $1 AND ${patientFacingStaff('m')} AND m.author_role = 'physician'
    AND m.sent_at >= (SELECT start_at FROM bounds) AND m.sent_at < (SELECT end_at FROM bounds)
)`;

export const PHYSICIAN_DAILY_SQL = `
WITH ${PHYSICIAN_REPLIES}
SELECT staff_id, to_char(date, 'YYYY-MM-DD') AS date, count(*)::int AS replies
FROM replies
GROUP BY staff_id, date`;

/** Batch mode sends elapsedMs with each reply; it lands in the reply's `thread.replied` audit row. */
export const PHYSICIAN_BATCH_SQL = `
WITH ${PHYSICIAN_REPLIES}
SELECT r.staff_id,
       count(*)::int AS messages,
       sum(e.ms)::float8 AS spent_ms,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY e.ms / 1000) AS median_seconds
FROM replies r
JOIN audit_event a ON a.thread_id = r.thread_id AND a.action = 'thread.replied' AND a.details->>'messageId' = r.id::text
CROSS JOIN LATERAL (SELECT (a.details->>'elapsedMs')::float8 AS ms) e
WHERE e.ms IS NOT NULL
GROUP BY r.staff_id`;

/** Every active physician, and anyone who replied as one in the period ($2) even if gone since. */
export const PHYSICIANS_SQL = `
SELECT id, display_name AS name, role FROM staff_user
WHERE practice_id = $1 AND ((role = 'physician' AND active) OR id = ANY($2::uuid[]))
ORDER BY display_name, id`;
