import { Injectable, computed, inject, signal } from '@angular/core';
import type { ThreadDetail, ThreadSummary } from '@carequeue/contracts';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from '../../core/api.client';
import { describeApiError } from '../../core/api-error';

export type BatchState = 'idle' | 'loading' | 'working' | 'done' | 'error';

/**
 * One batch session: the threads the server put in order, the one in front of the physician
 * (claimed as it opens, so nobody else answers it meanwhile), and what happened to each.
 */
@Injectable()
export class BatchStore {
  private readonly api = inject(ApiClient);

  readonly state = signal<BatchState>('idle');
  readonly error = signal<string | null>(null);
  readonly queue = signal<readonly ThreadSummary[]>([]);
  readonly index = signal(0);
  readonly current = signal<ThreadDetail | null>(null);
  /** When the current thread was shown: the reply records time per message from it. */
  readonly shownAt = signal<number | null>(null);
  readonly answered = signal(0);
  readonly skipped = signal(0);
  readonly startedAt = signal<number | null>(null);
  /** Someone else holds the current thread's claim. */
  readonly heldBy = signal<string | null>(null);

  readonly total = computed(() => this.queue().length);
  readonly position = computed(() => Math.min(this.index() + 1, this.total()));
  readonly progress = computed(() => (this.total() ? Math.round((this.index() / this.total()) * 100) : 0));

  async start(): Promise<void> {
    this.state.set('loading');
    this.error.set(null);
    try {
      const queue = await firstValueFrom(this.api.batch());
      this.queue.set(queue);
      this.index.set(0);
      this.answered.set(0);
      this.skipped.set(0);
      this.startedAt.set(Date.now());
      if (!queue.length) return this.state.set('done');
      this.state.set('working');
      await this.open();
    } catch (error) {
      this.error.set(describeApiError(error));
      this.state.set('error');
    }
  }

  /** Sent: count it and go on. */
  async answeredCurrent(): Promise<void> {
    this.answered.update((n) => n + 1);
    await this.move(1, false);
  }

  /** Leave this one for later (its claim is released) and go on. */
  async skip(): Promise<void> {
    this.skipped.update((n) => n + 1);
    await this.move(1, true);
  }

  async previous(): Promise<void> {
    if (this.index() > 0) await this.move(-1, true);
  }

  async next(): Promise<void> {
    await this.move(1, true);
  }

  async reroute(note: string): Promise<void> {
    const thread = this.current();
    if (!thread) return;
    try {
      await firstValueFrom(this.api.act(thread.id, { kind: 'reroute', pool: 'medical_assistant', note }));
      await this.answeredCurrent();
    } catch (error) {
      this.error.set(describeApiError(error));
    }
  }

  private async move(step: number, release: boolean): Promise<void> {
    const leaving = this.current();
    if (release && leaving && this.heldBy() === null) await firstValueFrom(this.api.act(leaving.id, { kind: 'release' })).catch(() => undefined);
    const target = this.index() + step;
    if (target >= this.total()) {
      this.index.set(this.total());
      this.current.set(null);
      this.state.set('done');
      return;
    }
    this.index.set(Math.max(0, target));
    await this.open();
  }

  private async open(): Promise<void> {
    const summary = this.queue()[this.index()];
    if (!summary) return;
    this.error.set(null);
    this.heldBy.set(null);
    try {
      await firstValueFrom(this.api.act(summary.id, { kind: 'claim' }));
    } catch (error) {
      this.heldBy.set(describeApiError(error));
    }
    this.current.set(await firstValueFrom(this.api.getThread(summary.id)));
    this.shownAt.set(Date.now());
  }
}
