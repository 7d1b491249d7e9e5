import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  output,
  untracked,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { CATEGORY_LABELS, POOL_LABELS, type MessageCategory, type Pool, type Priority } from '@carequeue/contracts';
import { validateRoutingRule, type RoutingRule } from '@carequeue/triage';
import { PRIORITY_LABELS } from '../../core/labels';
import {
  FIELD_LABELS,
  NEW_RULE_FORM,
  fieldErrorsFromMessages,
  formToRule,
  ruleIdFor,
  ruleToForm,
  type FieldErrors,
  type RuleField,
  type RuleForm,
} from './rule-form';

/** The order fields appear in, for moving focus to the first one with a problem. */
const FIELD_ORDER: RuleField[] = [
  'general',
  'name',
  'categories',
  'phrases',
  'urgent',
  'ageBand',
  'ageMin',
  'ageMax',
  'hasPrimaryPhysician',
  'hours',
  'hoursFrom',
  'hoursTo',
  'pool',
  'priority',
  'slaHours',
];

/**
 * The side form for one rule. Problems are found by the engine's own validator as the person
 * types (shown once a field has been changed, or on Apply) plus what the server said on save.
 * Nothing leaves the draft: Apply hands the rule to the page, which puts it in the draft.
 */
@Component({
  selector: 'cq-rule-editor',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rule-editor.component.html',
  styleUrl: './rule-editor.component.css',
})
export class RuleEditorComponent {
  /** The rule to edit; null for a new one. */
  readonly rule = input<RoutingRule | null>(null);
  /** Ids already used by other rules, so a new rule gets its own. */
  readonly takenIds = input<ReadonlySet<string>>(new Set());
  /** What the server said about this rule when it was last sent. */
  readonly serverErrors = input<FieldErrors | null>(null);

  readonly applied = output<RoutingRule>();
  readonly cancelled = output<void>();
  /** The rule as the form now describes it, or null while it has problems: the try box uses it. */
  readonly changed = output<RoutingRule | null>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = linkedSignal<RuleForm>(() => {
    const rule = this.rule();
    return rule ? ruleToForm(rule) : { ...NEW_RULE_FORM };
  });
  private readonly touched = linkedSignal<RoutingRule | null, ReadonlySet<RuleField>>({ source: this.rule, computation: () => new Set() });
  private readonly submitted = linkedSignal({ source: this.rule, computation: () => false });

  protected readonly isNew = computed(() => this.rule() === null);
  private readonly id = computed(() => this.rule()?.id ?? ruleIdFor(this.form().name, this.takenIds()));
  readonly candidate = computed(() => formToRule(this.form(), this.id()));
  private readonly clientErrors = computed(() => fieldErrorsFromMessages(validateRoutingRule(this.candidate())));
  readonly valid = computed(() => Object.keys(this.clientErrors()).length === 0);

  /** What to show next to each control: the validator's messages once relevant, and the server's. */
  protected readonly errors = computed(() => {
    const shown: FieldErrors = {};
    const client = this.clientErrors();
    const all = this.submitted();
    const touched = this.touched();
    for (const field of FIELD_ORDER) {
      const list = [...((all || touched.has(field)) && client[field] ? client[field] : [])];
      for (const message of this.serverErrors()?.[field] ?? []) if (!list.includes(message)) list.push(message);
      if (list.length) shown[field] = list;
    }
    return shown;
  });

  protected readonly categoryOptions = Object.entries(CATEGORY_LABELS) as [MessageCategory, string][];
  protected readonly poolOptions = Object.entries(POOL_LABELS) as [Pool, string][];
  protected readonly priorityOptions = Object.entries(PRIORITY_LABELS) as [Priority, string][];
  protected readonly fieldLabels = FIELD_LABELS;
  protected readonly ageFields: readonly RuleField[] = ['ageBand', 'ageMin', 'ageMax'];
  protected readonly hourFields: readonly RuleField[] = ['hours', 'hoursFrom', 'hoursTo'];

  constructor() {
    // Opening a rule puts the cursor in its name.
    effect(() => {
      this.rule();
      untracked(() => afterNextRender(() => this.focus('#re-name'), { injector: this.injector }));
    });
  }

  protected patch<K extends keyof RuleForm>(field: K, value: RuleForm[K]): void {
    this.form.update((form) => ({ ...form, [field]: value }));
    // A pair's own problems ("min must not exceed max") count as touched with either half.
    this.touched.update((set) => new Set(set).add(field as RuleField).add(groupOf(field as RuleField)));
    this.changed.emit(this.valid() ? this.candidate() : null);
  }

  protected toggleCategory(category: MessageCategory, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    const current = this.form().categories;
    const next = on ? [...current.filter((c) => c !== category), category] : current.filter((c) => c !== category);
    // Keep the categories in their usual order, whatever order they were ticked in.
    this.patch(
      'categories',
      this.categoryOptions.map(([c]) => c).filter((c) => next.includes(c)),
    );
  }

  protected describedBy(...fields: RuleField[]): string | null {
    const ids = fields.filter((f) => this.errors()[f]?.length).map((f) => `re-err-${f}`);
    return ids.length ? ids.join(' ') : null;
  }

  protected invalid(...fields: RuleField[]): boolean {
    return fields.some((f) => !!this.errors()[f]?.length);
  }

  protected apply(): void {
    this.submitted.set(true);
    if (!this.valid()) {
      afterNextRender(() => this.focus('[aria-invalid="true"], .general-errors'), { injector: this.injector });
      return;
    }
    this.applied.emit(this.candidate());
  }

  protected cancel(): void {
    this.cancelled.emit();
  }

  private focus(selector: string): void {
    this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus();
  }
}

function groupOf(field: RuleField): RuleField {
  if (field === 'ageBand' || field === 'hours') return field;
  if (field === 'ageMin' || field === 'ageMax') return 'ageBand';
  if (field === 'hoursFrom' || field === 'hoursTo') return 'hours';
  return field;
}
