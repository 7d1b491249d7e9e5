import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { catchError, firstValueFrom, of } from 'rxjs';
import { ApiClient, type ReplyTemplate } from '../../core/api.client';
import { describeApiError } from '../../core/api-error';

/**
 * Answer several similar threads at once (say, normal results): one text, filled in for each
 * patient and signed by the sender. Threads the server refuses are listed with the reason.
 */
@Component({
  selector: 'cq-bulk-reply',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="bulk" (ngSubmit)="send()" aria-label="Reply to the selected threads" data-testid="bulk-reply">
      <strong>{{ threadIds().length }} selected</strong>
      <select name="template" (change)="pick($event)" data-testid="bulk-template">
        <option value="">Start from a template…</option>
        @for (template of templates(); track template.id) {
          <option [value]="template.id">{{ template.name }}</option>
        }
      </select>
      <textarea name="body" rows="3" dir="auto" [ngModel]="body()" (ngModelChange)="body.set($event)" data-testid="bulk-body"></textarea>
      <div class="actions">
        <button type="submit" class="button button--primary" [disabled]="busy() || !body().trim()" data-testid="bulk-send">
          Sign and send to {{ threadIds().length }}
        </button>
        <button type="button" class="button" (click)="cleared.emit()">Clear selection</button>
      </div>
      @if (summary(); as text) {
        <p role="status" data-testid="bulk-result">{{ text }}</p>
      }
      @for (problem of refused(); track problem) {
        <p class="error">{{ problem }}</p>
      }
    </form>
  `,
  styles: `
    .bulk { display: flex; flex-direction: column; gap: 0.4rem; background: #f4f7fb; border: 1px solid #c8d3df; border-radius: 8px; padding: 0.8rem; margin: 0.6rem 0; }
    select, textarea { font: inherit; padding: 0.4rem; border: 1px solid var(--border-strong, #aeb8c4); border-radius: 6px; }
    .actions { display: flex; gap: 0.5rem; }
    .button { font: inherit; padding: 0.4rem 0.8rem; border-radius: 6px; border: 1px solid var(--accent, #1f5fbf); background: #fff; color: var(--accent, #1f5fbf); cursor: pointer; }
    .button--primary { background: var(--accent, #1f5fbf); color: #fff; font-weight: 600; }
    .error { color: var(--danger, #b42318); margin: 0; }
  `,
})
export class BulkReplyComponent {
  readonly threadIds = input.required<string[]>();
  readonly cleared = output<void>();

  private readonly api = inject(ApiClient);
  protected readonly templates = toSignal(this.api.templates().pipe(catchError(() => of<ReplyTemplate[]>([]))), { initialValue: [] as ReplyTemplate[] });
  protected readonly body = signal('');
  private readonly templateId = signal<string | null>(null);
  protected readonly busy = signal(false);
  private readonly results = signal<{ threadId: string; status: 'sent' | 'refused'; reason?: string }[] | null>(null);
  private readonly failure = signal<string | null>(null);

  protected readonly summary = computed(() => {
    const results = this.results();
    if (!results) return this.failure();
    const sent = results.filter((r) => r.status === 'sent').length;
    return `${sent} sent, ${results.length - sent} not sent.`;
  });
  protected readonly refused = computed(() => (this.results() ?? []).filter((r) => r.status === 'refused').map((r) => r.reason ?? 'refused'));

  protected pick(event: Event): void {
    const template = this.templates().find((t) => t.id === (event.target as HTMLSelectElement).value);
    this.templateId.set(template?.id ?? null);
    if (template) this.body.set(template.body);
  }

  protected async send(): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    try {
      this.results.set(await firstValueFrom(this.api.bulkReply({ threadIds: this.threadIds(), body: this.body(), templateId: this.templateId() ?? undefined })));
      this.body.set('');
    } catch (error) {
      this.results.set(null);
      this.failure.set(describeApiError(error));
    } finally {
      this.busy.set(false);
    }
  }
}
