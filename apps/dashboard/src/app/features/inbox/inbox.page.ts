import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { CATEGORY_LABELS, POOLS, POOL_LABELS, THREAD_STATUSES, canWorkThread, type MessageCategory, type Priority, type ThreadSummary } from '@carequeue/contracts';
import { SessionStore } from '../../core/auth/session.store';
import { ClockService } from '../../core/clock.service';
import { PRIORITY_LABELS, STATUS_LABELS } from '../../core/labels';
import { BulkReplyComponent } from './bulk-reply.component';
import { InboxRowComponent } from './inbox-row.component';
import type { PoolFilter, StatusFilter } from './inbox-order';
import { InboxStore } from './inbox.store';

const POOL_CHIPS: readonly { value: PoolFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  ...POOLS.map((pool) => ({ value: pool, label: POOL_LABELS[pool] })),
];

const STATUS_OPTIONS: readonly { value: StatusFilter; label: string }[] = [
  { value: 'open', label: 'Open (not closed)' },
  { value: 'all', label: 'Any status' },
  ...THREAD_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] })),
];

/** The live queue of patient messages. */
@Component({
  selector: 'cq-inbox-page',
  imports: [BulkReplyComponent, InboxRowComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './inbox.page.html',
  styleUrl: './inbox.page.css',
})
export class InboxPage implements OnInit {
  protected readonly store = inject(InboxStore);
  protected readonly clock = inject(ClockService);
  protected readonly poolChips = POOL_CHIPS;
  protected readonly statusOptions = STATUS_OPTIONS;

  ngOnInit(): void {
    // The store outlives the page (it is provided on the Inbox routes), so coming back from a
    // thread refreshes the queue instead of starting from a blank list.
    this.store.load();
  }

  protected readonly categoryOptions = Object.entries(CATEGORY_LABELS) as [MessageCategory, string][];
  protected readonly priorityOptions = Object.entries(PRIORITY_LABELS) as [Priority, string][];
  private readonly me = inject(SessionStore).user;

  /** Threads picked for one reply to all (bulk). */
  protected readonly selected = signal<readonly string[]>([]);

  /** Only threads this person may answer now can be picked. */
  protected selectable(thread: ThreadSummary): boolean {
    const me = this.me();
    return !!me && thread.status !== 'closed' && canWorkThread(me.role, thread.pool) && (!thread.claimedBy || thread.claimedBy.id === me.id);
  }

  protected toggle(threadId: string, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this.selected.update((ids) => (on ? [...ids, threadId] : ids.filter((id) => id !== threadId)));
  }

  protected onCategoryChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.store.setFilters({ category: value ? (value as MessageCategory) : null });
  }

  protected onPriorityChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.store.setFilters({ priority: value ? (value as Priority) : null });
  }

  protected onOverdueChange(event: Event): void {
    this.store.setFilters({ overdueOnly: (event.target as HTMLInputElement).checked });
  }

  protected onMineChange(event: Event): void {
    this.store.setFilters({ mineOf: (event.target as HTMLInputElement).checked ? (this.me()?.id ?? null) : null });
  }

  protected onStatusChange(event: Event): void {
    this.store.setStatusFilter((event.target as HTMLSelectElement).value as StatusFilter);
  }
}
