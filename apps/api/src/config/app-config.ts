/**
 * The one typed view of the environment. Everything the API reads from process.env is read
 * here, validated once at start-up; a bad value stops the process with a line naming it.
 */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Set: use that PostgreSQL server. Unset: start the embedded one under `embeddedDataDir`. */
  databaseUrl: string | null;
  embeddedDataDir: string;
  redisUrl: string;
  /** Prefix of every BullMQ key, so several deployments (or test runs) can share one Redis. */
  queuePrefix: string;
  /** PORTAL_API_KEY; when unset, main.ts uses the demo key kept in `data/portal-api-key`. */
  portalApiKey: string | null;
  /** HMAC secret for access tokens; when unset, main.ts uses one kept in `data/jwt-secret`. */
  jwtSecret: string | null;
  accessTokenTtlSeconds: number;
  refreshTokenTtlHours: number;
  /** Failed sign-ins in a row before an account is locked, and for how long. */
  maxFailedSignIns: number;
  lockoutMinutes: number;
  /** A claim lapses after this long without activity by its holder. */
  claimTtlMinutes: number;
  /** Password of every seeded demo user (demo practice only). */
  demoPassword: string;
  /** Run the queue workers and the sweeper in this process (set false for API-only replicas). */
  runWorkers: boolean;
  /** Seed the demo practice when the database is empty. */
  seedDemo: boolean;
  /** Messages accepted but not triaged after this long are re-enqueued by the sweeper. */
  sweepAfterSeconds: number;
  sweepIntervalSeconds: number;
  /** Directory holding the built dashboard; served at / when it exists. */
  dashboardDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

function read(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = read(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = read(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return raw;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const configuredKey = read(env, 'PORTAL_API_KEY');
  if (configuredKey !== undefined && configuredKey.length < 16) {
    throw new ConfigError('PORTAL_API_KEY', 'must be at least 16 characters');
  }
  const jwtSecret = read(env, 'JWT_SECRET');
  if (jwtSecret !== undefined && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
  const host = read(env, 'HOST') ?? '127.0.0.1';
  if (!/^[\w.:-]+$/.test(host)) throw new ConfigError('HOST', `is not a host name or address: "${host}"`);
  const queuePrefix = read(env, 'QUEUE_PREFIX') ?? 'carequeue';
  if (!/^[\w-]+$/.test(queuePrefix)) throw new ConfigError('QUEUE_PREFIX', 'may hold only letters, digits, _ and -');

  return {
    nodeEnv,
    port: integer(env, 'PORT', 3000, 0, 65535),
    host,
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']) ?? null,
    embeddedDataDir: read(env, 'EMBEDDED_PG_DIR') ?? 'data/postgres',
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']) ?? 'redis://127.0.0.1:6379',
    queuePrefix,
    portalApiKey: configuredKey ?? null,
    jwtSecret: jwtSecret ?? null,
    accessTokenTtlSeconds: integer(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86_400),
    refreshTokenTtlHours: integer(env, 'REFRESH_TOKEN_TTL_HOURS', 12, 1, 24 * 30),
    maxFailedSignIns: integer(env, 'MAX_FAILED_SIGN_INS', 5, 1, 100),
    lockoutMinutes: integer(env, 'LOCKOUT_MINUTES', 15, 1, 24 * 60),
    claimTtlMinutes: integer(env, 'CLAIM_TTL_MINUTES', 15, 1, 24 * 60),
    demoPassword: read(env, 'DEMO_PASSWORD') ?? 'carequeue-demo',
    runWorkers: boolean(env, 'RUN_WORKERS', true),
    seedDemo: boolean(env, 'SEED_DEMO', true),
    sweepAfterSeconds: integer(env, 'SWEEP_AFTER_SECONDS', 30, 1, 86400),
    sweepIntervalSeconds: integer(env, 'SWEEP_INTERVAL_SECONDS', 10, 1, 3600),
    dashboardDir: read(env, 'DASHBOARD_DIR') ?? 'dist/apps/dashboard/browser',
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
  };
}

/** Nest injection token for the loaded configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
