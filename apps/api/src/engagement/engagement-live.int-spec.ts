import { InboxCommand, InboxEvent, type EngagementChangedPayload } from '@carequeue/contracts';
import { io, type Socket } from 'socket.io-client';
import { startTestApp, type TestApp } from '../testing/test-app';

function connect(baseUrl: string, token: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(`${baseUrl}/inbox`, { transports: ['websocket'], reconnection: false, auth: { token } });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for socket events');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Waits long enough for a push that should not come to have arrived, had it been sent. */
const settle = () => new Promise((r) => setTimeout(r, 400));

describe('engagement.changed over socket.io /inbox (real PostgreSQL + Redis)', () => {
  let t: TestApp;
  const sockets: Socket[] = [];
  const heard = new Map<string, EngagementChangedPayload[]>();

  async function listen(role: 'admin' | 'physician' | 'nurse' | 'billing'): Promise<Socket> {
    const socket = await connect(t.baseUrl, t.tokens[role]);
    sockets.push(socket);
    heard.set(role, []);
    socket.on(InboxEvent.EngagementChanged, (payload: EngagementChangedPayload) => heard.get(role)?.push(payload));
    return socket;
  }

  const visit = (id: string) => ({
    type: 'encounter',
    id,
    patientId: 'MRN-1',
    providerId: 'dr-live',
    date: '2025-03-04',
    kind: 'office_visit',
    infoAvailableAt: '2025-03-04T17:00:00Z',
  });

  beforeAll(async () => {
    t = await startTestApp();
    await listen('admin');
    const physician = await listen('physician');
    await listen('nurse');
    await listen('billing');
    // Following one pool must not drop the engagement room.
    await physician.timeout(5_000).emitWithAck(InboxCommand.Subscribe, { pools: ['billing'] });
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t?.close();
  });

  it('tells admins and physicians, and nobody else, once an import has committed', async () => {
    const before = Date.now();
    const res = await t.post('/api/v1/import', { records: [{ type: 'provider', id: 'dr-live', name: 'Dr Live', role: 'physician' }, visit('live-1')] });
    expect(res.status).toBe(200);
    await until(() => heard.get('admin')?.length === 1 && heard.get('physician')?.length === 1);
    const [payload] = heard.get('admin') ?? [];
    expect(payload).toEqual({ practiceId: t.fixture.practice.id, at: expect.any(String) });
    expect(Date.parse(payload.at)).toBeGreaterThanOrEqual(before - 1_000);
    // The change is committed by the time the push arrives: the figures already hold the visit.
    const report = await t.get('/api/v1/engagement/measures?from=2025-03-01&to=2025-03-31&stage=2', 'admin');
    expect(report.body.practice.find((m: { id: string }) => m.id === 's2-vdt')).toMatchObject({ denominator: 1 });
    await settle();
    expect(heard.get('nurse')).toEqual([]);
    expect(heard.get('billing')).toEqual([]);
  });

  it('says nothing when an import changes nothing or is refused', async () => {
    const repeat = await t.post('/api/v1/import', { records: [visit('live-1')] });
    expect(repeat.status).toBe(200);
    expect(repeat.body.encounters).toMatchObject({ unchanged: 1 });
    const refused = await t.post('/api/v1/import', { records: [{ ...visit('live-2'), patientId: 'MRN-404' }] });
    expect(refused.status).toBe(400);
    await settle();
    expect(heard.get('admin')).toHaveLength(1);
  });

  it('tells again for each import that adds something', async () => {
    const res = await t.post('/api/v1/import', { records: [{ type: 'portal_activity', patientId: 'MRN-1', action: 'view', at: '2025-03-05T15:00:00Z' }] });
    expect(res.status).toBe(200);
    await until(() => heard.get('admin')?.length === 2 && heard.get('physician')?.length === 2);
  });
});
