import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Page, ThreadSummary } from '@carequeue/contracts';
import { of, throwError, type Observable } from 'rxjs';
import { ApiClient } from '../../core/api.client';
import { ClockService } from '../../core/clock.service';
import { INBOX_SOCKET_FACTORY } from '../../core/inbox-socket.service';
import { FakeInboxSocket } from '../../testing/fake-inbox-socket';
import { aThread } from '../../testing/thread-factory';
import { InboxPage } from './inbox.page';
import { InboxStore } from './inbox.store';

const NOW = Date.parse('2025-03-03T09:03:00Z');

describe('InboxPage', () => {
  let socket: FakeInboxSocket;
  let fixture: ComponentFixture<InboxPage>;
  let el: HTMLElement;

  async function render(response: Observable<Page<ThreadSummary>>): Promise<void> {
    socket = new FakeInboxSocket();
    TestBed.configureTestingModule({
      imports: [InboxPage],
      providers: [
        provideRouter([]),
        InboxStore,
        { provide: INBOX_SOCKET_FACTORY, useValue: socket.factory() },
        { provide: ApiClient, useValue: { listThreads: () => response } },
        { provide: ClockService, useValue: { now: () => NOW } },
      ],
    });
    fixture = TestBed.createComponent(InboxPage);
    el = fixture.nativeElement;
    await fixture.whenStable();
  }

  const rows = () => Array.from(el.querySelectorAll<HTMLElement>('[data-testid="inbox-row"]'));
  const pageOf = (items: ThreadSummary[]) => of({ items, total: items.length, limit: 100, offset: 0 });

  it('renders one row per thread with its labels, in queue order', async () => {
    await render(
      pageOf([
        aThread({ id: 't-1', subject: 'Refill lisinopril', patientName: 'Maria Lopez' }),
        aThread({
          id: 't-2',
          subject: 'Chest tightness',
          urgent: true,
          category: 'clinical_question',
          pool: 'physician',
          dueAt: '2025-03-03T10:03:00Z',
        }),
      ]),
    );

    expect(rows().map((r) => r.dataset['threadId'])).toEqual(['t-2', 't-1']);
    const [urgent, routine] = rows();
    expect(urgent.querySelector('[data-testid="inbox-row-subject"]')?.textContent).toContain('Chest tightness');
    expect(urgent.textContent).toContain('Urgent');
    expect(urgent.textContent).toContain('Clinical question');
    expect(urgent.textContent).toContain('Physicians');
    expect(urgent.textContent).toContain('due in 1 h');
    expect(routine.textContent).toContain('Maria Lopez');
    expect(routine.textContent).toContain('Medical assistants');
    expect(routine.textContent).toContain('Unclaimed');
    expect(routine.textContent).toContain('received 3 min ago');
    expect(routine.getAttribute('href')).toBe('/inbox/t-1');
  });

  it('adds a pushed thread without reloading, highlights it and announces it', async () => {
    await render(pageOf([aThread({ id: 't-1' })]));
    socket.serverSends('thread.created', { thread: aThread({ id: 't-9', patientName: 'Ana Ruiz' }), at: '' });
    await fixture.whenStable();

    expect(rows()).toHaveLength(2);
    const fresh = el.querySelector('[data-thread-id="t-9"]');
    expect(fresh?.classList).toContain('row--fresh');
    expect(el.querySelector('[role="log"]')?.textContent).toContain('New message from Ana Ruiz');
  });

  it('filters by pool chip and shows counts', async () => {
    await render(pageOf([aThread({ pool: 'nurse' }), aThread({ pool: 'billing' }), aThread({ pool: 'billing' })]));
    const billing = el.querySelector<HTMLButtonElement>('[data-testid="pool-chip-billing"]');
    expect(billing?.textContent).toContain('2');

    billing?.click();
    await fixture.whenStable();
    expect(billing?.getAttribute('aria-pressed')).toBe('true');
    expect(rows()).toHaveLength(2);
  });

  it('shows an empty state', async () => {
    await render(pageOf([]));
    expect(rows()).toHaveLength(0);
    expect(el.querySelector('[data-testid="inbox-empty"]')?.textContent).toContain('Nothing waiting here');
  });

  it('shows an error state with a retry', async () => {
    await render(throwError(() => new Error('boom')));
    const error = el.querySelector('[data-testid="inbox-error"]');
    expect(error?.textContent).toContain('could not be loaded');
    expect(error?.querySelector('button')?.textContent).toContain('Try again');
  });
});
