import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { DEFAULT_ROUTING_RULES } from '@carequeue/triage';
import { ApiClient } from '../../core/api.client';

/** The Rules page's calls, as the API contract names them. */
describe('ApiClient: rules and triage preview', () => {
  let api: ApiClient;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ApiClient);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('reads the rules and their versions, and saves the whole list with PUT', () => {
    api.rules().subscribe();
    api.ruleVersions().subscribe();
    api.saveRules({ rules: DEFAULT_ROUTING_RULES, note: 'n' }).subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/rules' }).flush({});
    http.expectOne({ method: 'GET', url: '/api/v1/rules/versions' }).flush([]);
    const put = http.expectOne({ method: 'PUT', url: '/api/v1/rules' });
    expect(put.request.body).toEqual({ rules: DEFAULT_ROUTING_RULES, note: 'n' });
    put.flush({});
  });

  it('posts a preview with draft rules', () => {
    api.triagePreview({ subject: 's', body: 'b', rules: [] }).subscribe();
    const req = http.expectOne({ method: 'POST', url: '/api/v1/triage/preview' });
    expect(req.request.body).toEqual({ subject: 's', body: 'b', rules: [] });
    req.flush({});
  });
});
