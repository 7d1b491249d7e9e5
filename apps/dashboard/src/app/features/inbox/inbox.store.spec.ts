import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { Page, ThreadSummary } from '@carequeue/contracts';
import { Subject, of, throwError, type Observable } from 'rxjs';
import { ApiClient } from '../../core/api.client';
import { INBOX_SOCKET_FACTORY } from '../../core/inbox-socket.service';
import { FakeInboxSocket } from '../../testing/fake-inbox-socket';
import { aThread } from '../../testing/thread-factory';
import { InboxStore, NEW_ROW_HIGHLIGHT_MS } from './inbox.store';

function page(items: ThreadSummary[], total = items.length): Page<ThreadSummary> {
  return { items, total, limit: 100, offset: 0 };
}

describe('InboxStore', () => {
  let socket: FakeInboxSocket;
  let listThreads: jest.Mock<Observable<Page<ThreadSummary>>>;

  function setup(): InboxStore {
    TestBed.configureTestingModule({
      providers: [
        InboxStore,
        { provide: INBOX_SOCKET_FACTORY, useValue: socket.factory() },
        { provide: ApiClient, useValue: { listThreads } },
      ],
    });
    return TestBed.inject(InboxStore);
  }

  const push = (event: string, thread: ThreadSummary) => socket.serverSends(event, { thread, at: thread.updatedAt });
  const ids = (threads: readonly ThreadSummary[]) => threads.map((t) => t.id);

  beforeEach(() => {
    socket = new FakeInboxSocket();
    listThreads = jest.fn();
  });
  afterEach(() => jest.useRealTimers());

  it('loads the first page in queue order', () => {
    listThreads.mockReturnValue(of(page([aThread({ id: 'r' }), aThread({ id: 'u', urgent: true })])));
    const store = setup();
    expect(store.loadState()).toBe('loading');
    store.load();
    expect(listThreads).toHaveBeenCalledWith({ limit: 100, offset: 0 });
    expect(store.loadState()).toBe('ready');
    expect(ids(store.visible())).toEqual(['u', 'r']);
  });

  it('inserts a thread it did not have when a push announces it, highlighted and announced', () => {
    jest.useFakeTimers();
    listThreads.mockReturnValue(of(page([aThread({ id: 'a', priority: 'high' })])));
    const store = setup();
    store.load();

    push('thread.created', aThread({ id: 'b', patientName: 'Ana Ruiz', category: 'appointment' }));
    expect(ids(store.threads())).toEqual(['a', 'b']);
    expect(store.highlighted().has('b')).toBe(true);
    expect(store.announcements().map((a) => a.text)).toEqual(['New message from Ana Ruiz: Appointment']);

    jest.advanceTimersByTime(NEW_ROW_HIGHLIGHT_MS);
    expect(store.highlighted().has('b')).toBe(false);
  });

  it('also inserts an unknown thread that arrives as an update', () => {
    listThreads.mockReturnValue(of(page([])));
    const store = setup();
    store.load();
    push('thread.updated', aThread({ id: 'x' }));
    expect(ids(store.threads())).toEqual(['x']);
  });

  it('updates a known thread in place and re-sorts it, without announcing a mere status change', () => {
    listThreads.mockReturnValue(of(page([aThread({ id: 'a', priority: 'high' }), aThread({ id: 'b' })])));
    const store = setup();
    store.load();

    push('thread.updated', aThread({ id: 'b', status: 'claimed', updatedAt: '2025-03-03T09:05:00Z' }));
    expect(store.threads()).toHaveLength(2);
    expect(store.threads()[1].status).toBe('claimed');
    expect(store.announcements()).toEqual([]);

    push('thread.urgent', aThread({ id: 'b', urgent: true, patientName: 'Lee Park', updatedAt: '2025-03-03T09:06:00Z' }));
    expect(ids(store.threads())).toEqual(['b', 'a']);
    expect(store.announcements().at(-1)?.text).toBe('Urgent message from Lee Park: Medication refill');
  });

  it('keeps a newer pushed version when an older page arrives afterwards', () => {
    const response = new Subject<Page<ThreadSummary>>();
    listThreads.mockReturnValue(response);
    const store = setup();
    store.load();
    push('thread.updated', aThread({ id: 'a', status: 'claimed', updatedAt: '2025-03-03T09:10:00Z' }));
    response.next(page([aThread({ id: 'a', status: 'triaged' })]));
    expect(store.threads()[0].status).toBe('claimed');
    expect(store.loadState()).toBe('ready');
  });

  it('filters by pool and status and counts per pool', () => {
    listThreads.mockReturnValue(
      of(
        page([
          aThread({ id: 'ma', pool: 'medical_assistant' }),
          aThread({ id: 'n1', pool: 'nurse' }),
          aThread({ id: 'n2', pool: 'nurse', status: 'closed' }),
          aThread({ id: 'b', pool: 'billing' }),
        ]),
      ),
    );
    const store = setup();
    store.load();
    expect(store.poolCounts()).toEqual({ all: 3, medical_assistant: 1, nurse: 1, physician: 0, billing: 1 });

    store.setPoolFilter('nurse');
    expect(ids(store.visible())).toEqual(['n1']);
    store.setStatusFilter('all');
    expect(ids(store.visible()).sort()).toEqual(['n1', 'n2']);
    expect(store.poolCounts().nurse).toBe(2);
  });

  it('announces a message hidden by the pool filter once triage routes it into view', () => {
    listThreads.mockReturnValue(of(page([])));
    const store = setup();
    store.load();
    store.setPoolFilter('nurse');

    push('thread.created', aThread({ id: 'c', pool: null, status: 'new', patientName: 'Sam Cole' }));
    expect(store.announcements()).toEqual([]);
    push('thread.updated', aThread({ id: 'c', pool: 'nurse', updatedAt: '2025-03-03T09:01:00Z', patientName: 'Sam Cole' }));
    expect(store.announcements().map((a) => a.text)).toEqual(['New message from Sam Cole: Medication refill']);
  });

  it('refetches after a reconnect, since pushes sent meanwhile were lost', () => {
    listThreads.mockReturnValue(of(page([aThread({ id: 'a' })])));
    const store = setup();
    store.load();
    socket.connectNow();
    socket.drop();
    listThreads.mockReturnValue(of(page([aThread({ id: 'a' }), aThread({ id: 'missed' })])));
    socket.connectNow();
    expect(listThreads).toHaveBeenCalledTimes(3);
    expect(ids(store.threads())).toContain('missed');
  });

  it('reports a failed first load as an error, and a failed refresh as a warning over the list', () => {
    const offline = new HttpErrorResponse({ status: 0 });
    listThreads.mockReturnValue(throwError(() => offline));
    const store = setup();
    store.load();
    expect(store.loadState()).toBe('error');
    expect(store.error()).toMatch(/cannot be reached/);

    listThreads.mockReturnValue(of(page([aThread({ id: 'a' })])));
    store.load();
    expect(store.loadState()).toBe('ready');
    expect(store.error()).toBeNull();

    listThreads.mockReturnValue(throwError(() => offline));
    store.load();
    expect(store.loadState()).toBe('ready');
    expect(store.error()).not.toBeNull();
    expect(store.threads()).toHaveLength(1);
  });

  it('tells how many threads the first page left out', () => {
    listThreads.mockReturnValue(of(page([aThread(), aThread()], 250)));
    const store = setup();
    store.load();
    expect(store.hiddenByPaging()).toBe(248);
  });
});
