import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AuthSession } from '@carequeue/contracts';
import { SessionStore } from './session.store';

const session = (n: number): AuthSession => ({
  accessToken: `access-${n}`,
  refreshToken: `refresh-${n}`,
  expiresIn: 900,
  user: { id: 'u1', name: 'Dana Patel', email: 'dana@example.test', role: 'medical_assistant' },
});

describe('SessionStore', () => {
  let http: HttpTestingController;
  let store: SessionStore;

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(SessionStore);
  });
  afterEach(() => http.verify());

  it('signs in, keeps the session for a reload of this tab, and signs out', async () => {
    const signedIn = store.signIn('dana@example.test', 'pw');
    const login = http.expectOne('/api/v1/auth/login');
    expect(login.request.body).toEqual({ email: 'dana@example.test', password: 'pw' });
    login.flush(session(1));
    expect((await signedIn).name).toBe('Dana Patel');
    expect(store.accessToken()).toBe('access-1');
    expect(JSON.parse(sessionStorage.getItem('carequeue.session') ?? '{}').refreshToken).toBe('refresh-1');

    const out = store.signOut();
    http.expectOne('/api/v1/auth/logout').flush(null);
    await out;
    expect(store.signedIn()).toBe(false);
    expect(sessionStorage.getItem('carequeue.session')).toBeNull();
  });

  it('shares one refresh between concurrent callers and stores the new pair', async () => {
    const signedIn = store.signIn('dana@example.test', 'pw');
    http.expectOne('/api/v1/auth/login').flush(session(1));
    await signedIn;

    const a = store.refresh();
    const b = store.refresh();
    const refresh = http.expectOne('/api/v1/auth/refresh');
    expect(refresh.request.body).toEqual({ refreshToken: 'refresh-1' });
    refresh.flush(session(2));
    expect(await Promise.all([a, b])).toEqual([true, true]);
    expect(store.accessToken()).toBe('access-2');
  });

  it('ends the session when the refresh is refused', async () => {
    const signedIn = store.signIn('dana@example.test', 'pw');
    http.expectOne('/api/v1/auth/login').flush(session(1));
    await signedIn;
    const refreshed = store.refresh();
    http.expectOne('/api/v1/auth/refresh').flush({ message: 'expired' }, { status: 401, statusText: 'Unauthorized' });
    expect(await refreshed).toBe(false);
    expect(store.user()).toBeNull();
  });
});
