import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { ThreadDetail } from '@carequeue/contracts';
import type { Subscription } from 'rxjs';
import { ApiClient } from '../../core/api.client';
import { describeApiError } from '../../core/api-error';
import { InboxSocketService } from '../../core/inbox-socket.service';

export type ThreadLoadState = 'loading' | 'ready' | 'not-found' | 'error';

/** One open thread, refetched when a push says it changed (a reply, a re-route). */
@Injectable()
export class ThreadStore {
  private readonly api = inject(ApiClient);
  private readonly detail = signal<ThreadDetail | null>(null);
  private readonly state = signal<ThreadLoadState>('loading');
  private readonly loadError = signal<string | null>(null);
  private currentId: string | null = null;
  private loading?: Subscription;

  readonly thread = this.detail.asReadonly();
  readonly loadState = this.state.asReadonly();
  readonly error = this.loadError.asReadonly();

  constructor() {
    const socket = inject(InboxSocketService);
    socket.threadEvents$.pipe(takeUntilDestroyed()).subscribe(({ payload: { thread } }) => {
      const held = this.detail();
      if (!held || thread.id !== held.id || Date.parse(thread.updatedAt) <= Date.parse(held.updatedAt)) return;
      // Show the new status, pool or priority at once; messages and the explanation come with the refetch.
      this.detail.set({ ...held, ...thread });
      this.refetch();
    });
    socket.connected$.pipe(takeUntilDestroyed()).subscribe(() => this.refetch());
    inject(DestroyRef).onDestroy(() => this.loading?.unsubscribe());
  }

  load(id: string): void {
    if (id !== this.currentId) {
      this.currentId = id;
      this.detail.set(null);
    }
    this.fetch();
  }

  private refetch(): void {
    if (this.currentId && this.state() !== 'loading') this.fetch();
  }

  private fetch(): void {
    const id = this.currentId;
    if (!id) return;
    this.loading?.unsubscribe();
    if (!this.detail()) this.state.set('loading');
    this.loading = this.api.getThread(id).subscribe({
      next: (thread) => {
        this.detail.set(thread);
        this.loadError.set(null);
        this.state.set('ready');
      },
      error: (error: unknown) => {
        // 400 is the API refusing an id that is not a UUID: to a reader, the same as no such thread.
        const missing = error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
        this.loadError.set(describeApiError(error));
        if (missing) this.state.set('not-found');
        else if (!this.detail()) this.state.set('error');
      },
    });
  }
}
