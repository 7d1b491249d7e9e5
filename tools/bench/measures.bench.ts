/**
 * Measures API benchmark: latency of `GET /api/v1/engagement/measures` for a 90-day period on the
 * scale dataset (`npm run seed:scale`: 1,000,000 visits), over real HTTP against the built API
 * started like the browser tests start it, next to baselines measured in the same run: a bare Node
 * HTTP server answering a trivial JSON, a `SELECT 1` round trip with the `pg` driver, and the API's
 * own health check (framework + `SELECT 1` + Redis PING). See tools/bench/README.md.
 */
import { createServer, type Server } from 'node:http';
import { loadavg } from 'node:os';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { addDays } from '@carequeue/measures';
import { startApiServer, signIn, WORKSPACE_ROOT, type ApiServer } from '@carequeue/testing';

const WARMUPS = 2;
const REQUESTS = 20;
const TARGET_P95_MS = 300;
const PERIOD_DAYS = 90;
/** Written by tools/seed (scale-seed.ts) as the scale database's comment. */
const SEED_MARKER = 'carequeue-scale-seed:';

interface SeedInfo {
  status: string;
  params: { end: string; visits: number; patients: number; events: number; messages: number };
  admin?: { email: string; password: string };
}

export function scaleDatabaseUrl(env: Record<string, string | undefined> = process.env): string {
  return env['SCALE_DATABASE_URL']?.trim() || 'postgres://postgres@127.0.0.1:5432/carequeue_scale';
}

/** The seed's record of the scale database; null when there is none (or it is unfinished). */
async function seedInfo(url: string): Promise<SeedInfo | null> {
  const server = new URL(url);
  const name = decodeURIComponent(server.pathname.slice(1));
  server.pathname = '/postgres';
  const client = new Client({ connectionString: server.toString() });
  try {
    await client.connect();
    const { rows } = await client.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [name],
    );
    const comment = rows[0]?.comment;
    if (!comment?.startsWith(SEED_MARKER)) return null;
    const info = JSON.parse(comment.slice(SEED_MARKER.length)) as SeedInfo;
    return info.status === 'complete' && info.admin ? info : null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface Stats {
  p50: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentiles of durations in ms. */
export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
  return { p50: rank(0.5), p95: rank(0.95), max: sorted[sorted.length - 1] };
}

/** Runs `once` WARMUPS times unmeasured, then REQUESTS times one after the other; durations in ms. */
async function measure(once: () => Promise<void>): Promise<Stats> {
  for (let i = 0; i < WARMUPS; i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = process.hrtime.bigint();
    await once();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return stats(samples);
}

async function getOk(url: string, token?: string): Promise<void> {
  const response = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : undefined);
  const body = await response.text();
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${body.slice(0, 200)}`);
}

function bareServer(): Promise<{ server: Server; url: string }> {
  return new Promise((resolve) => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ server, url: `http://127.0.0.1:${port}/` });
    });
  });
}

function buildApi(): void {
  // Not TS_NODE_PROJECT (set by `npm run bench` for this process): webpack would read it from apps/api.
  const env = { ...process.env };
  delete env['TS_NODE_PROJECT'];
  const build = spawnSync('npx', ['nx', 'build', 'api', '--outputStyle=static'], {
    cwd: WORKSPACE_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...env, NX_DAEMON: env['NX_DAEMON'] ?? 'false', NX_TUI: 'false' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`building the API failed:\n${build.stdout}\n${build.stderr}`);
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const ratio = (x: number, base: number) => {
  const r = x / base;
  return `${r < 10 ? r.toFixed(1) : r.toFixed(0)}x`;
};

export async function runMeasuresBench(): Promise<void> {
  const url = scaleDatabaseUrl();
  const info = await seedInfo(url);
  console.log('Measures API, 90-day period, scale dataset');
  if (!info?.admin) {
    console.log(`  skipped: no scale dataset at ${url.replace(/\/\/[^@]*@/, '//')}.`);
    console.log('  Create it with `npm run seed:scale` (a few minutes; set SCALE_DATABASE_URL to use another database).');
    return;
  }
  const to = info.params.end;
  const from = addDays(to, -(PERIOD_DAYS - 1));
  const loadBefore = loadavg();

  buildApi(); // a no-op from Nx's cache unless the API changed
  let api: ApiServer | null = null;
  const bare = await bareServer();
  const db = new Client({ connectionString: url });
  try {
    api = await startApiServer({
      env: { DATABASE_URL: url, SEED_DEMO: 'false', LOG_LEVEL: 'warn', JWT_SECRET: randomBytes(24).toString('hex') },
      timeoutMs: 180_000, // a pending migration on a million rows backfills first
    });
    const token = await signIn(api.baseUrl, info.admin.email, info.admin.password);
    await db.connect();
    const { rows: first } = await db.query<{ id: string }>(
      `SELECT external_id AS id FROM staff_user WHERE external_id IS NOT NULL ORDER BY external_id COLLATE "C" LIMIT 1`,
    );
    const ep = first[0]?.id ?? 'EP001';
    const measures = (stage: number, providerId?: string) =>
      `${api?.baseUrl}/api/v1/engagement/measures?from=${from}&to=${to}&stage=${stage}${providerId ? `&providerId=${providerId}` : ''}`;

    const rows: [string, Stats][] = [];
    const baseline = await measure(() => getOk(bare.url));
    rows.push(['baseline: bare Node HTTP, trivial JSON', baseline]);
    const select1 = await measure(async () => void (await db.query('SELECT 1')));
    rows.push(['baseline: SELECT 1 round trip (pg)', select1]);
    rows.push(['API GET /health (SELECT 1 + Redis PING)', await measure(() => getOk(`${api?.baseUrl}/api/v1/health`))]);
    const measured: Stats[] = [];
    for (const [stage, providerId] of [[2], [2, ep], [3], [3, ep]] as const) {
      const s = await measure(() => getOk(measures(stage, providerId), token));
      measured.push(s);
      rows.push([`measures stage ${stage}, ${providerId ? `provider ${providerId}` : 'practice-wide'}`, s]);
    }

    const loadAfter = loadavg();
    console.log(
      `  ${from} to ${to}; ${info.params.visits.toLocaleString('en-US')} visits, ${info.params.patients.toLocaleString('en-US')} patients; ` +
        `${REQUESTS} requests after ${WARMUPS} warm-ups each, one at a time`,
    );
    const header = ['run', 'p50 ms', 'p95 ms', 'max ms', 'p50 / HTTP', 'p50 / SELECT 1'];
    const table = rows.map(([name, s]) => [name, fmt(s.p50), fmt(s.p95), fmt(s.max), ratio(s.p50, baseline.p50), ratio(s.p50, select1.p50)]);
    const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    console.log(line(header));
    for (const r of table) console.log(line(r));
    const worst = Math.max(...measured.map((s) => s.p95));
    console.log(`target p95 ≤ ${TARGET_P95_MS} ms for every measures request: ${worst <= TARGET_P95_MS ? 'met' : 'NOT met'} (worst p95 ${fmt(worst)} ms)`);
    console.log(`load average (1, 5, 15 min): before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(2)).join(' ')}`);
  } finally {
    await db.end().catch(() => undefined);
    bare.server.close();
    await api?.stop();
  }
}
