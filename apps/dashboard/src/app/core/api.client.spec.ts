import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ApiClient } from './api.client';

describe('ApiClient', () => {
  let api: ApiClient;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ApiClient);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('lists threads under /api/v1, sending only the filters that are set', () => {
    api.listThreads({ pool: 'nurse', limit: 100, status: undefined }).subscribe();
    const req = http.expectOne((r) => r.url === '/api/v1/threads');
    expect(req.request.params.keys()).toEqual(['pool', 'limit']);
    expect(req.request.params.get('limit')).toBe('100');
    req.flush({ items: [], total: 0, limit: 100, offset: 0 });
  });

  it('fetches one thread and the health report', () => {
    api.getThread('abc').subscribe();
    api.health().subscribe();
    http.expectOne('/api/v1/threads/abc').flush({});
    http.expectOne('/api/v1/health').flush({});
  });
});
