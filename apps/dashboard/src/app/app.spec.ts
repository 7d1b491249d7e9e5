import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { StaffProfile } from '@carequeue/contracts';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { App, NAV_ITEMS } from './app';
import { SessionStore } from './core/auth/session.store';
import { INBOX_SOCKET_FACTORY } from './core/inbox-socket.service';
import { FakeInboxSocket } from './testing/fake-inbox-socket';

describe('App shell', () => {
  let socket: FakeInboxSocket;
  const user = signal<StaffProfile | null>({ id: 'u1', name: 'Dana Patel', email: 'dana@example.test', role: 'medical_assistant' });

  beforeEach(() => {
    socket = new FakeInboxSocket();
    user.set({ id: 'u1', name: 'Dana Patel', email: 'dana@example.test', role: 'medical_assistant' });
    TestBed.configureTestingModule({
      imports: [App],
      providers: [
        provideRouter([]),
        // The real app provides async animations for ngx-charts; tests never animate.
        provideNoopAnimations(),
        { provide: INBOX_SOCKET_FACTORY, useValue: socket.factory() },
        { provide: SessionStore, useValue: { user, signedIn: () => user() !== null, accessToken: () => 'token', signOut: jest.fn() } },
      ],
    });
  });

  it('shows the product name, landmarks and a link to every page the role may open', async () => {
    user.set({ id: 'u2', name: 'Jo Admin', email: 'jo@example.test', role: 'admin' });
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;

    expect(el.querySelector('header')?.textContent).toContain('CareQueue');
    expect(el.querySelector('nav[aria-label="Main"]')).not.toBeNull();
    expect(el.querySelector('main#main')).not.toBeNull();
    for (const item of NAV_ITEMS.filter((i) => !i.roles || i.roles.includes('admin'))) {
      const link = el.querySelector(`[data-testid="nav-${item.path}"]`);
      expect(link?.getAttribute('href')).toBe(`/${item.path}`);
      expect(link?.textContent).toContain(item.label);
    }
  });

  it('offers Engagement to administrators and physicians only', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const engagement = () => (fixture.nativeElement as HTMLElement).querySelector('[data-testid="nav-engagement"]');
    expect(engagement()).toBeNull();
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="nav-inbox"]')).not.toBeNull();
    user.set({ id: 'u3', name: 'Dr. Ana Ruiz', email: 'ana@example.test', role: 'physician' });
    await fixture.whenStable();
    expect(engagement()).not.toBeNull();
  });

  it('names the signed-in person and their role', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="whoami"]')?.textContent?.trim()).toBe('Dana Patel · Medical assistant');
  });

  it('shows neither navigation nor a socket before sign-in', async () => {
    user.set(null);
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('nav[aria-label="Main"]')).toBeNull();
    expect(el.querySelector('[data-testid="connection-status"]')).toBeNull();
    expect(socket.connectCalls).toBe(0);
  });

  it('shows the socket connection state', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const status = () => (fixture.nativeElement as HTMLElement).querySelector('[data-testid="connection-status"]')?.textContent;
    expect(status()).toBe('Connecting');

    socket.connectNow();
    await fixture.whenStable();
    expect(status()).toBe('Live');

    socket.drop();
    await fixture.whenStable();
    expect(status()).toBe('Reconnecting');
  });
});
