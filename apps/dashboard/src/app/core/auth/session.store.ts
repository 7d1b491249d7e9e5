import { HttpBackend, HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { AuthSession, StaffProfile } from '@carequeue/contracts';
import { firstValueFrom } from 'rxjs';
import { DASHBOARD_CONFIG } from '../app-config';

interface StoredSession {
  accessToken: string;
  refreshToken: string;
  /** Epoch ms when the access token expires. */
  expiresAt: number;
  user: StaffProfile;
}

const STORAGE_KEY = 'carequeue.session';
/** Refresh this long before the access token expires, so requests never meet an expired one. */
const REFRESH_AHEAD_MS = 60_000;

/**
 * The signed-in staff member. Kept in sessionStorage: it survives a reload but not closing the
 * tab, which suits shared clinic workstations. Talks to /auth through HttpBackend so the auth
 * interceptor never sees (or loops on) its own calls.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly http = new HttpClient(inject(HttpBackend));
  private readonly base = inject(DASHBOARD_CONFIG).apiBase;
  private readonly session = signal<StoredSession | null>(this.restore());
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  private refreshing: Promise<boolean> | null = null;

  readonly user = computed(() => this.session()?.user ?? null);
  readonly signedIn = computed(() => this.session() !== null);

  constructor() {
    const current = this.session();
    if (current) this.schedule(current);
  }

  accessToken(): string | null {
    return this.session()?.accessToken ?? null;
  }

  async signIn(email: string, password: string): Promise<StaffProfile> {
    const session = await firstValueFrom(this.http.post<AuthSession>(`${this.base}/auth/login`, { email, password }));
    this.store(session);
    return session.user;
  }

  /** Exchanges the refresh token; concurrent callers share one request. False when the session is gone. */
  refresh(): Promise<boolean> {
    const current = this.session();
    if (!current) return Promise.resolve(false);
    this.refreshing ??= firstValueFrom(this.http.post<AuthSession>(`${this.base}/auth/refresh`, { refreshToken: current.refreshToken }))
      .then((session) => {
        this.store(session);
        return true;
      })
      .catch(() => {
        this.clear();
        return false;
      })
      .finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  async signOut(): Promise<void> {
    const current = this.session();
    this.clear();
    if (current) await firstValueFrom(this.http.post(`${this.base}/auth/logout`, { refreshToken: current.refreshToken })).catch(() => undefined);
  }

  private store(session: AuthSession): void {
    const stored: StoredSession = {
      accessToken: session.accessToken,
      refreshToken: session.refreshToken,
      expiresAt: Date.now() + session.expiresIn * 1000,
      user: session.user,
    };
    this.session.set(stored);
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
    this.schedule(stored);
  }

  private clear(): void {
    this.session.set(null);
    sessionStorage.removeItem(STORAGE_KEY);
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
  }

  private schedule(session: StoredSession): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    const delay = Math.max(0, session.expiresAt - Date.now() - REFRESH_AHEAD_MS);
    this.refreshTimer = setTimeout(() => void this.refresh(), delay);
  }

  private restore(): StoredSession | null {
    try {
      const raw = sessionStorage.getItem(STORAGE_KEY);
      return raw ? (JSON.parse(raw) as StoredSession) : null;
    } catch {
      return null;
    }
  }
}
