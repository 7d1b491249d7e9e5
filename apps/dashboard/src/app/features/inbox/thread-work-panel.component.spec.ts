import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { StaffProfile, ThreadDetail } from '@carequeue/contracts';
import { SessionStore } from '../../core/auth/session.store';
import { INBOX_SOCKET_FACTORY } from '../../core/inbox-socket.service';
import { FakeInboxSocket } from '../../testing/fake-inbox-socket';
import { aThreadDetail } from '../../testing/thread-factory';
import { ThreadWorkPanelComponent } from './thread-work-panel.component';

const dana: StaffProfile = { id: 'u-dana', name: 'Dana Patel', email: 'dana@example.test', role: 'medical_assistant' };

describe('ThreadWorkPanelComponent', () => {
  let http: HttpTestingController;
  let socket: FakeInboxSocket;
  const user = signal<StaffProfile | null>(dana);

  function render(thread: ThreadDetail) {
    const fixture = TestBed.createComponent(ThreadWorkPanelComponent);
    fixture.componentRef.setInput('thread', thread);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    return { fixture, el, has: (id: string) => el.querySelector(`[data-testid="${id}"]`) !== null, text: (id: string) => el.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() };
  }

  beforeEach(() => {
    user.set(dana);
    socket = new FakeInboxSocket();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: INBOX_SOCKET_FACTORY, useValue: socket.factory() },
        { provide: SessionStore, useValue: { user, accessToken: () => 'token' } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  it('offers an assistant the claim and the other actions on an unclaimed refill', () => {
    const { has, text } = render(aThreadDetail({ pool: 'medical_assistant' }));
    expect(text('claim-holder')).toBe('Nobody is working on this yet.');
    for (const id of ['claim', 'reroute', 'escalate', 'wait', 'close']) expect(has(id)).toBe(true);
    expect(has('release')).toBe(false);
  });

  it('names the colleague holding the claim and offers nothing to act with', () => {
    const { has, text } = render(aThreadDetail({ claimedBy: { id: 'u-eli', name: 'Eli Novak', role: 'medical_assistant' } }));
    expect(text('claim-holder')).toBe('Eli Novak (Medical assistant) is working on this.');
    for (const id of ['claim', 'reroute', 'escalate', 'close']) expect(has(id)).toBe(false);
  });

  it("offers only release and the actions to its holder", () => {
    const { has, text } = render(aThreadDetail({ claimedBy: { id: dana.id, name: dana.name, role: dana.role } }));
    expect(text('claim-holder')).toContain('You are working on this.');
    expect(has('release')).toBe(true);
    expect(has('claim')).toBe(false);
  });

  it("does not let an assistant work a physician's thread", () => {
    const { has } = render(aThreadDetail({ pool: 'physician' }));
    expect(has('claim')).toBe(false);
    expect(has('close')).toBe(false);
  });

  it('claims through the API and reports a conflict in words', async () => {
    const { fixture, el, text } = render(aThreadDetail({ id: 't-1' }));
    (el.querySelector('[data-testid="claim"]') as HTMLButtonElement).click();
    const request = http.expectOne('/api/v1/threads/t-1/claim');
    expect(request.request.method).toBe('POST');
    request.flush({ message: 'Eli Novak is working on this thread' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    fixture.detectChanges();
    expect(text('action-error')).toBe('Eli Novak is working on this thread');
  });
});
