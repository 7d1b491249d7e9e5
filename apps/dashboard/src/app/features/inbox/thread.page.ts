import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CATEGORY_LABELS, canWorkThread, type ThreadDetail, type ThreadMessage } from '@carequeue/contracts';
import { SessionStore } from '../../core/auth/session.store';
import { ClockService } from '../../core/clock.service';
import { PRIORITY_LABELS, ROLE_LABELS, STATUS_LABELS, poolLabel } from '../../core/labels';
import { absoluteTime, dueLabel, timeAgo } from '../../core/time-format';
import { InboxSocketService } from '../../core/inbox-socket.service';
import { ReplyBoxComponent } from './reply-box.component';
import { ThreadWorkPanelComponent } from './thread-work-panel.component';
import { ThreadStore } from './thread.store';

/** One thread: who is on it and what can be done, its messages in order, and why it was routed here. */
@Component({
  selector: 'cq-thread-page',
  imports: [RouterLink, ThreadWorkPanelComponent, ReplyBoxComponent],
  providers: [ThreadStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './thread.page.html',
  styleUrl: './thread.page.css',
})
export class ThreadPage {
  /** Route parameter `:id`, bound by the router. */
  readonly id = input.required<string>();

  protected readonly store = inject(ThreadStore);
  private readonly clock = inject(ClockService);
  private readonly session = inject(SessionStore);

  protected readonly facts = computed(() => {
    const thread = this.store.thread();
    return thread ? describeThread(thread, this.clock.now()) : [];
  });

  constructor() {
    const socket = inject(InboxSocketService);
    effect(() => {
      const id = this.id();
      untracked(() => {
        this.store.load(id);
        socket.view(id);
      });
    });
    inject(DestroyRef).onDestroy(() => socket.view(null));
  }

  /** The reply box shows only to someone who may answer this thread now (the server checks again). */
  protected canReply(thread: ThreadDetail): boolean {
    const me = this.session.user();
    if (!me || thread.status === 'closed' || thread.status === 'new' || !canWorkThread(me.role, thread.pool)) return false;
    return !thread.claimedBy || thread.claimedBy.id === me.id;
  }

  protected author(message: ThreadMessage, thread: ThreadDetail): string {
    switch (message.author) {
      case 'patient':
        return `${thread.patientName} (patient)`;
      case 'staff': {
        const role = message.authorRole ? `, ${ROLE_LABELS[message.authorRole]}` : '';
        const note = message.internal ? ' · staff note, not visible to the patient' : '';
        return `${message.authorName ?? 'Staff member'}${role}${note}`;
      }
      case 'system':
        return 'CareQueue (automatic)';
    }
  }

  protected sentAt(message: ThreadMessage): string {
    return absoluteTime(message.sentAt);
  }

  protected sentAgo(message: ThreadMessage): string {
    return timeAgo(message.sentAt, this.clock.now());
  }
}

function describeThread(thread: ThreadDetail, now: number): { term: string; value: string }[] {
  const category =
    thread.requestedCategory !== thread.category
      ? `${CATEGORY_LABELS[thread.category]} (patient chose ${CATEGORY_LABELS[thread.requestedCategory]})`
      : CATEGORY_LABELS[thread.category];
  const due = thread.dueAt ? `${absoluteTime(thread.dueAt)}, ${dueLabel(thread.dueAt, now).text}` : 'No due time';
  const patient = thread.patient
    ? `${thread.patientName}, ${thread.patient.ageYears} · ${thread.patient.mrn}`
    : thread.patientName;
  return [
    { term: 'Patient', value: patient },
    { term: 'Own physician', value: thread.patient?.primaryPhysician ?? 'None on file' },
    { term: 'Category', value: category },
    { term: 'Pool', value: poolLabel(thread.pool) },
    { term: 'Status', value: STATUS_LABELS[thread.status] },
    { term: 'Priority', value: thread.urgent ? 'Urgent' : PRIORITY_LABELS[thread.priority] },
    { term: 'Due', value: due },
  ];
}
