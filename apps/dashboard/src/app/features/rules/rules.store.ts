import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { ApiError, FieldError } from '@carequeue/contracts';
import { validateRoutingRule, type RoutingRule } from '@carequeue/triage';
import { firstValueFrom } from 'rxjs';
import { ApiClient, type RuleSet, type RuleVersionSummary } from '../../core/api.client';
import { describeApiError } from '../../core/api-error';
import { addFieldError, fieldErrorsFromMessages, splitMessage, type FieldErrors } from './rule-form';

export type RulesLoadState = 'loading' | 'ready' | 'error';

/** How the draft differs from the saved version, for the save bar. */
export interface DraftChanges {
  added: number;
  edited: number;
  removed: number;
  reordered: boolean;
}

/** The server's 400 answer, sorted per rule (by id, so it survives reordering) and per form control. */
export interface ServerRuleErrors {
  byRule: ReadonlyMap<string, FieldErrors>;
  general: readonly string[];
}

const NO_SERVER_ERRORS: ServerRuleErrors = { byRule: new Map(), general: [] };

/** JSON with sorted keys: two rules are the same when they say the same, whatever the key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * `errors` of a 400 from `PUT /rules`, mapped onto the rules that were sent. Accepts both
 * `rules[2].conditions.phrases` + "must …" and `rules[2]` + "conditions.phrases: must …".
 */
export function mapServerErrors(errors: readonly FieldError[], sent: readonly RoutingRule[]): ServerRuleErrors {
  const byRule = new Map<string, FieldErrors>();
  const general: string[] = [];
  for (const error of errors) {
    const match = /^rules\[(\d+)\](?:\.(.+))?$/.exec(error.field ?? '');
    const rule = match ? sent[Number(match[1])] : undefined;
    if (!match || !rule) {
      general.push(error.field ? `${error.field}: ${error.message}` : error.message);
      continue;
    }
    let path = match[2] ?? '';
    let message = error.message;
    if (!path) ({ path, message } = splitMessage(message));
    const fields = byRule.get(rule.id) ?? {};
    addFieldError(fields, path, message);
    byRule.set(rule.id, fields);
  }
  return { byRule, general };
}

/**
 * The Rules page's state: the saved version, the local draft being edited (nothing reaches the
 * server until `save()`, which sends the whole ordered list as the next version), and the history.
 */
@Injectable()
export class RulesStore {
  private readonly api = inject(ApiClient);

  private readonly state = signal<RulesLoadState>('loading');
  private readonly loadErrorText = signal<string | null>(null);
  private readonly savedSet = signal<RuleSet | null>(null);
  private readonly draftRules = signal<readonly RoutingRule[]>([]);
  private readonly versionList = signal<readonly RuleVersionSummary[]>([]);
  private readonly versionsErrorText = signal<string | null>(null);
  private readonly savingNow = signal(false);
  private readonly saveErrorText = signal<string | null>(null);
  private readonly serverErrorList = signal<ServerRuleErrors>(NO_SERVER_ERRORS);
  private readonly conflictNow = signal(false);

  readonly loadState = this.state.asReadonly();
  readonly loadError = this.loadErrorText.asReadonly();
  readonly saved = this.savedSet.asReadonly();
  readonly draft = this.draftRules.asReadonly();
  readonly versions = this.versionList.asReadonly();
  readonly versionsError = this.versionsErrorText.asReadonly();
  readonly saving = this.savingNow.asReadonly();
  readonly saveError = this.saveErrorText.asReadonly();
  readonly serverErrors = this.serverErrorList.asReadonly();
  /** Someone saved a newer version meanwhile: this draft was based on an older one. */
  readonly conflict = this.conflictNow.asReadonly();

  readonly currentVersion = computed(() => this.savedSet()?.version ?? 0);
  readonly nextVersion = computed(() => this.currentVersion() + 1);

  /** Problems the engine's own validator finds in the draft, per rule id (repeated ids included). */
  readonly problems = computed(() => {
    const problems = new Map<string, FieldErrors>();
    const seen = new Set<string>();
    for (const rule of this.draftRules()) {
      const messages = validateRoutingRule(rule);
      if (seen.has(rule.id)) messages.push(`id: '${rule.id}' is used by another rule`);
      seen.add(rule.id);
      if (messages.length) problems.set(rule.id, fieldErrorsFromMessages(messages));
    }
    return problems as ReadonlyMap<string, FieldErrors>;
  });

  /** Per rule id: added since the saved version, or changed. */
  readonly ruleChanges = computed(() => {
    const saved = new Map((this.savedSet()?.rules ?? []).map((r) => [r.id, canonical(r)]));
    const changes = new Map<string, 'new' | 'edited'>();
    for (const rule of this.draftRules()) {
      const before = saved.get(rule.id);
      if (before === undefined) changes.set(rule.id, 'new');
      else if (before !== canonical(rule)) changes.set(rule.id, 'edited');
    }
    return changes as ReadonlyMap<string, 'new' | 'edited'>;
  });

  readonly changes = computed<DraftChanges>(() => {
    const savedIds = (this.savedSet()?.rules ?? []).map((r) => r.id);
    const draftIds = this.draftRules().map((r) => r.id);
    const kept = new Set(draftIds);
    const values = [...this.ruleChanges().values()];
    const stillThere = savedIds.filter((id) => kept.has(id));
    const savedOrder = new Set(savedIds);
    return {
      added: values.filter((v) => v === 'new').length,
      edited: values.filter((v) => v === 'edited').length,
      removed: savedIds.length - stillThere.length,
      reordered: stillThere.join('\n') !== draftIds.filter((id) => savedOrder.has(id)).join('\n'),
    };
  });

  readonly dirty = computed(() => {
    const saved = this.savedSet();
    return !!saved && canonical(saved.rules) !== canonical(this.draftRules());
  });

  async load(): Promise<void> {
    this.state.set('loading');
    this.loadErrorText.set(null);
    this.discardMessages();
    const versions = this.loadVersions();
    try {
      const set = await firstValueFrom(this.api.rules());
      this.takeSaved(set);
      this.state.set('ready');
    } catch (error) {
      this.loadErrorText.set(describeApiError(error));
      this.state.set('error');
    }
    await versions;
  }

  async loadVersions(): Promise<void> {
    try {
      this.versionList.set(await firstValueFrom(this.api.ruleVersions()));
      this.versionsErrorText.set(null);
    } catch (error) {
      this.versionsErrorText.set(describeApiError(error));
    }
  }

  /** Moves the rule at `index` by `delta` places; false when it is already at that end. */
  move(index: number, delta: -1 | 1): boolean {
    const rules = this.draftRules();
    const to = index + delta;
    if (index < 0 || index >= rules.length || to < 0 || to >= rules.length) return false;
    const next = [...rules];
    [next[index], next[to]] = [next[to], next[index]];
    this.draftRules.set(next);
    return true;
  }

  setEnabled(id: string, enabled: boolean): void {
    this.draftRules.update((rules) => rules.map((r) => (r.id === id ? { ...r, enabled } : r)));
  }

  /** Puts an edited rule in place of the one with `id`, or at the end when no rule has it. */
  upsert(id: string, rule: RoutingRule): void {
    const rules = this.draftRules();
    const index = rules.findIndex((r) => r.id === id);
    this.draftRules.set(index < 0 ? [...rules, rule] : rules.map((r, i) => (i === index ? rule : r)));
    this.forgetServerErrors(id);
  }

  remove(id: string): void {
    this.draftRules.update((rules) => rules.filter((r) => r.id !== id));
    this.forgetServerErrors(id);
  }

  /** Back to the saved version. */
  discard(): void {
    const saved = this.savedSet();
    if (saved) this.draftRules.set(saved.rules);
    this.discardMessages();
  }

  /** Sends the whole draft as the next version; true when the server took it. */
  async save(note: string): Promise<boolean> {
    if (this.savingNow() || !this.dirty()) return false;
    if (this.problems().size) {
      this.saveErrorText.set('Some rules have problems (marked below). Fix them before saving.');
      return false;
    }
    const rules = this.draftRules();
    const trimmed = note.trim();
    this.savingNow.set(true);
    this.discardMessages();
    try {
      const set = await firstValueFrom(this.api.saveRules(trimmed ? { rules, note: trimmed } : { rules }));
      this.takeSaved(set);
      this.versionList.update((list) => [
        { version: set.version, note: set.note, createdAt: set.createdAt, createdBy: set.createdBy, ruleCount: set.rules.length },
        ...list.filter((v) => v.version !== set.version),
      ]);
      return true;
    } catch (error) {
      this.saveErrorText.set(this.saveFailure(error, rules));
      return false;
    } finally {
      this.savingNow.set(false);
    }
  }

  private saveFailure(error: unknown, sent: readonly RoutingRule[]): string {
    if (!(error instanceof HttpErrorResponse)) return describeApiError(error);
    const body = error.error as Partial<ApiError> | null;
    if (error.status === 400 && body?.errors?.length) {
      this.serverErrorList.set(mapServerErrors(body.errors, sent));
      return 'The server did not accept the rules: see the problems marked below.';
    }
    if (error.status === 403) return 'Only administrators can change the routing rules.';
    if (error.status === 409) {
      this.conflictNow.set(true);
      return 'Someone else saved the rules meanwhile. Load the newest version, then make your change again.';
    }
    return `Not saved. ${describeApiError(error)}`;
  }

  private takeSaved(set: RuleSet): void {
    this.savedSet.set(set);
    this.draftRules.set(set.rules);
  }

  private discardMessages(): void {
    this.serverErrorList.set(NO_SERVER_ERRORS);
    this.saveErrorText.set(null);
    this.conflictNow.set(false);
  }

  private forgetServerErrors(id: string): void {
    const current = this.serverErrorList();
    if (!current.byRule.has(id)) return;
    const byRule = new Map(current.byRule);
    byRule.delete(id);
    this.serverErrorList.set({ ...current, byRule });
  }
}
