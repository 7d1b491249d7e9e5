import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { CATEGORY_LABELS, POOL_LABELS, type MessageCategory } from '@carequeue/contracts';
import { createTriageEngine, type RoutingRule, type TriageDecision, type TriageEngine, type TriageInput } from '@carequeue/triage';
import type { Subscription } from 'rxjs';
import { ApiClient } from '../../core/api.client';
import { describeApiError } from '../../core/api-error';
import { PRIORITY_LABELS } from '../../core/labels';
import { highlightMessage } from './highlight';
import { slaText } from './rule-summary';
import { EXPLANATION_KIND_LABELS, decisionDifferences, decisionSentence, percent, usesHours } from './try-decision';

/** Typing settles this long before the browser decides (instant enough, and no flicker per key). */
export const TRY_DEBOUNCE_MS = 150;
/** The server is asked once typing has paused this long. */
export const SERVER_CHECK_DELAY_MS = 600;

interface Attempt {
  input: TriageInput;
  localHour: number;
}

export type ServerCheck =
  | { state: 'idle' }
  | { state: 'waiting' }
  | { state: 'checking' }
  | { state: 'agrees' }
  | { state: 'differs'; differences: string[] }
  | { state: 'failed'; message: string };

type Compiled = { engine: TriageEngine; error: null } | { engine: null; error: string };

function compile(rules: readonly RoutingRule[]): Compiled {
  try {
    return { engine: createTriageEngine(rules), error: null };
  } catch (error) {
    return { engine: null, error: error instanceof Error ? error.message : String(error) };
  }
}

const isBlank = (a: TriageInput) => !a.subject.trim() && !a.body.trim();

/**
 * "Try a message": decides what is typed with the draft rules, in the browser, as it is typed;
 * then asks the server for the same decision and says whether it agrees.
 */
@Component({
  selector: 'cq-rules-try-box',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './try-box.component.html',
  styleUrl: './try-box.component.css',
})
export class TryBoxComponent {
  /** The rules to decide with: the draft, including edits not yet applied. */
  readonly rules = input.required<readonly RoutingRule[]>();
  /** The rules may differ from the saved version (someone who can edit is looking). */
  readonly drafting = input(false);
  /** Says which unapplied edit the rules include, if any. */
  readonly draftNote = input<string | null>(null);

  private readonly api = inject(ApiClient);

  protected readonly subject = signal('');
  protected readonly body = signal('');
  protected readonly category = signal<MessageCategory | ''>('');
  private readonly attempt = signal<Attempt | null>(null);
  private readonly check = signal<ServerCheck>({ state: 'idle' });

  protected readonly categoryOptions = Object.entries(CATEGORY_LABELS) as [MessageCategory, string][];
  protected readonly categoryLabels = CATEGORY_LABELS;
  protected readonly poolLabels = POOL_LABELS;
  protected readonly priorityLabels = PRIORITY_LABELS;
  protected readonly kindLabels = EXPLANATION_KIND_LABELS;
  protected readonly percent = percent;
  protected readonly slaText = slaText;

  private readonly compiled = computed(() => compile(this.rules()));
  protected readonly rulesError = computed(() => this.compiled().error);
  protected readonly clockRules = computed(() => usesHours(this.rules()));

  /** The decision on screen, for the text as it was when typing settled. */
  readonly decision = computed<TriageDecision | null>(() => {
    const attempt = this.attempt();
    const engine = this.compiled().engine;
    if (!attempt || !engine || isBlank(attempt.input)) return null;
    return engine.decide(attempt.input, { localHour: attempt.localHour });
  });

  /** The decided text with its matched phrases marked (offsets belong to that text, not to what is typed now). */
  protected readonly highlighted = computed(() => {
    const attempt = this.attempt();
    const decision = this.decision();
    return attempt && decision ? highlightMessage(attempt.input.subject, attempt.input.body, decision.explanation) : null;
  });

  protected readonly announcement = computed(() => {
    const decision = this.decision();
    return decision ? decisionSentence(decision) : '';
  });

  readonly serverCheck = this.check.asReadonly();
  protected readonly serverLine = computed(() => {
    const check = this.check();
    switch (check.state) {
      case 'idle':
        return 'not yet.';
      case 'waiting':
        return 'waiting for typing to pause…';
      case 'checking':
        return 'checking…';
      case 'agrees':
        return 'same decision.';
      case 'differs':
        return 'it decided differently. That is a bug: please report it.';
      case 'failed':
        return `could not check. ${check.message}`;
    }
  });
  protected readonly differences = computed(() => {
    const check = this.check();
    return check.state === 'differs' ? check.differences : [];
  });

  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  private checking?: Subscription;

  constructor() {
    // A changed draft decides again at once, and is checked with the server after the pause.
    effect(() => {
      this.rules();
      untracked(() => {
        if (this.attempt()) this.scheduleCheck();
      });
    });
    inject(DestroyRef).onDestroy(() => {
      clearTimeout(this.settleTimer);
      clearTimeout(this.checkTimer);
      this.checking?.unsubscribe();
    });
  }

  protected onSubject(event: Event): void {
    this.subject.set((event.target as HTMLInputElement).value);
    this.typed();
  }

  protected onBody(event: Event): void {
    this.body.set((event.target as HTMLTextAreaElement).value);
    this.typed();
  }

  protected onCategory(event: Event): void {
    this.category.set((event.target as HTMLSelectElement).value as MessageCategory | '');
    this.typed();
  }

  private typed(): void {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.settle(), TRY_DEBOUNCE_MS);
    this.scheduleCheck();
  }

  private settle(): void {
    const category = this.category();
    const input: TriageInput = { subject: this.subject(), body: this.body() };
    if (category) input.category = category;
    this.attempt.set({ input, localHour: new Date().getHours() });
  }

  private scheduleCheck(): void {
    this.checking?.unsubscribe();
    clearTimeout(this.checkTimer);
    if (this.check().state !== 'idle') this.check.set({ state: 'waiting' });
    this.checkTimer = setTimeout(() => this.checkWithServer(), SERVER_CHECK_DELAY_MS);
  }

  /** Asks the server for the same decision (same text, same draft) and compares. */
  private checkWithServer(): void {
    const attempt = this.attempt();
    const rules = this.rules();
    const engine = this.compiled().engine;
    if (!attempt || !engine || isBlank(attempt.input)) {
      this.check.set({ state: 'idle' });
      return;
    }
    const local = engine.decide(attempt.input, { localHour: attempt.localHour });
    this.check.set({ state: 'checking' });
    this.checking = this.api.triagePreview({ ...attempt.input, rules }).subscribe({
      next: (server) => {
        const differences = decisionDifferences(server, local);
        this.check.set(differences.length ? { state: 'differs', differences } : { state: 'agrees' });
      },
      error: (error: unknown) => this.check.set({ state: 'failed', message: describeApiError(error) }),
    });
  }
}
