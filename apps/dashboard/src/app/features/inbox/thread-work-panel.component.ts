import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { POOLS, POOL_LABELS, canWorkThread, type Pool, type ThreadDetail, type ThreadViewer } from '@carequeue/contracts';
import { firstValueFrom } from 'rxjs';
import { ApiClient, type ThreadAction } from '../../core/api.client';
import { describeApiError } from '../../core/api-error';
import { SessionStore } from '../../core/auth/session.store';
import { InboxSocketService } from '../../core/inbox-socket.service';
import { ROLE_LABELS } from '../../core/labels';

/** Renew a held claim this often while the thread stays open (claims lapse after 15 idle minutes). */
const RENEW_EVERY_MS = 5 * 60_000;

/**
 * What the signed-in person can do with the open thread, and who else is on it. Buttons appear
 * only for actions the role may take; the server enforces the same policy.
 */
@Component({
  selector: 'cq-thread-work-panel',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './thread-work-panel.component.html',
  styleUrl: './thread-work-panel.component.css',
})
export class ThreadWorkPanelComponent {
  readonly thread = input.required<ThreadDetail>();
  /** Something changed on the server: the page refetches. */
  readonly changed = output<void>();

  private readonly api = inject(ApiClient);
  private readonly socket = inject(InboxSocketService);
  protected readonly me = inject(SessionStore).user;
  protected readonly poolLabels = POOL_LABELS;
  protected readonly roleLabels = ROLE_LABELS;

  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly mode = signal<'reroute' | 'escalate' | null>(null);
  protected readonly note = signal('');
  protected readonly targetPool = signal<Pool | null>(null);
  private readonly viewersById = signal<Record<string, ThreadViewer[]>>({});

  protected readonly mine = computed(() => this.thread().claimedBy?.id === this.me()?.id);
  protected readonly heldByOther = computed(() => !!this.thread().claimedBy && !this.mine());
  protected readonly open = computed(() => this.thread().status !== 'closed' && this.thread().status !== 'new');
  readonly canWork = computed(() => {
    const me = this.me();
    return !!me && this.open() && canWorkThread(me.role, this.thread().pool) && !this.heldByOther();
  });
  protected readonly otherPools = computed(() => POOLS.filter((p) => p !== this.thread().pool));
  protected readonly otherViewers = computed(() => (this.viewersById()[this.thread().id] ?? []).filter((v) => v.userId !== this.me()?.id));

  constructor() {
    this.socket.viewers$.pipe(takeUntilDestroyed()).subscribe(({ threadId, viewers }) => {
      this.viewersById.update((all) => ({ ...all, [threadId]: viewers }));
    });
    let renewTimer: ReturnType<typeof setInterval> | null = null;
    effect(() => {
      if (renewTimer) clearInterval(renewTimer);
      renewTimer = null;
      const id = this.thread().id;
      if (this.mine()) renewTimer = setInterval(() => void firstValueFrom(this.api.act(id, { kind: 'claim' })).catch(() => undefined), RENEW_EVERY_MS);
    });
    inject(DestroyRef).onDestroy(() => renewTimer && clearInterval(renewTimer));
  }

  protected start(mode: 'reroute' | 'escalate'): void {
    this.mode.set(mode);
    this.note.set('');
    this.targetPool.set(mode === 'reroute' ? (this.otherPools()[0] ?? null) : null);
    this.error.set(null);
  }

  protected cancel(): void {
    this.mode.set(null);
  }

  protected submitNote(): void {
    const note = this.note().trim();
    const pool = this.targetPool();
    if (!note) return this.error.set('Add a note for whoever picks it up.');
    if (this.mode() === 'reroute' && pool) void this.run({ kind: 'reroute', pool, note });
    if (this.mode() === 'escalate') void this.run({ kind: 'escalate', note });
  }

  protected async run(action: ThreadAction): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(this.api.act(this.thread().id, action));
      this.mode.set(null);
      this.changed.emit();
    } catch (error) {
      this.error.set(describeApiError(error));
      this.changed.emit();
    } finally {
      this.busy.set(false);
    }
  }
}
