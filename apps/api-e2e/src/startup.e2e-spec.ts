import { createScratchDatabase, getJson, postMessage, runApiToExit, signIn, startApiServer, type ScratchDatabase } from '@carequeue/testing';

describe('start-up', () => {
  it('stops with a line naming a bad configuration value', async () => {
    const { code, output } = await runApiToExit({ PORT: 'eighty', DATABASE_URL: 'postgres://127.0.0.1:1/x' });
    expect(code).toBe(2);
    expect(output.trim()).toBe('Invalid configuration: PORT must be a whole number, got "eighty"');
  });

  it('exits with one clear line and how to start Redis when Redis cannot be reached', async () => {
    const { code, output } = await runApiToExit({ REDIS_URL: 'redis://127.0.0.1:1', DATABASE_URL: 'postgres://127.0.0.1:1/x' });
    expect(code).toBe(1);
    expect(output).toMatch(/^Cannot reach Redis at redis:\/\/127\.0\.0\.1:1 /);
    expect(output).toContain('apt-get install -y redis-server');
    expect(output).toContain('brew install redis');
    expect(output).toContain('docker run');
  });

  describe('with DATABASE_URL pointing at a PostgreSQL server', () => {
    let database: ScratchDatabase;
    beforeAll(async () => {
      database = await createScratchDatabase('cq_e2e');
    });
    afterAll(async () => {
      await database?.drop();
    });

    it('migrates, seeds, accepts messages, and keeps them across a restart', async () => {
      const first = await startApiServer({ env: { DATABASE_URL: database.url, SEED_DEMO: 'true' } });
      const health = await getJson<{ database: { embedded: boolean; status: string } }>(`${first.baseUrl}/api/v1/health`);
      expect(health.body.database).toMatchObject({ status: 'up', embedded: false });
      const res = await postMessage(first.baseUrl, { externalId: 'url-1', mrn: 'MRN100001', category: 'billing', subject: 'Bill', body: 'Was I charged twice?' });
      expect(res.status).toBe(202);
      expect(await first.stop('SIGTERM')).toBe(0);

      const second = await startApiServer({ env: { DATABASE_URL: database.url, SEED_DEMO: 'true' } });
      try {
        const again = await postMessage(second.baseUrl, { externalId: 'url-1', mrn: 'MRN100001', category: 'billing', subject: 'Bill', body: 'Was I charged twice?' });
        expect(again.status).toBe(200);
        expect(again.body).toEqual({ threadId: res.body['threadId'], messageId: res.body['messageId'], duplicate: true });
        expect((await getJson<{ total: number }>(`${second.baseUrl}/api/v1/threads?limit=1`, await signIn(second.baseUrl))).body.total).toBe(37);
      } finally {
        await second.stop('SIGTERM');
      }
    });
  });
});
