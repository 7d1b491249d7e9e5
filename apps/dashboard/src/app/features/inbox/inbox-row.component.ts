import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CATEGORY_LABELS, type ThreadSummary } from '@carequeue/contracts';
import { PRIORITY_LABELS, STATUS_LABELS, poolLabel } from '../../core/labels';
import { absoluteTime, dueLabel, timeAgo } from '../../core/time-format';

/** One thread in the queue: a link to its thread view, dense enough to scan a long list. */
@Component({
  selector: 'cq-inbox-row',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './inbox-row.component.html',
  styleUrl: './inbox-row.component.css',
})
export class InboxRowComponent {
  readonly thread = input.required<ThreadSummary>();
  /** Current time from the clock, so relative times tick without each row owning a timer. */
  readonly now = input.required<number>();
  /** Just arrived: briefly highlighted. */
  readonly fresh = input(false);

  protected readonly badge = computed(() => {
    const { urgent, priority } = this.thread();
    const kind = urgent ? 'urgent' : priority;
    return { kind, label: PRIORITY_LABELS[kind] };
  });
  protected readonly category = computed(() => CATEGORY_LABELS[this.thread().category]);
  protected readonly pool = computed(() => poolLabel(this.thread().pool));
  /** A live claim names its holder: "Claimed by Dana Patel" tells the next person to pick another. */
  protected readonly status = computed(() => {
    const thread = this.thread();
    if (thread.claimedBy) return `Claimed by ${thread.claimedBy.name}`;
    return thread.escalated ? `${STATUS_LABELS[thread.status]} · escalated` : STATUS_LABELS[thread.status];
  });
  protected readonly received = computed(() => timeAgo(this.thread().lastMessageAt, this.now()));
  protected readonly receivedAt = computed(() => absoluteTime(this.thread().lastMessageAt));
  protected readonly due = computed(() => {
    const dueAt = this.thread().dueAt;
    return dueAt ? { ...dueLabel(dueAt, this.now()), at: absoluteTime(dueAt) } : null;
  });
}
