import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aThread, aThreadDetail } from '../../testing/thread-factory';
import { BatchStore } from './batch.store';

describe('BatchStore', () => {
  let http: HttpTestingController;
  let store: BatchStore;
  const flushAll = () => new Promise((r) => setTimeout(r, 0));

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), BatchStore] });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(BatchStore);
  });
  afterEach(() => http.verify());

  async function openThread(id: string) {
    await flushAll();
    http.expectOne(`/api/v1/threads/${id}/claim`).flush({ renewed: false });
    await flushAll();
    http.expectOne(`/api/v1/threads/${id}`).flush(aThreadDetail({ id }));
    await flushAll();
  }

  it('claims each thread as it opens, releases a skipped one, and ends with a count', async () => {
    const started = store.start();
    http.expectOne('/api/v1/threads/batch').flush([aThread({ id: 'a' }), aThread({ id: 'b' })]);
    await openThread('a');
    await started;
    expect(store.state()).toBe('working');
    expect([store.position(), store.total()]).toEqual([1, 2]);

    const skipped = store.skip();
    await flushAll();
    http.expectOne('/api/v1/threads/a/release').flush(null);
    await openThread('b');
    await skipped;
    expect(store.current()?.id).toBe('b');

    await store.answeredCurrent();
    expect(store.state()).toBe('done');
    expect([store.answered(), store.skipped()]).toEqual([1, 1]);
  });

  it('is done at once when nothing needs the physician', async () => {
    const started = store.start();
    http.expectOne('/api/v1/threads/batch').flush([]);
    await started;
    expect(store.state()).toBe('done');
  });
});
