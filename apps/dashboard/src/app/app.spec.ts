import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { App, NAV_ITEMS } from './app';
import { INBOX_SOCKET_FACTORY } from './core/inbox-socket.service';
import { FakeInboxSocket } from './testing/fake-inbox-socket';

describe('App shell', () => {
  let socket: FakeInboxSocket;

  beforeEach(() => {
    socket = new FakeInboxSocket();
    TestBed.configureTestingModule({
      imports: [App],
      providers: [
        provideRouter([]),
        // The real app provides async animations for ngx-charts; tests never animate.
        provideNoopAnimations(),
        { provide: INBOX_SOCKET_FACTORY, useValue: socket.factory() },
      ],
    });
  });

  it('shows the product name, landmarks and a link to every page', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;

    expect(el.querySelector('header')?.textContent).toContain('CareQueue');
    expect(el.querySelector('nav[aria-label="Main"]')).not.toBeNull();
    expect(el.querySelector('main#main')).not.toBeNull();
    for (const item of NAV_ITEMS) {
      const link = el.querySelector(`[data-testid="nav-${item.path}"]`);
      expect(link?.getAttribute('href')).toBe(`/${item.path}`);
      expect(link?.textContent).toContain(item.label);
    }
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
