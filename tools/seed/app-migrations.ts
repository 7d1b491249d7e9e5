/**
 * Runs the API's own migrations (apps/api/src/database/migrate.ts) on a database. Tools may not
 * import the app (module boundaries), so it runs in a child Node process, compiled on the fly the
 * way `npm run bench` and `npm run simulate` run TypeScript.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const WORKSPACE_ROOT = resolve(__dirname, '../..');

const SCRIPT = `require('./apps/api/src/database/migrate')
  .runMigrations(process.env.CAREQUEUE_MIGRATE_URL)
  .then((applied) => process.stdout.write(JSON.stringify(applied)))
  .catch((error) => { process.stderr.write(String((error && error.stack) || error)); process.exit(1); });`;

/** Applies pending migrations; resolves with the names applied. */
export function runAppMigrations(url: string): Promise<string[]> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', '-r', 'tsconfig-paths/register', '-e', SCRIPT], {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.base.json', CAREQUEUE_MIGRATE_URL: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`migrations failed (exit ${code}):\n${err}`));
      try {
        resolvePromise(JSON.parse(out) as string[]);
      } catch {
        reject(new Error(`migrations printed something unexpected:\n${out}\n${err}`));
      }
    });
  });
}
