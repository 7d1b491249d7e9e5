import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { STAFF_ROLES, type StaffRole } from '@carequeue/contracts';
import type { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import { configureApp } from '../app/configure-app';
import { loadConfig, type AppConfig } from '../config/app-config';
import { createPracticeFixture, FIXTURE_PASSWORD, type PracticeFixture } from './fixtures';
import { createTestDatabase, type TestDatabase } from './test-database';

export const TEST_API_KEY = 'test-portal-key-0123456789';

// Test responses are arbitrary JSON; the assertions give them their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
type Reply = { status: number; body: Json };

export interface TestApp {
  app: INestApplication;
  baseUrl: string;
  db: DataSource;
  database: TestDatabase;
  config: AppConfig;
  fixture: PracticeFixture;
  /** An access token per role, signed in through the real login endpoint. */
  tokens: Record<StaffRole, string>;
  /** POST JSON with the portal key (unless headers override it). */
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Reply>;
  /** GET as a signed-in staff member (a physician unless another role is named). */
  get(path: string, as?: StaffRole | null): Promise<Reply>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  patients?: number;
  maxMessageLength?: number;
}

/**
 * The real application (same module, same set-up as main.ts) on a fresh database, real
 * Redis with a queue prefix of its own, listening on a free port.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORTAL_API_KEY: TEST_API_KEY,
    JWT_SECRET: 'test-jwt-secret-0123456789-0123456789',
    QUEUE_PREFIX: `cqtest-${randomBytes(4).toString('hex')}`,
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    DASHBOARD_DIR: '/nonexistent',
    REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    ...options.env,
  });
  const app = await NestFactory.create(AppModule.register(config, { url: database.url, embedded: false }), {
    bodyParser: false,
    logger: false,
  });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const db = app.get<DataSource>(getDataSourceToken());
  const fixture = await createPracticeFixture(db, options.patients ?? 3, options.maxMessageLength);

  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY, ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: response.status, body: parsed as Json };
  };

  const tokens = {} as Record<StaffRole, string>;
  for (const role of STAFF_ROLES) {
    const login = await call('POST', '/api/v1/auth/login', { email: fixture.staff[role].email, password: FIXTURE_PASSWORD });
    if (login.status !== 200) throw new Error(`fixture login for ${role} failed: ${login.status}`);
    tokens[role] = login.body.accessToken;
  }

  return {
    app,
    baseUrl,
    db,
    database,
    config,
    fixture,
    tokens,
    post: (path, body, headers) => call('POST', path, body, headers),
    get: (path, as = 'physician') => call('GET', path, undefined, as ? { authorization: `Bearer ${tokens[as]}` } : {}),
    close: async () => {
      await app.close();
      await deleteQueueKeys(config.redisUrl, config.queuePrefix);
      await database.drop();
    },
  };
}

async function deleteQueueKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** Polls until `check` returns a truthy value or the time is up. */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
