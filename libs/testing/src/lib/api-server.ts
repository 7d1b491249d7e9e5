import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { freePort } from './ports';

export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');
export const API_MAIN = resolve(WORKSPACE_ROOT, 'dist/apps/api/main.js');
export const DASHBOARD_DIR = resolve(WORKSPACE_ROOT, 'dist/apps/dashboard/browser');
export const E2E_API_KEY = 'e2e-portal-key-0123456789';

export interface ApiServer {
  baseUrl: string;
  port: number;
  process: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code (or signal name) once the process has exited. */
  exited: Promise<number | string>;
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

export interface StartOptions {
  env?: Record<string, string | undefined>;
  port?: number;
  timeoutMs?: number;
}

/** Starts the built API (`dist/apps/api/main.js`) the way `npm start` does, without waiting. */
export async function spawnApi(options: StartOptions = {}): Promise<ApiServer> {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: build the api first (npx nx build api)`);
  const port = options.port ?? (await freePort());
  const env: Record<string, string | undefined> = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    PORTAL_API_KEY: E2E_API_KEY,
    REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `cqe2e-${port}`,
    DASHBOARD_DIR,
    LOG_LEVEL: 'info',
    ...options.env,
  };
  const child = spawn(process.execPath, [API_MAIN], { cwd: WORKSPACE_ROOT, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolveExit) => child.once('exit', (code, signal) => resolveExit(code ?? signal ?? 'unknown')));
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    process: child,
    output: () => output,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Starts the built API and waits until it says it is running; rejects with its output if it exits first. */
export async function startApiServer(options: StartOptions = {}): Promise<ApiServer> {
  const server = await spawnApi(options);
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let exitCode: number | string | null = null;
  void server.exited.then((code) => (exitCode = code));
  while (!server.output().includes('CareQueue is running at')) {
    if (exitCode !== null) throw new Error(`API exited (${exitCode}) before it was ready:\n${server.output()}`);
    if (Date.now() > deadline) {
      await server.stop('SIGKILL');
      throw new Error(`API not ready in time:\n${server.output()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return server;
}

/** Runs the built API until it exits by itself (a start-up failure); kills it after `timeoutMs`. */
export async function runApiToExit(env: Record<string, string | undefined>, timeoutMs = 30_000): Promise<{ code: number | string; output: string }> {
  const server = await spawnApi({ env });
  const timer = setTimeout(() => server.process.kill('SIGKILL'), timeoutMs);
  const code = await server.exited;
  clearTimeout(timer);
  return { code, output: server.output() };
}

/** Demo staff (seeded by `npm start` on an empty database) and their shared demo password. */
export const DEMO_LOGINS = {
  medical_assistant: 'dana.patel@riverside.example',
  physician: 'ana.ruiz@riverside.example',
  nurse: 'hana.kim@riverside.example',
  billing: 'ivan.lopez@riverside.example',
  admin: 'admin@riverside.example',
} as const;
export const DEMO_PASSWORD = 'carequeue-demo';

/** Signs in through the API and returns the access token. */
export async function signIn(baseUrl: string, email: string = DEMO_LOGINS.medical_assistant, password = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${email} failed with ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

export async function getJson<T = unknown>(url: string, token?: string): Promise<{ status: number; body: T }> {
  const response = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : undefined);
  return { status: response.status, body: (await response.json()) as T };
}

export async function postMessage(baseUrl: string, body: Record<string, unknown>, apiKey = E2E_API_KEY): Promise<{ status: number; body: Record<string, any> }> {
  const response = await fetch(`${baseUrl}/api/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}
