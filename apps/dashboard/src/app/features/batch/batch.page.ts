import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild, type ElementRef } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { CATEGORY_LABELS } from '@carequeue/contracts';
import { ReplyBoxComponent } from '../inbox/reply-box.component';
import { BatchStore } from './batch.store';

/** Keys that do something when the focus is not in a text field. */
const KEY_HELP = 'j next · k previous · t template · e edit · Ctrl+Enter sign, send and next · s skip · r re-route to assistants';

/**
 * A physician's batch: the messages that need them, one at a time, most urgent first, all from
 * the keyboard. Each thread is claimed as it opens and released if skipped.
 */
@Component({
  selector: 'cq-batch-page',
  imports: [ReplyBoxComponent, FormsModule],
  providers: [BatchStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'onKey($event)' },
  templateUrl: './batch.page.html',
  styleUrl: './batch.page.css',
})
export class BatchPage {
  protected readonly store = inject(BatchStore);
  protected readonly keyHelp = KEY_HELP;
  protected readonly categories = CATEGORY_LABELS;
  protected readonly rerouting = signal(false);
  protected readonly rerouteNote = signal('');
  private readonly reply = viewChild(ReplyBoxComponent);
  private readonly noteInput = viewChild<ElementRef<HTMLInputElement>>('noteInput');

  protected readonly minutes = computed(() => {
    const started = this.store.startedAt();
    return started ? Math.max(1, Math.round((Date.now() - started) / 60_000)) : 0;
  });

  protected onKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement | null;
    const inField = !!target && ['TEXTAREA', 'INPUT', 'SELECT', 'BUTTON'].includes(target.tagName);
    // Enter starts a batch from anywhere on the page, so no mouse is ever needed.
    if (event.key === 'Enter' && !inField && (this.store.state() === 'idle' || this.store.state() === 'done')) {
      event.preventDefault();
      void this.store.start();
      return;
    }
    if (this.store.state() !== 'working' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (target && ['TEXTAREA', 'INPUT', 'SELECT'].includes(target.tagName)) {
      if (event.key === 'Escape') target.blur();
      return;
    }
    const actions: Record<string, () => void> = {
      j: () => void this.store.next(),
      k: () => void this.store.previous(),
      s: () => void this.store.skip(),
      e: () => this.reply()?.focusEditor(),
      t: () => this.reply()?.focusTemplates(),
      r: () => this.startReroute(),
    };
    const action = actions[event.key.toLowerCase()];
    if (!action) return;
    event.preventDefault();
    action();
  }

  protected startReroute(): void {
    this.rerouting.set(true);
    this.rerouteNote.set('');
    queueMicrotask(() => this.noteInput()?.nativeElement.focus());
  }

  protected async submitReroute(): Promise<void> {
    const note = this.rerouteNote().trim();
    if (!note) return;
    this.rerouting.set(false);
    await this.store.reroute(note);
  }
}
