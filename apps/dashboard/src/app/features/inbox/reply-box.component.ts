import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import type { ThreadDetail } from '@carequeue/contracts';
import { composeReply, formatCount } from '@carequeue/templates';
import { catchError, firstValueFrom, of } from 'rxjs';
import { ApiClient, type ReplyTemplate } from '../../core/api.client';
import { describeApiError } from '../../core/api-error';
import { SessionStore } from '../../core/auth/session.store';

/**
 * The reply editor. The counter runs the same render-sign-measure steps as the server, so what
 * it says is what the server will accept; the server still decides, and never truncates.
 */
@Component({
  selector: 'cq-reply-box',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="reply" (ngSubmit)="send()" aria-labelledby="reply-heading">
      <h2 id="reply-heading">Reply to {{ thread().patientName }}</h2>
      @if (templates().length) {
        <label class="template">
          Start from a template
          <select data-testid="template-picker" (change)="onPick($event)">
            <option value="">Free text</option>
            @for (template of sortedTemplates(); track template.id) {
              <option [value]="template.id" [selected]="templateId() === template.id">
                {{ template.name }}{{ template.shortcut ? ' (' + template.shortcut + ')' : '' }}
              </option>
            }
          </select>
        </label>
      }
      <textarea
        name="body"
        rows="6"
        dir="auto"
        aria-describedby="reply-count"
        data-testid="reply-body"
        [ngModel]="body()"
        (ngModelChange)="body.set($event)"
        (keydown.control.enter)="send()"
        (keydown.meta.enter)="send()"
        (keydown)="onShortcut($event)"
      ></textarea>
      <div class="reply-footer">
        <span id="reply-count" class="count" [class.count--over]="composed().length.over" data-testid="reply-count" aria-live="polite">
          {{ countLabel() }}
        </span>
        <label class="then">
          <input type="checkbox" name="wait" [ngModel]="wait()" (ngModelChange)="wait.set($event)" />
          Wait for the patient's answer
        </label>
        <button type="submit" class="button button--primary" [disabled]="busy() || !canSend()" data-testid="reply-send">
          {{ busy() ? 'Sending…' : 'Sign and send' }}
        </button>
      </div>
      <p class="hint">Signed “{{ signature() }}”. Ctrl+Enter sends.</p>
      @for (problem of problems(); track problem) {
        <p class="error" role="alert" data-testid="reply-error">{{ problem }}</p>
      }
    </form>
  `,
  styles: `
    .reply { display: flex; flex-direction: column; gap: 0.4rem; max-width: 60rem; margin: 1rem 0; }
    h2 { font-size: 1rem; margin: 0; }
    textarea { font: inherit; padding: 0.6rem; border: 1px solid var(--border-strong, #aeb8c4); border-radius: 6px; resize: vertical; }
    textarea:focus-visible { outline: 3px solid var(--focus, #2f6fde); outline-offset: 1px; }
    .template { display: flex; gap: 0.5rem; align-items: center; font-size: 0.9rem; }
    .template select { font: inherit; padding: 0.3rem; }
    .reply-footer { display: flex; align-items: center; gap: 1rem; flex-wrap: wrap; }
    .count { color: var(--muted, #5b6675); font-variant-numeric: tabular-nums; }
    .count--over { color: var(--danger, #b42318); font-weight: 600; }
    .then { display: flex; gap: 0.35rem; align-items: center; font-size: 0.9rem; }
    .button { font: inherit; padding: 0.45rem 0.9rem; border-radius: 6px; border: 1px solid var(--accent, #1f5fbf); margin-left: auto; cursor: pointer; }
    .button--primary { background: var(--accent, #1f5fbf); color: #fff; font-weight: 600; }
    .button:disabled { opacity: 0.55; cursor: default; }
    .hint { margin: 0; color: var(--muted, #5b6675); font-size: 0.85rem; }
    .error { margin: 0; color: var(--danger, #b42318); }
  `,
})
export class ReplyBoxComponent {
  readonly thread = input.required<ThreadDetail>();
  /** Batch mode: when this thread was put in front of the physician, to record time per message. */
  readonly startedAt = input<number | null>(null);
  readonly sent = output<void>();

  private readonly api = inject(ApiClient);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly me = inject(SessionStore).user;

  protected readonly body = signal('');
  protected readonly templateId = signal<string | null>(null);
  protected readonly templates = toSignal(this.api.templates().pipe(catchError(() => of<ReplyTemplate[]>([]))), { initialValue: [] as ReplyTemplate[] });
  /** Templates for this thread's category first. */
  protected readonly sortedTemplates = computed(() => {
    const category = this.thread().category;
    return [...this.templates()].sort((a, b) => Number(b.category === category) - Number(a.category === category));
  });
  private readonly template = computed(() => this.templates().find((t) => t.id === this.templateId()) ?? null);
  protected readonly wait = signal(false);
  protected readonly busy = signal(false);
  private readonly serverError = signal<string | null>(null);

  protected readonly composed = computed(() => {
    const me = this.me();
    const thread = this.thread();
    const [firstName, ...rest] = thread.patientName.split(' ');
    return composeReply({
      body: this.body(),
      signer: { name: me?.name ?? 'Staff member', role: me?.role ?? 'medical_assistant' },
      context: { patient: { firstName, lastName: rest.join(' '), fullName: thread.patientName }, staff: { name: me?.name, role: me?.role } },
      channel: 'portal',
      templateLimit: this.template()?.maxLength ?? null,
    });
  });
  protected readonly signature = computed(() => this.composed().text.split('\n').at(-1) ?? '');
  protected readonly countLabel = computed(() => {
    const { length, limit, remaining } = this.composed().length;
    return remaining >= 0 ? `${formatCount(length)} / ${formatCount(limit)} characters` : `${formatCount(-remaining)} over the ${formatCount(limit)}-character limit`;
  });
  protected readonly canSend = computed(() => this.body().trim() !== '' && !this.composed().length.over);
  /** Only the length problem is shown while typing; placeholder values are the server's to fill. */
  protected readonly problems = computed(() => {
    const own = this.composed().length.over ? this.composed().errors.filter((e) => /limit/.test(e.message)).map((e) => e.message) : [];
    const server = this.serverError();
    return server ? [...own, server] : own;
  });

  private elapsed(): number | undefined {
    const started = this.startedAt();
    return started === null ? undefined : Math.max(0, Math.round(Date.now() - started));
  }

  /** For keyboard-driven pages: put the cursor in the editor, or on the template picker. */
  focusEditor(): void {
    this.host.nativeElement.querySelector<HTMLTextAreaElement>('textarea')?.focus();
  }

  focusTemplates(): void {
    this.host.nativeElement.querySelector<HTMLSelectElement>('select')?.focus();
  }

  protected onPick(event: Event): void {
    this.use(this.templates().find((t) => t.id === (event.target as HTMLSelectElement).value) ?? null);
  }

  /** A template's own shortcut (alt+1 …) fills the editor with it. */
  protected onShortcut(event: KeyboardEvent): void {
    const pressed = `${event.ctrlKey ? 'ctrl+' : ''}${event.altKey ? 'alt+' : ''}${event.shiftKey ? 'shift+' : ''}${event.key.toLowerCase()}`;
    const match = this.templates().find((t) => t.shortcut === pressed);
    if (!match) return;
    event.preventDefault();
    this.use(match);
  }

  private use(template: ReplyTemplate | null): void {
    this.templateId.set(template?.id ?? null);
    if (template) this.body.set(template.body);
  }

  protected async send(): Promise<void> {
    if (this.busy() || !this.canSend()) return;
    this.busy.set(true);
    this.serverError.set(null);
    try {
      await firstValueFrom(this.api.reply(this.thread().id, { body: this.body(), then: this.wait() ? 'wait' : 'close', templateId: this.templateId() ?? undefined, elapsedMs: this.elapsed() }));
      this.body.set('');
      this.templateId.set(null);
      this.sent.emit();
    } catch (error) {
      this.serverError.set(describeApiError(error));
    } finally {
      this.busy.set(false);
    }
  }
}
