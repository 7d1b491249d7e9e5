import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Where the demo portal key is kept when PORTAL_API_KEY is unset; `npm run simulate` reads it too. */
export const DEMO_API_KEY_FILE = 'data/portal-api-key';

/** The demo key: made once, then the same on every start, so the simulator and docs can use it. */
export async function demoApiKey(file = DEMO_API_KEY_FILE): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const key = `demo-${randomBytes(18).toString('base64url')}`;
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${key}\n`, { mode: 0o600 });
  return key;
}
