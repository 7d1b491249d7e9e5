import { ChangeDetectionStrategy, Component, ElementRef, Injector, OnInit, afterNextRender, computed, inject, signal } from '@angular/core';
import type { RoutingRule } from '@carequeue/triage';
import { SessionStore } from '../../core/auth/session.store';
import { absoluteTime } from '../../core/time-format';
import { RuleEditorComponent } from './rule-editor.component';
import { FIELD_LABELS, type FieldErrors, type RuleField } from './rule-form';
import { describeAction, describeConditions } from './rule-summary';
import { RulesStore } from './rules.store';
import { TryBoxComponent } from './try-box.component';

/** Which rule the side form is open for (`id` null: a new one); `key` makes each opening a fresh form. */
interface EditorSession {
  key: number;
  id: string | null;
  rule: RoutingRule | null;
}

/** "rules-row" with this id, for focusing a control in it after the list re-renders. */
function rowSelector(id: string, control: string): string {
  const value = id.replace(/["\\]/g, '\\$&');
  return `[data-testid="rules-row"][data-rule-id="${value}"] [data-testid="${control}"]`;
}

/**
 * Routing rules: the ordered list (read-only unless you are an administrator), a side form to edit
 * one rule, a draft that becomes the next version only when saved, the version history, and a
 * "try a message" box that decides as you type with the draft as it stands.
 */
@Component({
  selector: 'cq-rules-page',
  imports: [RuleEditorComponent, TryBoxComponent],
  providers: [RulesStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rules.page.html',
  styleUrl: './rules.page.css',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class RulesPage implements OnInit {
  protected readonly store = inject(RulesStore);
  private readonly user = inject(SessionStore).user;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly describeConditions = describeConditions;
  protected readonly describeAction = describeAction;
  protected readonly absoluteTime = absoluteTime;

  /** The server enforces the same: only administrators may change rules. */
  protected readonly canEdit = computed(() => this.user()?.role === 'admin');

  protected readonly note = signal('');
  /** Short news for screen readers: moved, saved, discarded. */
  protected readonly status = signal('');

  private editorKey = 0;
  protected readonly editing = signal<EditorSession | null>(null);
  /** What the open form describes: null until it is changed; `rule` null while it has problems. */
  private readonly pending = signal<{ rule: RoutingRule | null } | null>(null);

  protected readonly takenIds = computed(() => {
    const editingId = this.editing()?.id;
    return new Set(this.store.draft().filter((r) => r.id !== editingId).map((r) => r.id));
  });

  /** The draft as the try box should use it: with the open form's changes when they are valid. */
  protected readonly tryRules = computed(() => {
    const rules = this.store.draft();
    const session = this.editing();
    const candidate = this.pending()?.rule;
    if (!session || !candidate) return rules;
    return session.id === null ? [...rules, candidate] : rules.map((r) => (r.id === session.id ? candidate : r));
  });

  protected readonly draftNote = computed(() => {
    const pending = this.pending();
    if (!this.editing() || !pending) return null;
    return pending.rule
      ? `It includes your changes to “${pending.rule.name}”, not yet applied.`
      : 'The rule being edited has problems, so it is tried as it was.';
  });

  protected readonly changeSummary = computed(() => {
    const { added, edited, removed, reordered } = this.store.changes();
    const parts: string[] = [];
    if (added) parts.push(`${added} added`);
    if (edited) parts.push(`${edited} changed`);
    if (removed) parts.push(`${removed} deleted`);
    if (reordered) parts.push('order changed');
    return parts.length ? `Unsaved changes: ${parts.join(', ')}.` : `No changes since version ${this.store.currentVersion()}.`;
  });

  ngOnInit(): void {
    void this.store.load();
  }

  /** Problems to show under a row: the validator's, then the server's. */
  protected rowProblems(id: string): string[] {
    const lines: string[] = [];
    const add = (errors: FieldErrors | undefined) => {
      for (const [field, messages] of Object.entries(errors ?? {}) as [RuleField, string[]][]) {
        for (const message of messages) {
          const line = `${FIELD_LABELS[field]}: ${message}`;
          if (!lines.includes(line)) lines.push(line);
        }
      }
    };
    add(this.store.problems().get(id));
    add(this.store.serverErrors().byRule.get(id));
    return lines;
  }

  protected move(rule: RoutingRule, index: number, delta: -1 | 1, control: 'rule-move-up' | 'rule-move-down'): void {
    if (!this.store.move(index, delta)) return;
    const position = index + delta + 1;
    this.status.set(`${rule.name} moved to position ${position} of ${this.store.draft().length}.`);
    // The row's DOM node moves with it; keep the keyboard on the same button.
    this.focusLater(rowSelector(rule.id, control));
  }

  protected toggle(rule: RoutingRule, event: Event): void {
    const enabled = (event.target as HTMLInputElement).checked;
    this.store.setEnabled(rule.id, enabled);
    this.status.set(`${rule.name} turned ${enabled ? 'on' : 'off'} in the draft.`);
  }

  protected edit(rule: RoutingRule): void {
    this.pending.set(null);
    this.editing.set({ key: ++this.editorKey, id: rule.id, rule });
  }

  protected add(): void {
    this.pending.set(null);
    this.editing.set({ key: ++this.editorKey, id: null, rule: null });
  }

  protected remove(rule: RoutingRule, index: number): void {
    if (this.editing()?.id === rule.id) this.closeEditor();
    this.store.remove(rule.id);
    this.status.set(`${rule.name} deleted from the draft. Discard changes brings it back.`);
    const next = this.store.draft()[Math.min(index, this.store.draft().length - 1)];
    this.focusLater(next ? rowSelector(next.id, 'rule-edit') : '[data-testid="rule-add"]');
  }

  protected onEditorChanged(rule: RoutingRule | null): void {
    this.pending.set({ rule });
  }

  protected onApplied(rule: RoutingRule): void {
    const session = this.editing();
    if (!session) return;
    this.store.upsert(session.id ?? rule.id, rule);
    this.status.set(session.id ? `${rule.name} changed in the draft.` : `${rule.name} added at the end of the draft.`);
    this.closeEditor();
    this.focusLater(rowSelector(rule.id, 'rule-edit'));
  }

  protected onCancelled(): void {
    const session = this.editing();
    this.closeEditor();
    this.focusLater(session?.id ? rowSelector(session.id, 'rule-edit') : '[data-testid="rule-add"]');
  }

  protected async save(): Promise<void> {
    const version = this.store.nextVersion();
    if (await this.store.save(this.note())) {
      this.note.set('');
      this.status.set(`Saved as version ${version}.`);
    }
  }

  protected discard(): void {
    this.closeEditor();
    this.store.discard();
    this.status.set(`Changes discarded: back to version ${this.store.currentVersion()}.`);
  }

  protected reload(): void {
    this.closeEditor();
    void this.store.load();
  }

  protected onNote(event: Event): void {
    this.note.set((event.target as HTMLInputElement).value);
  }

  /** Closing the tab with unsaved changes asks first. */
  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.store.dirty()) event.preventDefault();
  }

  private closeEditor(): void {
    this.editing.set(null);
    this.pending.set(null);
  }

  private focusLater(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
