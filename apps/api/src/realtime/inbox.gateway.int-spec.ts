import { InboxCommand, InboxEvent, type SubscribeAck, type ThreadEventPayload, type ThreadViewersPayload } from '@carequeue/contracts';
import { io, type Socket } from 'socket.io-client';
import { startTestApp, type TestApp } from '../testing/test-app';

function connect(baseUrl: string, token?: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(`${baseUrl}/inbox`, { transports: ['websocket'], reconnection: false, auth: token ? { token } : {} });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

function subscribe(socket: Socket, pools?: string[]): Promise<SubscribeAck> {
  return socket.timeout(5_000).emitWithAck(InboxCommand.Subscribe, { pools });
}

/** Collects every thread event a socket receives, to assert on later. */
function record(socket: Socket): { event: string; payload: ThreadEventPayload }[] {
  const seen: { event: string; payload: ThreadEventPayload }[] = [];
  for (const event of Object.values(InboxEvent)) socket.on(event, (payload: ThreadEventPayload) => seen.push({ event, payload }));
  return seen;
}

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for socket events');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('socket.io /inbox (real PostgreSQL + Redis)', () => {
  let t: TestApp;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t?.close();
  });

  it('pushes thread.created on intake and thread.updated once triaged, to the whole practice', async () => {
    const socket = await connect(t.baseUrl, t.tokens.medical_assistant);
    sockets.push(socket);
    expect(await subscribe(socket)).toEqual({ rooms: ['practice'] });
    const seen = record(socket);

    const res = await t.post('/api/v1/messages', {
      externalId: 'socket-1',
      mrn: 'MRN-1',
      category: 'test_results',
      subject: 'My lab results',
      body: 'Are my cholesterol results back yet?',
    });
    expect(res.status).toBe(202);
    await until(() => seen.some((s) => s.event === 'thread.updated'));

    const created = seen.find((s) => s.event === 'thread.created');
    expect(created?.payload.thread).toMatchObject({ id: res.body.threadId, status: 'new', pool: null, patientName: 'Pat1 Testperson' });
    const updated = seen.find((s) => s.event === 'thread.updated');
    expect(updated?.payload.thread).toMatchObject({ id: res.body.threadId, status: 'triaged', pool: 'physician' });
    // Payloads carry the summary, never the message text.
    expect(JSON.stringify(seen)).not.toContain('cholesterol results back');
  });

  it('sends pool subscribers only the threads of their pools', async () => {
    const billing = await connect(t.baseUrl, t.tokens.nurse);
    sockets.push(billing);
    expect(await subscribe(billing, ['billing', 'not-a-pool'])).toEqual({ rooms: ['pool:billing'] });
    const seen = record(billing);

    const refill = await t.post('/api/v1/messages', { externalId: 'socket-2', mrn: 'MRN-2', category: 'medication_refill', subject: 'Refill', body: 'Refill my metformin please.' });
    const bill = await t.post('/api/v1/messages', { externalId: 'socket-3', mrn: 'MRN-2', category: 'billing', subject: 'Bill', body: 'I think I was charged twice.' });
    await until(() => seen.some((s) => s.payload.thread.id === bill.body.threadId));
    // Give the refill's update time to arrive, had it been (wrongly) sent here.
    await new Promise((r) => setTimeout(r, 300));
    expect(seen.map((s) => s.payload.thread.id)).not.toContain(refill.body.threadId);
    expect(seen.every((s) => s.payload.thread.pool === 'billing')).toBe(true);
  });

  it('refuses a handshake without a valid access token', async () => {
    await expect(connect(t.baseUrl)).rejects.toThrow(/unauthorized: sign in first/);
    await expect(connect(t.baseUrl, 'not-a-token')).rejects.toThrow(/unauthorized: the access token is invalid/);
  });

  it('tells the practice who has a thread open, and when they leave', async () => {
    const watcher = await connect(t.baseUrl, t.tokens.physician);
    const viewer = await connect(t.baseUrl, t.tokens.nurse);
    sockets.push(watcher, viewer);
    await subscribe(watcher);
    const updates: ThreadViewersPayload[] = [];
    watcher.on(InboxEvent.ThreadViewers, (p: ThreadViewersPayload) => updates.push(p));
    const threadId = '11111111-2222-4333-8444-555555555555';

    await viewer.timeout(5_000).emitWithAck(InboxCommand.View, { threadId });
    await until(() => updates.length === 1);
    expect(updates[0]).toEqual({ threadId, viewers: [{ userId: t.fixture.staff.nurse.id, name: 'Test nurse', role: 'nurse' }] });

    viewer.close();
    await until(() => updates.length === 2);
    expect(updates[1]).toEqual({ threadId, viewers: [] });
  });

  it('keeps billing staff on the billing pool, whatever they ask for', async () => {
    const billing = await connect(t.baseUrl, t.tokens.billing);
    sockets.push(billing);
    expect(await subscribe(billing)).toEqual({ rooms: ['pool:billing'] });
    expect(await subscribe(billing, ['physician', 'nurse'])).toEqual({ rooms: ['pool:billing'] });
  });
});
