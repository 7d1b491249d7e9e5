import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { percent, type MeasureResult, type MeasuresReportResponse } from '@carequeue/measures';
import { INBOX_SOCKET_FACTORY } from '../../core/inbox-socket.service';
import { FakeInboxSocket } from '../../testing/fake-inbox-socket';
import { aThread } from '../../testing/thread-factory';
import { EngagementStore, LIVE_REFRESH_DEBOUNCE_MS } from './engagement.store';

/** Lets the store's awaits run (HTTP answers resolve promises, several microtasks deep). */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

const figure = (id: MeasureResult['id'], numerator: number, denominator: number): MeasureResult => ({
  id,
  numerator,
  denominator,
  percent: denominator ? (100 * numerator) / denominator : null,
  threshold: percent(50),
  met: numerator * 2 > denominator,
  excluded: denominator === 0,
  definition: '',
});

function aReport(numerator: number): MeasuresReportResponse {
  return {
    from: '2026-01-01',
    to: '2026-03-31',
    stage: 2,
    programYear: null,
    practice: [figure('s2-online-access', numerator, 10)],
    providers: [
      { providerId: 'dr-a', name: 'Dr A', measures: [figure('s2-online-access', 4, 5)] },
      { providerId: 'dr-b', name: 'Dr B', measures: [figure('s2-online-access', 0, 0)] },
    ],
  };
}

describe('EngagementStore', () => {
  let store: EngagementStore;
  let http: HttpTestingController;
  let socket: FakeInboxSocket;

  const pending = (path: string) => http.match((r) => r.url === `/api/v1/engagement/measures${path}`);
  const flushAll = async (report = aReport(6)) => {
    pending('').forEach((r) => r.flush(report));
    pending('/trend').forEach((r) => r.flush({ weeks: [] }));
    await settle();
  };

  beforeEach(() => {
    jest.useFakeTimers({ now: new Date(2026, 2, 31, 10, 0) });
    socket = new FakeInboxSocket();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), EngagementStore, { provide: INBOX_SOCKET_FACTORY, useValue: socket.factory() }],
    });
    store = TestBed.inject(EngagementStore);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('loads Stage 2 for the last 90 days, the report for every EP and the trend for the practice', async () => {
    void store.load();
    const [report] = pending('');
    expect(report.request.params.toString()).toBe('from=2026-01-01&to=2026-03-31&stage=2');
    const [trend] = pending('/trend');
    expect(trend.request.params.toString()).toBe('from=2026-01-01&to=2026-03-31&stage=2');
    expect(store.reportState()).toBe('loading');
    report.flush(aReport(6));
    trend.flush({ weeks: [] });
    await settle();
    expect(store.reportState()).toBe('ready');
    expect(store.figures()[0]).toMatchObject({ numerator: 6 });
  });

  it("shows the chosen EP's figures and asks the trend for that EP only", async () => {
    void store.load();
    await flushAll();
    store.setProvider('dr-b');
    const [report] = pending('');
    expect(report.request.params.has('providerId')).toBe(false);
    const [trend] = pending('/trend');
    expect(trend.request.params.get('providerId')).toBe('dr-b');
    report.flush(aReport(6));
    trend.flush({ weeks: [] });
    await settle();
    expect(store.figures()[0]).toMatchObject({ excluded: true, denominator: 0 });
  });

  it('does not ask for a trend longer than 53 weeks, nor anything for a period the API would refuse', async () => {
    store.setPeriod({ from: '2024-01-01', to: '2025-06-30' });
    expect(pending('')).toHaveLength(1);
    expect(pending('/trend')).toHaveLength(0);
    await flushAll();
    expect(store.trendState()).toBe('idle');
    store.setPeriod({ from: '2026-03-31', to: '2026-03-01' });
    expect(store.periodError()).toMatch(/before the first day/);
    expect(pending('')).toHaveLength(0);
  });

  it('keeps only the answer to the latest request when an older one arrives late', async () => {
    void store.load();
    const [first] = pending('');
    store.setStage(3);
    const second = pending('').find((r) => r !== first) as TestRequest;
    second.flush(aReport(9));
    first.flush(aReport(1));
    await settle();
    expect(store.figures()[0]).toMatchObject({ numerator: 9 });
  });

  it('opens the gap list of a measure, pages it, and switches sets from the first page', async () => {
    void store.load();
    await flushAll();
    store.openDrill('s2-online-access');
    const [gap] = http.match((r) => r.url.endsWith('/s2-online-access/patients'));
    expect(gap.request.params.toString()).toBe('from=2026-01-01&to=2026-03-31&set=gap&limit=25&offset=0');
    gap.flush({ items: [], total: 40 });
    store.pageDrill(25);
    expect(http.match((r) => r.url.endsWith('/patients'))[0].request.params.get('offset')).toBe('25');
    store.setDrillSet('numerator');
    const [numerator] = http.match((r) => r.url.endsWith('/patients'));
    expect(numerator.request.params.get('set')).toBe('numerator');
    expect(numerator.request.params.get('offset')).toBe('0');
  });

  it('refetches once, a second after a burst of engagement changes and message events, keeping the figures shown', async () => {
    void store.load();
    await flushAll();
    socket.serverSends('engagement.changed', { practiceId: 'p', at: '2026-03-31T10:00:00Z' });
    socket.serverSends('thread.created', { thread: aThread(), at: '2026-03-31T10:00:00Z' });
    jest.advanceTimersByTime(LIVE_REFRESH_DEBOUNCE_MS - 100);
    socket.serverSends('thread.updated', { thread: aThread(), at: '2026-03-31T10:00:00Z' });
    jest.advanceTimersByTime(LIVE_REFRESH_DEBOUNCE_MS - 1);
    expect(pending('')).toHaveLength(0);
    jest.advanceTimersByTime(1);
    const reports = pending('');
    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(store.reportState()).toBe('ready');
    expect(store.figures()[0]).toMatchObject({ numerator: 6 });
    report.flush(aReport(7));
    await flushAll();
    expect(store.figures()[0]).toMatchObject({ numerator: 7 });
  });

  it('keeps the same objects on screen when a refresh brings the same figures', async () => {
    void store.load();
    await flushAll();
    const shown = store.report();
    void store.refresh();
    await flushAll(aReport(6));
    expect(store.report()).toBe(shown);
    void store.refresh();
    await flushAll(aReport(8));
    expect(store.report()).not.toBe(shown);
  });

  it('ignores pushes that do not change the figures (urgent alerts, viewers)', async () => {
    void store.load();
    await flushAll();
    socket.serverSends('thread.urgent', { thread: aThread(), at: '2026-03-31T10:00:00Z' });
    socket.serverSends('thread.viewers', { threadId: 'x', viewers: [] });
    jest.advanceTimersByTime(LIVE_REFRESH_DEBOUNCE_MS * 2);
    expect(pending('')).toHaveLength(0);
  });

  it('reports a failed load in words', async () => {
    void store.load();
    pending('')[0].flush({ message: 'stage must be 1, 2 or 3' }, { status: 400, statusText: 'Bad Request' });
    pending('/trend')[0].flush({ weeks: [] });
    await settle();
    expect(store.reportState()).toBe('error');
    expect(store.reportError()).toBe('stage must be 1, 2 or 3');
  });
});
