import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ThreadDetail } from '@carequeue/contracts';
import { of, throwError, type Observable } from 'rxjs';
import { ApiClient } from '../../core/api.client';
import { INBOX_SOCKET_FACTORY } from '../../core/inbox-socket.service';
import { FakeInboxSocket } from '../../testing/fake-inbox-socket';
import { aThreadDetail } from '../../testing/thread-factory';
import { ThreadPage } from './thread.page';

describe('ThreadPage', () => {
  async function render(response: Observable<ThreadDetail>) {
    TestBed.configureTestingModule({
      imports: [ThreadPage],
      providers: [
        provideRouter([]),
        { provide: INBOX_SOCKET_FACTORY, useValue: new FakeInboxSocket().factory() },
        { provide: ApiClient, useValue: { getThread: () => response } },
      ],
    });
    const fixture = TestBed.createComponent(ThreadPage);
    fixture.componentRef.setInput('id', 'thread-1');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the messages in order with their authors, and the routing explanation', async () => {
    const el = await render(
      of(
        aThreadDetail({
          id: 'thread-1',
          subject: 'Inhaler refill',
          patientName: 'Maria Lopez',
          messages: [
            { id: 'm1', author: 'patient', internal: false, authorName: null, authorRole: null, body: 'Please refill my inhaler.', sentAt: '2025-03-03T09:00:00Z', triagedAt: null },
            { id: 'm2', author: 'staff', internal: false, authorName: 'Dana Reyes', authorRole: 'medical_assistant', body: 'Sent to your pharmacy.', sentAt: '2025-03-03T09:30:00Z', triagedAt: null },
          ],
          routingExplanation: ["category 'medication_refill' goes to the medical assistants"],
        }),
      ),
    );

    expect(el.querySelector('h1')?.textContent).toContain('Inhaler refill');
    const messages = Array.from(el.querySelectorAll('[data-testid="thread-message"]'));
    expect(messages.map((m) => m.querySelector('.message-body')?.textContent)).toEqual([
      'Please refill my inhaler.',
      'Sent to your pharmacy.',
    ]);
    expect(messages[0].textContent).toContain('Maria Lopez (patient)');
    expect(messages[1].textContent).toContain('Dana Reyes, Medical assistant');
    expect(el.textContent).toContain("category 'medication_refill' goes to the medical assistants");
  });

  it('says so when the thread does not exist', async () => {
    const el = await render(throwError(() => new HttpErrorResponse({ status: 404 })));
    expect(el.querySelector('h1')?.textContent).toContain('Thread not found');
  });
});
