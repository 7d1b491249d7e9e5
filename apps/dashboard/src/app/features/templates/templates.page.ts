import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { CATEGORY_LABELS, type MessageCategory } from '@carequeue/contracts';
import { PLACEHOLDERS, checkLength, formatCount, validateTemplate } from '@carequeue/templates';
import { Subject, catchError, firstValueFrom, of, startWith, switchMap } from 'rxjs';
import { ApiClient, type ReplyTemplate } from '../../core/api.client';
import { describeApiError } from '../../core/api-error';
import { SessionStore } from '../../core/auth/session.store';

interface Draft {
  id: string | null;
  name: string;
  body: string;
  category: MessageCategory | '';
  maxLength: number | null;
  shortcut: string;
  practiceWide: boolean;
}

const EMPTY: Draft = { id: null, name: '', body: '', category: '', maxLength: null, shortcut: '', practiceWide: false };

/**
 * Reply templates: the practice's (administrators manage them) and one's own. Placeholders are
 * checked as you type and again by the server on save; the preview renders for a real patient.
 */
@Component({
  selector: 'cq-templates-page',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './templates.page.html',
  styleUrl: './templates.page.css',
})
export class TemplatesPage {
  private readonly api = inject(ApiClient);
  protected readonly me = inject(SessionStore).user;
  protected readonly categories = Object.entries(CATEGORY_LABELS) as [MessageCategory, string][];
  protected readonly placeholders = PLACEHOLDERS;

  private readonly reload = new Subject<void>();
  protected readonly templates = toSignal(
    this.reload.pipe(
      startWith(undefined),
      switchMap(() => this.api.templates().pipe(catchError(() => of<ReplyTemplate[]>([])))),
    ),
    { initialValue: [] as ReplyTemplate[] },
  );
  protected readonly draft = signal<Draft>(EMPTY);
  protected readonly editing = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly previewMrn = signal('');
  protected readonly preview = signal<string | null>(null);

  /** The same checks the server runs on save, as you type. */
  protected readonly problems = computed(() => {
    const d = this.draft();
    return d.body || d.name ? validateTemplate({ name: d.name, body: d.body, maxLength: d.maxLength ?? undefined }).map((e) => e.message) : [];
  });
  protected readonly count = computed(() => {
    const d = this.draft();
    const length = checkLength(d.body, 'portal', null, d.maxLength);
    return `${formatCount(length.length)} / ${formatCount(length.limit)} characters before the signature`;
  });

  protected edit(template: ReplyTemplate | null): void {
    this.draft.set(
      template
        ? { id: template.id, name: template.name, body: template.body, category: (template.category as MessageCategory) ?? '', maxLength: template.maxLength, shortcut: template.shortcut ?? '', practiceWide: template.ownerId === null }
        : EMPTY,
    );
    this.editing.set(true);
    this.error.set(null);
    this.preview.set(null);
  }

  protected canEdit(template: ReplyTemplate): boolean {
    return template.ownerId === this.me()?.id || (template.ownerId === null && this.me()?.role === 'admin');
  }

  protected update(patch: Partial<Draft>): void {
    this.draft.update((d) => ({ ...d, ...patch }));
  }

  protected insert(name: string): void {
    this.update({ body: `${this.draft().body}{{${name}}}` });
  }

  protected async save(): Promise<void> {
    const d = this.draft();
    try {
      await firstValueFrom(
        this.api.saveTemplate(d.id, {
          name: d.name,
          body: d.body,
          category: d.category || undefined,
          maxLength: d.maxLength ?? undefined,
          shortcut: d.shortcut || undefined,
          scope: d.practiceWide ? 'practice' : 'personal',
        }),
      );
      this.editing.set(false);
      this.reload.next();
    } catch (error) {
      this.error.set(describeApiError(error));
    }
  }

  protected async remove(template: ReplyTemplate): Promise<void> {
    try {
      await firstValueFrom(this.api.deleteTemplate(template.id));
      this.reload.next();
    } catch (error) {
      this.error.set(describeApiError(error));
    }
  }

  protected async showPreview(): Promise<void> {
    try {
      const result = await firstValueFrom(this.api.previewReply(this.draft().body, this.previewMrn().trim(), this.draft().maxLength ?? undefined));
      this.preview.set(result.text);
      this.error.set(result.missing.length ? `No value for: ${result.missing.join(', ')}` : null);
    } catch (error) {
      this.preview.set(null);
      this.error.set(describeApiError(error));
    }
  }
}
