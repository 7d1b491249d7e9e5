import { TestBed } from '@angular/core/testing';
import type { ThreadEventPayload } from '@carequeue/contracts';
import { FakeInboxSocket } from '../testing/fake-inbox-socket';
import { aThread } from '../testing/thread-factory';
import { INBOX_SOCKET_FACTORY, InboxSocketService, OFFLINE_AFTER_ATTEMPTS, type ThreadEvent } from './inbox-socket.service';

describe('InboxSocketService', () => {
  let socket: FakeInboxSocket;
  let service: InboxSocketService;

  beforeEach(() => {
    socket = new FakeInboxSocket();
    TestBed.configureTestingModule({ providers: [{ provide: INBOX_SOCKET_FACTORY, useValue: socket.factory() }] });
    service = TestBed.inject(InboxSocketService);
  });

  const subscribes = () => socket.emitted.filter((e) => e.event === 'inbox.subscribe');

  it('is connecting until the first connection, then live, and subscribes', () => {
    expect(service.state()).toBe('connecting');
    socket.connectNow();
    expect(service.state()).toBe('live');
    expect(subscribes()).toEqual([{ event: 'inbox.subscribe', args: [{}] }]);
  });

  it('subscribes again with the same pools on every reconnect', () => {
    service.follow(['nurse', 'physician']);
    expect(subscribes()).toHaveLength(0); // not connected yet: nothing to send to

    socket.connectNow();
    socket.drop();
    expect(service.state()).toBe('reconnecting');
    socket.connectNow();

    expect(service.state()).toBe('live');
    expect(subscribes().map((e) => e.args[0])).toEqual([{ pools: ['nurse', 'physician'] }, { pools: ['nurse', 'physician'] }]);
  });

  it('re-subscribes at once when the followed pools change while connected', () => {
    socket.connectNow();
    service.follow(['billing']);
    expect(subscribes().at(-1)?.args[0]).toEqual({ pools: ['billing'] });
  });

  it('reports every (re)connect so listeners can catch up on missed pushes', () => {
    const seen: number[] = [];
    service.connected$.subscribe((n) => seen.push(n));
    socket.connectNow();
    socket.drop();
    socket.connectNow();
    expect(seen).toEqual([1, 2]);
  });

  it('turns Offline after repeated failed attempts, and Live again when one succeeds', () => {
    socket.connectNow();
    socket.drop();
    for (let i = 1; i < OFFLINE_AFTER_ATTEMPTS; i++) socket.failAttempt();
    expect(service.state()).toBe('reconnecting');
    socket.failAttempt();
    expect(service.state()).toBe('offline');
    socket.connectNow();
    expect(service.state()).toBe('live');
  });

  it('stays Connecting through the first few failed attempts of a first connection', () => {
    socket.failAttempt();
    expect(service.state()).toBe('connecting');
    for (let i = 1; i < OFFLINE_AFTER_ATTEMPTS; i++) socket.failAttempt();
    expect(service.state()).toBe('offline');
  });

  it('is Offline when the server refuses the handshake', () => {
    socket.refuse();
    expect(service.state()).toBe('offline');
  });

  it('is Offline when the server closes the connection for good', () => {
    socket.connectNow();
    socket.active = false;
    socket.drop('io server disconnect');
    expect(service.state()).toBe('offline');
  });

  it('passes on every kind of thread push, and nothing else', () => {
    const events: ThreadEvent[] = [];
    service.threadEvents$.subscribe((e) => events.push(e));
    const payload: ThreadEventPayload = { thread: aThread(), at: '2025-03-03T09:00:00Z' };
    for (const name of ['thread.created', 'thread.updated', 'thread.urgent', 'thread.overdue']) socket.serverSends(name, payload);
    socket.serverSends('thread.viewers', { threadId: 'x', viewers: [] });
    socket.serverSends('engagement.changed', { practiceId: 'p', at: '2025-03-03T09:00:00Z' });
    expect(events.map((e) => e.name)).toEqual(['thread.created', 'thread.updated', 'thread.urgent', 'thread.overdue']);
    expect(events[0].payload).toBe(payload);
  });

  it('passes on engagement changes on their own stream', () => {
    const changes: unknown[] = [];
    service.engagementChanged$.subscribe((c) => changes.push(c));
    socket.serverSends('thread.created', { thread: aThread(), at: '2025-03-03T09:00:00Z' });
    socket.serverSends('engagement.changed', { practiceId: 'p', at: '2025-03-03T09:00:00Z' });
    expect(changes).toEqual([{ practiceId: 'p', at: '2025-03-03T09:00:00Z' }]);
  });

  it('closes the socket when the app is torn down', () => {
    TestBed.resetTestingModule();
    expect(socket.disconnectCalls).toBe(1);
  });
});
