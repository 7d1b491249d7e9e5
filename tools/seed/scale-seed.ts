/**
 * Fills a PostgreSQL database with the scale dataset (scale-sql.ts): create the database, run the
 * app's migrations, drop the secondary indexes, load every table in batches with a progress bar,
 * rebuild the indexes, VACUUM ANALYZE. The database's comment records what was generated, so a
 * second run with the same sizes is a no-op and the bench knows the period to ask for.
 */
import { hash } from 'argon2';
import { Client } from 'pg';
import { runAppMigrations } from './app-migrations';
import { Progress, type ProgressStream } from './progress';
import { ADMIN_EMAIL, ADMIN_PASSWORD, dayBatches, GENERATOR_VERSION, scalePlan, TIMEZONE, type ScalePlan } from './scale-plan';
import type { ScaleOptions } from './scale-options';
import { ScaleSql, type Step } from './scale-sql';

const MARKER = 'carequeue-scale-seed:';
/** Tables the load writes in bulk: their plain indexes are dropped first and rebuilt at the end. */
const BULK_TABLES = ['patient', 'encounter', 'engagement_event', 'thread', 'message'];
const BATCH_ROWS = 60_000;

/** What the database comment records. */
export interface SeedRecord {
  version: number;
  params: Pick<ScaleOptions, 'patients' | 'providers' | 'visits' | 'events' | 'messages' | 'seed' | 'end' | 'days'>;
  status: 'loading' | 'complete';
  start?: string;
  timezone?: string;
  /** The administrator the bench signs in as (a benchmark database: fixed, documented credentials). */
  admin?: { email: string; password: string };
  counts?: Record<string, number>;
  phases?: { name: string; seconds: number; rows: number }[];
  seededAt?: string;
}

export interface SeedResult {
  skipped: boolean;
  record: SeedRecord;
  databaseName: string;
  sizeBytes: number;
  totalSeconds: number;
}

export function paramsOf(o: ScaleOptions): SeedRecord['params'] {
  return { patients: o.patients, providers: o.providers, visits: o.visits, events: o.events, messages: o.messages, seed: o.seed, end: o.end, days: o.days };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseNameOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!name) throw new Error(`DATABASE_URL names no database: ${url}`);
  return name;
}

async function withClient<T>(url: string, run: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** The seed record of a database, null when it has none; undefined when the database does not exist. */
export async function readSeedRecord(url: string): Promise<SeedRecord | null | undefined> {
  const name = databaseNameOf(url);
  return withClient(withDatabase(url, 'postgres'), async (admin) => {
    const { rows } = await admin.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [name],
    );
    if (rows.length === 0) return undefined;
    const comment = rows[0].comment;
    if (!comment?.startsWith(MARKER)) return null;
    try {
      return JSON.parse(comment.slice(MARKER.length)) as SeedRecord;
    } catch {
      return null;
    }
  });
}

async function writeRecord(client: Client, name: string, record: SeedRecord): Promise<void> {
  const literal = `${MARKER}${JSON.stringify(record)}`.replace(/'/g, "''");
  await client.query(`COMMENT ON DATABASE ${client.escapeIdentifier(name)} IS '${literal}'`);
}

const sameParams = (a: SeedRecord['params'], b: SeedRecord['params']) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Makes sure the database exists and is ours to fill: a database this seed made is dropped and
 * recreated; an empty one is used; any other is refused, so a mistyped DATABASE_URL never wipes data.
 */
async function prepareDatabase(url: string, existing: SeedRecord | null | undefined): Promise<void> {
  const name = databaseNameOf(url);
  if (existing === null) {
    const tables = await withClient(url, (c) =>
      c.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`).then((r) => r.rows[0].n),
    );
    if (tables > 0) {
      throw new Error(`database ${name} already holds tables that seed:scale did not make; point DATABASE_URL at another database`);
    }
    return;
  }
  await withClient(withDatabase(url, 'postgres'), async (admin) => {
    if (existing !== undefined) await admin.query(`DROP DATABASE ${admin.escapeIdentifier(name)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  });
}

export interface SeedIo {
  progress: ProgressStream;
  log(line: string): void;
}

export async function seedScale(options: ScaleOptions, io: SeedIo): Promise<SeedResult> {
  const started = Date.now();
  const url = options.databaseUrl;
  const name = databaseNameOf(url);
  const params = paramsOf(options);
  const existing = await readSeedRecord(url);
  if (existing && existing.status === 'complete' && existing.version === GENERATOR_VERSION && sameParams(existing.params, params) && !options.force) {
    // Still bring the schema up to date (a migration added since the seed backfills its own rollups).
    await runAppMigrations(url);
    const sizeBytes = await withClient(url, (c) => c.query<{ size: string }>(`SELECT pg_database_size(current_database()) AS size`)).then((r) => Number(r.rows[0].size));
    return { skipped: true, record: existing, databaseName: name, sizeBytes, totalSeconds: (Date.now() - started) / 1000 };
  }

  await prepareDatabase(url, existing);
  const plan = scalePlan(options);
  const phases: { name: string; seconds: number; rows: number }[] = [];
  const migrateProgress = new Progress('migrations', 1, io.progress, 'steps');
  const applied = await runAppMigrations(url);
  migrateProgress.add(1);
  phases.push({ name: 'migrations', seconds: migrateProgress.finish(), rows: applied.length });

  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const record: SeedRecord = { version: GENERATOR_VERSION, params, status: 'loading' };
    await writeRecord(client, name, record);
    await load(client, plan, io, phases);
    const counts = await countRows(client);
    Object.assign(record, {
      status: 'complete',
      start: plan.start,
      timezone: TIMEZONE,
      admin: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
      counts,
      phases,
      seededAt: new Date().toISOString(),
    });
    await writeRecord(client, name, record);
    const { rows } = await client.query<{ size: string }>(`SELECT pg_database_size(current_database()) AS size`);
    return { skipped: false, record, databaseName: name, sizeBytes: Number(rows[0].size), totalSeconds: (Date.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}

async function load(client: Client, plan: ScalePlan, io: SeedIo, phases: { name: string; seconds: number; rows: number }[]): Promise<void> {
  const sql = new ScaleSql(plan);
  const o = plan.options;
  for (const statement of sql.session()) await client.query(statement);
  const days = sql.days();
  await client.query(days.sql, days.params);

  const run = async (statement: Step): Promise<number> => {
    const result = await client.query(statement.sql);
    const inserts = (Array.isArray(result) ? result : [result]).filter((r) => r.command === 'INSERT');
    // Statements that insert nothing (index builds) count as the units they announced.
    return inserts.length ? inserts.reduce((n, r) => n + (r.rowCount ?? 0), 0) : statement.rows;
  };
  const phase = async (label: string, total: number, steps: Iterable<Step> | (() => AsyncIterable<Step>), unit = 'rows') => {
    const progress = new Progress(label, total, io.progress, unit);
    let rows = 0;
    const iterable = typeof steps === 'function' ? steps() : steps;
    for await (const step of iterable) {
      const written = await run(step);
      rows += written;
      progress.add(written);
    }
    phases.push({ name: label, seconds: progress.finish(), rows });
    return rows;
  };

  // Secondary indexes: dropped now, rebuilt once the rows are in (much faster than row by row).
  const { rows: indexes } = await client.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relname = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
      ORDER BY 1`,
    [BULK_TABLES],
  );
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);

  const adminHash = await hash(ADMIN_PASSWORD, { type: 2 });
  await phase('practice and staff', 1 + plan.eps.length + plan.staff.length, [sql.practice(), sql.staff(adminHash)]);
  await phase('patients', o.patients, ranges(o.patients, 100_000).map(([lo, hi]) => sql.patients(lo, hi)));

  const visitBatches = dayBatches(plan.days, (d) => d.visitHi - d.visitLo, BATCH_ROWS);
  await phase('encounters', o.visits, visitBatches.map((b) => sql.encounters(b.from, b.to, b.items)));
  const e = plan.events;
  const perVisit = e.grantRate + 0.93 * (e.summaryRate + e.educationRate);
  const visitEvents = await phase(
    'events: per visit',
    Math.round(o.visits * perVisit),
    dayBatches(plan.days, (d) => d.visitHi - d.visitLo, Math.round(BATCH_ROWS / Math.max(perVisit, 0.1))).map((b) =>
      sql.visitEvents(b.from, b.to, Math.round(b.items * perVisit)),
    ),
  );
  const otherEvents = await phase('events: other', sql.patientWideGrants().rows + sql.reminderAndCopyEvents().rows, [
    sql.patientWideGrants(),
    sql.reminderAndCopyEvents(),
  ]);
  const activities = Math.max(0, o.events - visitEvents - otherEvents);
  if (activities > 0 && o.visits > 0) {
    await phase(
      'events: portal activity',
      activities,
      dayBatches(plan.days, (d) => d.visitHi - d.visitLo, Math.round((BATCH_ROWS * o.visits) / activities)).map((b) =>
        sql.portalActivity(b.from, b.to, activities, Math.round((b.items * activities) / o.visits)),
      ),
    );
  }

  if (plan.threads > 0) {
    await client.query(sql.threadLengths());
    // Make the thread lengths add up to the message count exactly.
    for (;;) {
      const { rows } = await client.query<{ total: string }>(`SELECT sum(c) AS total FROM seed_thread_length`);
      const missing = o.messages - Number(rows[0].total);
      if (missing === 0) break;
      await client.query(sql.fixLengths(missing));
    }
    await client.query(sql.threadFacts());
    await phase('threads', plan.threads, ranges(plan.threads, 100_000).map(([lo, hi]) => sql.threads(lo, hi)));
    const perThread = o.messages / plan.threads;
    await phase(
      'messages',
      o.messages,
      ranges(plan.threads, Math.round(BATCH_ROWS / perThread)).map(([lo, hi]) => sql.messages(lo, hi, Math.round((hi - lo) * perThread))),
    );
  }

  // Rollups the app keeps with triggers (which this load bypasses): rebuilt in one pass, before the
  // indexes are, so their updates touch no secondary index.
  const { rows: rollups } = await client.query<{ found: boolean }>(`SELECT to_regprocedure('engagement_refresh_rollups()') IS NOT NULL AS found`);
  if (rollups[0].found) await phase('rollups', 1, [{ sql: 'SELECT engagement_refresh_rollups()', rows: 1 }], 'steps');

  await phase(
    'indexes',
    indexes.length,
    indexes.map((index) => ({ sql: index.def, rows: 1 })),
    'indexes',
  ).catch((error: unknown) => {
    throw new Error(`rebuilding an index failed (${(error as Error).message}); the generator wrote a duplicate or an invalid row`);
  });

  // Statistics for the planner, and the visibility map that index-only scans rely on.
  await phase('vacuum analyze', 1, [{ sql: 'VACUUM (ANALYZE)', rows: 1 }], 'steps');
}

/** [lo, hi) ranges of at most `size` covering [0, total). */
function ranges(total: number, size: number): [number, number][] {
  const out: [number, number][] = [];
  for (let lo = 0; lo < total; lo += size) out.push([lo, Math.min(total, lo + size)]);
  return out;
}

export async function countRows(client: Client): Promise<Record<string, number>> {
  const { rows } = await client.query<{ key: string; n: number }>(`
    SELECT 'practices' AS key, count(*)::int AS n FROM practice
    UNION ALL SELECT 'providers', count(*)::int FROM staff_user WHERE external_id IS NOT NULL
    UNION ALL SELECT 'other staff', count(*)::int FROM staff_user WHERE external_id IS NULL
    UNION ALL SELECT 'patients', count(*)::int FROM patient
    UNION ALL SELECT 'visits', count(*)::int FROM encounter
    UNION ALL SELECT 'office visits', count(*)::int FROM encounter WHERE kind = 'office_visit'
    UNION ALL SELECT 'events', count(*)::int FROM engagement_event
    UNION ALL SELECT 'threads', count(*)::int FROM thread
    UNION ALL SELECT 'messages', count(*)::int FROM message
    UNION ALL (SELECT 'events: ' || type, count(*)::int FROM engagement_event GROUP BY type ORDER BY type)`);
  return Object.fromEntries(rows.map((r) => [r.key, r.n]));
}
