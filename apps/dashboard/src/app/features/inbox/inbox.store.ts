import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { CATEGORY_LABELS, type ThreadSummary } from '@carequeue/contracts';
import type { Subscription } from 'rxjs';
import { ApiClient } from '../../core/api.client';
import { describeApiError } from '../../core/api-error';
import { DASHBOARD_CONFIG } from '../../core/app-config';
import { InboxSocketService, type ThreadEvent } from '../../core/inbox-socket.service';
import {
  countByPool,
  matchesFilters,
  matchesPool,
  matchesStatus,
  NO_QUEUE_FILTERS,
  type QueueFilters,
  mergeThreads,
  upsertThread,
  type PoolFilter,
  type StatusFilter,
} from './inbox-order';

/** How long a newly arrived row stays highlighted. */
export const NEW_ROW_HIGHLIGHT_MS = 8_000;
/** Announcements kept in the live region; older ones have been read out already. */
const MAX_ANNOUNCEMENTS = 5;

export type InboxLoadState = 'loading' | 'ready' | 'error';

export interface Announcement {
  id: number;
  text: string;
}

/**
 * The live queue: the first page from the API, kept current by socket pushes (upserts by id),
 * filtered by pool and status on the client so pushes and filters never disagree.
 */
@Injectable()
export class InboxStore {
  private readonly api = inject(ApiClient);
  private readonly pageSize = inject(DASHBOARD_CONFIG).inboxPageSize;
  private readonly destroyRef = inject(DestroyRef);

  private readonly threadList = signal<readonly ThreadSummary[]>([]);
  private readonly state = signal<InboxLoadState>('loading');
  private readonly loadError = signal<string | null>(null);
  private readonly serverTotal = signal(0);
  private readonly pool = signal<PoolFilter>('all');
  private readonly status = signal<StatusFilter>('open');
  private readonly narrow = signal<QueueFilters>(NO_QUEUE_FILTERS);
  private readonly clockNow = signal(Date.now());
  private readonly freshIds = signal<ReadonlySet<string>>(new Set());
  private readonly announced = signal<readonly Announcement[]>([]);

  /** Arrivals not yet read out because the current filters hide them. */
  private readonly unannounced = new Set<string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private loading?: Subscription;
  private announcementSeq = 0;

  readonly threads = this.threadList.asReadonly();
  readonly loadState = this.state.asReadonly();
  readonly error = this.loadError.asReadonly();
  readonly poolFilter = this.pool.asReadonly();
  readonly statusFilter = this.status.asReadonly();
  readonly queueFilters = this.narrow.asReadonly();
  readonly highlighted = this.freshIds.asReadonly();
  readonly announcements = this.announced.asReadonly();

  readonly visible = computed(() => {
    const pool = this.pool();
    const status = this.status();
    const narrow = this.narrow();
    const now = this.clockNow();
    return this.threadList().filter((t) => matchesPool(t, pool) && matchesStatus(t, status) && matchesFilters(t, narrow, now));
  });

  /** Narrow the queue further (category, priority, past due, mine); `now` dates the "past due" test. */
  setFilters(filters: Partial<QueueFilters>, now = Date.now()): void {
    this.clockNow.set(now);
    this.narrow.update((current) => ({ ...current, ...filters }));
  }
  readonly poolCounts = computed(() => countByPool(this.threadList(), this.status()));
  /** The API holds more threads than the first page brought. */
  readonly hiddenByPaging = computed(() => Math.max(0, this.serverTotal() - this.threadList().length));

  constructor() {
    const socket = inject(InboxSocketService);
    socket.threadEvents$.pipe(takeUntilDestroyed()).subscribe((event) => this.apply(event));
    // Pushes sent while the socket was down are gone; catch up from the API after a reconnect.
    socket.connected$.pipe(takeUntilDestroyed()).subscribe(() => {
      if (this.state() !== 'loading') this.load();
    });
    this.destroyRef.onDestroy(() => {
      for (const timer of this.timers.values()) clearTimeout(timer);
      this.loading?.unsubscribe();
    });
  }

  /** Fetch the first page and merge it in; pushes that raced the fetch are kept if newer. */
  load(): void {
    this.loading?.unsubscribe();
    if (this.threadList().length === 0) this.state.set('loading');
    this.loading = this.api.listThreads({ limit: this.pageSize, offset: 0 }).subscribe({
      next: (page) => {
        this.threadList.update((held) => mergeThreads(held, page.items));
        this.serverTotal.set(page.total);
        this.loadError.set(null);
        this.state.set('ready');
      },
      error: (error: unknown) => {
        this.loadError.set(describeApiError(error));
        // With threads on screen a failed refresh is a warning, not a blank page.
        this.state.set(this.threadList().length ? 'ready' : 'error');
      },
    });
  }

  setPoolFilter(pool: PoolFilter): void {
    this.pool.set(pool);
  }

  setStatusFilter(status: StatusFilter): void {
    this.status.set(status);
  }

  /** Apply one push as an upsert; new messages are highlighted and announced. */
  apply({ payload: { thread } }: ThreadEvent): void {
    const current = this.threadList();
    const held = current.find((t) => t.id === thread.id);
    const next = upsertThread(current, thread);
    if (next === current) return;
    this.threadList.set(next);
    if (!held) this.serverTotal.update((total) => total + 1);

    const arrived = !held || thread.messageCount > held.messageCount;
    const becameUrgent = thread.urgent && !held?.urgent;
    if (arrived || becameUrgent) {
      this.highlight(thread.id);
      this.unannounced.add(thread.id);
    }
    // A message often arrives before triage has given it a pool, so it may only become
    // visible under a pool filter with a later update: announce it then.
    if (this.unannounced.has(thread.id) && this.isVisible(thread)) {
      this.unannounced.delete(thread.id);
      this.announce(thread);
    }
  }

  private isVisible(thread: ThreadSummary): boolean {
    return matchesPool(thread, this.pool()) && matchesStatus(thread, this.status());
  }

  private highlight(id: string): void {
    clearTimeout(this.timers.get(id));
    this.freshIds.update((ids) => new Set(ids).add(id));
    this.timers.set(
      id,
      setTimeout(() => {
        this.timers.delete(id);
        this.unannounced.delete(id);
        this.freshIds.update((ids) => {
          const next = new Set(ids);
          next.delete(id);
          return next;
        });
      }, NEW_ROW_HIGHLIGHT_MS),
    );
  }

  private announce(thread: ThreadSummary): void {
    // Name and category only: message text never goes to a screen reader's speech history.
    const kind = thread.urgent ? 'Urgent message' : 'New message';
    const text = `${kind} from ${thread.patientName}: ${CATEGORY_LABELS[thread.category]}`;
    this.announced.update((list) => [...list, { id: ++this.announcementSeq, text }].slice(-MAX_ANNOUNCEMENTS));
  }
}
