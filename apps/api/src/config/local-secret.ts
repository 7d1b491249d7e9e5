import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Where the demo portal key is kept when PORTAL_API_KEY is unset; `npm run simulate` reads it too. */
export const DEMO_API_KEY_FILE = 'data/portal-api-key';
/** Where the token-signing secret is kept when JWT_SECRET is unset. */
export const LOCAL_JWT_SECRET_FILE = 'data/jwt-secret';

/**
 * A secret for a local or demo install, made once and then the same on every start (so
 * sessions and the simulator survive restarts). Production sets the environment variable.
 */
export async function localSecret(file: string, prefix = ''): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = `${prefix}${randomBytes(32).toString('base64url')}`;
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
