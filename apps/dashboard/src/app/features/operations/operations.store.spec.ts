import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { InboxEvent, type OperationsReport } from '@carequeue/contracts';
import { INBOX_SOCKET_FACTORY } from '../../core/inbox-socket.service';
import { FakeInboxSocket } from '../../testing/fake-inbox-socket';
import { aThread } from '../../testing/thread-factory';
import { LIVE_REFRESH_MS, OperationsStore } from './operations.store';

function aReport(from: string, to: string, received = 1): OperationsReport {
  return {
    from,
    to,
    timezone: 'America/New_York',
    firstResponse: { threads: received, answered: 0, medianMinutes: null, p90Minutes: null },
    byCategory: [],
    byPool: [],
    byClinician: [],
    sla: { met: 0, missed: 0, pending: 0, share: null },
    resolution: { closed: 0, withoutPhysician: 0, shareWithoutPhysician: null },
    days: [{ date: to, received, backlog: received }],
    backlogNow: received,
    physicians: [],
  };
}

describe('OperationsStore', () => {
  let http: HttpTestingController;
  let socket: FakeInboxSocket;
  let store: OperationsStore;
  const reportRequest = () => http.expectOne((r) => r.url === '/api/v1/operations');
  const period = (req: ReturnType<typeof reportRequest>) => [req.request.params.get('from'), req.request.params.get('to')];

  beforeEach(() => {
    // 23:00 on Sunday 9 March in New York, already Monday the 10th in UTC.
    jest.useFakeTimers({ now: new Date('2025-03-10T03:00:00Z') });
    socket = new FakeInboxSocket();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), OperationsStore, { provide: INBOX_SOCKET_FACTORY, useValue: socket.factory() }],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(OperationsStore);
  });
  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  function startWith30Days(): void {
    store.start();
    http.expectOne('/api/v1/practice').flush({ timezone: 'America/New_York' });
    const req = reportRequest();
    expect(period(req)).toEqual(['2025-02-08', '2025-03-09']);
    req.flush(aReport('2025-02-08', '2025-03-09'));
  }

  it('counts "last N days" back from today in the practice’s time zone, not the browser’s', () => {
    expect(store.loadState()).toBe('loading');
    startWith30Days();
    expect(store.loadState()).toBe('ready');
    store.choose(7);
    const req = reportRequest();
    expect(period(req)).toEqual(['2025-03-03', '2025-03-09']);
    expect(store.loadState()).toBe('loading'); // a new period does not show the old one's figures
    req.flush(aReport('2025-03-03', '2025-03-09'));
    expect(store.choice()).toBe(7);
    expect(store.report()?.from).toBe('2025-03-03');
  });

  it('refreshes once, two seconds after a burst of thread events, keeping the figures on screen', () => {
    startWith30Days();
    for (const id of ['a', 'b', 'c']) socket.serverSends(InboxEvent.ThreadUpdated, { thread: aThread({ id }), at: '' });
    http.expectNone((r) => r.url === '/api/v1/operations');
    jest.advanceTimersByTime(LIVE_REFRESH_MS);
    const req = reportRequest();
    expect(store.loadState()).toBe('ready');
    expect(store.refreshing()).toBe(true);
    req.flush(aReport('2025-02-08', '2025-03-09', 4));
    expect(store.report()?.backlogNow).toBe(4);
    expect(store.refreshing()).toBe(false);
  });

  it('keeps the last figures with a warning when a refresh fails', () => {
    startWith30Days();
    store.refresh();
    reportRequest().flush({ statusCode: 503, error: 'Unavailable', message: 'The database is not answering.' }, { status: 503, statusText: 'Unavailable' });
    expect(store.loadState()).toBe('ready');
    expect(store.error()).toBe('The database is not answering.');
    expect(store.report()?.backlogNow).toBe(1);
  });

  it('shows an error when the first load fails, and retries', () => {
    store.start();
    http.expectOne('/api/v1/practice').flush({ statusCode: 403, error: 'Forbidden', message: 'no' }, { status: 403, statusText: 'Forbidden' });
    expect(store.loadState()).toBe('error');
    store.retry();
    http.expectOne('/api/v1/practice').flush({ timezone: 'America/New_York' });
    reportRequest().flush(aReport('2025-02-08', '2025-03-09'));
    expect(store.loadState()).toBe('ready');
  });

  it('fetches a custom period only once it is valid, and names the field otherwise', () => {
    startWith30Days();
    expect(store.chooseCustom('2025-03-09', '2025-03-01')).toEqual([{ field: 'to', message: 'to must not be before from' }]);
    expect(store.chooseCustom('', '2025-03-01').map((p) => p.field)).toEqual(['from']);
    http.expectNone((r) => r.url === '/api/v1/operations');
    expect(store.chooseCustom('2025-01-01', '2025-01-31')).toEqual([]);
    const req = reportRequest();
    expect(period(req)).toEqual(['2025-01-01', '2025-01-31']);
    req.flush(aReport('2025-01-01', '2025-01-31', 0));
    expect(store.choice()).toBe('custom');
    expect(store.empty()).toBe(true);
  });
});
