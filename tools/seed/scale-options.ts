/**
 * Options of `npm run seed:scale`: sizes, seed, target database. Pure (no I/O) so it is unit-tested.
 */
import { addDays, isIsoDate } from '@carequeue/measures';

export const DEFAULT_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const DEFAULT_DATABASE = 'carequeue_scale';

/** What a full-size run generates (`--scale 1`). */
export const FULL_SIZE = {
  patients: 200_000,
  providers: 40,
  visits: 1_000_000,
  events: 2_000_000,
  messages: 1_000_000,
} as const;

export type Sizes = { -readonly [K in keyof typeof FULL_SIZE]: number };

export interface ScaleOptions extends Sizes {
  /** postgres:// URL of the database to fill (created when missing). */
  databaseUrl: string;
  /** PRNG seed: the same seed and sizes always give the same rows. */
  seed: number;
  /** Last day of the generated history (practice-local); the history covers `days` days up to it. */
  end: string;
  days: number;
  /** Rebuild even when the database already holds this exact dataset. */
  force: boolean;
}

export const DEFAULTS = { seed: 1, end: '2025-06-30', days: 730 } as const;

export class OptionsError extends Error {}

const USAGE = `Usage: npm run seed:scale -- [--scale F] [--patients N] [--providers N] [--visits N]
                 [--events N] [--messages N] [--seed N] [--end YYYY-MM-DD] [--days N] [--force]
  Fills DATABASE_URL (default ${DEFAULT_SERVER_URL.replace(/postgres$/, DEFAULT_DATABASE)}) with a large
  practice: ${FULL_SIZE.patients.toLocaleString('en-US')} patients, ${FULL_SIZE.providers} providers, ${FULL_SIZE.visits.toLocaleString('en-US')} visits, ${FULL_SIZE.events.toLocaleString('en-US')} portal events
  and ${FULL_SIZE.messages.toLocaleString('en-US')} messages at --scale 1. Explicit sizes override the scaled ones.`;

export function usage(): string {
  return USAGE;
}

function count(flag: string, raw: string | undefined, min: number): number {
  if (raw === undefined || !/^\d+$/.test(raw)) throw new OptionsError(`${flag} needs a whole number, got ${JSON.stringify(raw)}`);
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) throw new OptionsError(`${flag} must be at least ${min}, got ${raw}`);
  return value;
}

/** Sizes of `--scale factor`: every count scaled, with enough providers and patients to mean something. */
export function scaledSizes(factor: number): Sizes {
  const scale = (n: number, min: number) => Math.max(min, Math.round(n * factor));
  return {
    patients: scale(FULL_SIZE.patients, 10),
    providers: scale(FULL_SIZE.providers, 3),
    visits: scale(FULL_SIZE.visits, 10),
    events: scale(FULL_SIZE.events, 10),
    messages: scale(FULL_SIZE.messages, 10),
  };
}

/** The database URL to use: DATABASE_URL, else `carequeue_scale` on the local server. */
export function targetDatabaseUrl(env: Record<string, string | undefined>): string {
  const fromEnv = env['DATABASE_URL']?.trim();
  if (fromEnv) return fromEnv;
  const url = new URL(DEFAULT_SERVER_URL);
  url.pathname = `/${DEFAULT_DATABASE}`;
  return url.toString();
}

export function parseOptions(argv: readonly string[], env: Record<string, string | undefined>): ScaleOptions {
  let factor = 1;
  const explicit: Partial<Sizes> = {};
  let seed: number = DEFAULTS.seed;
  let end: string = DEFAULTS.end;
  let days: number = DEFAULTS.days;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--scale': {
        const raw = value();
        factor = Number(raw);
        if (raw === undefined || !Number.isFinite(factor) || factor <= 0 || factor > 10) {
          throw new OptionsError(`--scale needs a number in (0, 10], got ${JSON.stringify(raw)}`);
        }
        break;
      }
      case '--patients':
      case '--providers':
      case '--visits':
      case '--events':
      case '--messages': {
        const key = flag.slice(2) as keyof Sizes;
        explicit[key] = count(flag, value(), key === 'providers' ? 1 : key === 'patients' ? 1 : 0);
        break;
      }
      case '--seed':
        seed = count(flag, value(), 0);
        if (seed > 2 ** 31) throw new OptionsError(`--seed must be below 2^31, got ${seed}`);
        break;
      case '--end': {
        const raw = value();
        if (!isIsoDate(raw)) throw new OptionsError(`--end needs a date YYYY-MM-DD, got ${JSON.stringify(raw)}`);
        end = raw;
        break;
      }
      case '--days':
        days = count(flag, value(), 30);
        break;
      case '--force':
        force = true;
        break;
      default:
        throw new OptionsError(`unknown option ${JSON.stringify(arg)}\n${USAGE}`);
    }
  }
  const sizes = { ...scaledSizes(factor), ...explicit };
  return { ...sizes, databaseUrl: targetDatabaseUrl(env), seed, end, days, force };
}

/** First day of the generated history. */
export function startOf(options: Pick<ScaleOptions, 'end' | 'days'>): string {
  return addDays(options.end, -(options.days - 1));
}
