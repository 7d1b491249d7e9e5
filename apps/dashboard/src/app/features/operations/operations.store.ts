import { HttpClient } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { OperationsReport } from '@carequeue/contracts';
import { lastDays, localDateOf, periodProblems, type OperationsPeriod, type PeriodProblem } from '@carequeue/measures';
import { auditTime, type Subscription } from 'rxjs';
import { describeApiError } from '../../core/api-error';
import { DASHBOARD_CONFIG } from '../../core/app-config';
import { InboxSocketService } from '../../core/inbox-socket.service';

/** Thread pushes arriving together cause one refresh, at most this long after the first of them. */
export const LIVE_REFRESH_MS = 2_000;
export const PRESET_DAYS = [7, 30, 90] as const;
export type PresetDays = (typeof PRESET_DAYS)[number];
export type PeriodChoice = PresetDays | 'custom';
export type OperationsLoadState = 'loading' | 'ready' | 'error';

/**
 * The Operations page's state: the practice's time zone (days are its days), the chosen period, and
 * the report for it, fetched again (coalesced) whenever a thread changes anywhere in the practice.
 */
@Injectable()
export class OperationsStore {
  private readonly http = inject(HttpClient);
  private readonly base = inject(DASHBOARD_CONFIG).apiBase;

  private readonly zone = signal<string | null>(null);
  private readonly choiceSignal = signal<PeriodChoice>(30);
  private readonly periodSignal = signal<OperationsPeriod | null>(null);
  private readonly reportSignal = signal<OperationsReport | null>(null);
  private readonly state = signal<OperationsLoadState>('loading');
  private readonly errorText = signal<string | null>(null);
  private readonly busy = signal(false);
  private readonly updatedAt = signal<number | null>(null);
  private loading?: Subscription;

  readonly timezone = this.zone.asReadonly();
  readonly choice = this.choiceSignal.asReadonly();
  readonly period = this.periodSignal.asReadonly();
  readonly report = this.reportSignal.asReadonly();
  readonly loadState = this.state.asReadonly();
  readonly error = this.errorText.asReadonly();
  /** A refresh is under way while the last report stays on screen. */
  readonly refreshing = this.busy.asReadonly();
  readonly lastUpdated = this.updatedAt.asReadonly();
  /** Nothing arrived in the period and nothing was answered: the page says so instead of empty charts. */
  readonly empty = computed(() => {
    const report = this.reportSignal();
    return report !== null && report.firstResponse.threads === 0 && report.days.every((d) => d.received === 0) && report.physicians.every((p) => p.replies === 0);
  });

  constructor() {
    const socket = inject(InboxSocketService);
    socket.threadEvents$.pipe(auditTime(LIVE_REFRESH_MS), takeUntilDestroyed()).subscribe(() => this.refresh());
    // Pushes sent while the socket was down are lost: catch up after a reconnect.
    socket.connected$.pipe(takeUntilDestroyed()).subscribe(() => this.refresh());
    inject(DestroyRef).onDestroy(() => this.loading?.unsubscribe());
  }

  /** Learns the practice's time zone, then loads the default period (the last 30 days). */
  start(): void {
    this.state.set('loading');
    this.http.get<{ timezone: string }>(`${this.base}/practice`).subscribe({
      next: ({ timezone }) => {
        this.zone.set(timezone);
        this.choose(this.choiceSignal() === 'custom' ? 30 : (this.choiceSignal() as PresetDays));
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  /** The last N days up to today in the practice's zone. */
  choose(days: PresetDays): void {
    const zone = this.zone();
    if (!zone) return;
    this.choiceSignal.set(days);
    this.load(lastDays(days, localDateOf(Date.now(), zone)));
  }

  /** A period of the user's own; nothing is fetched while it has problems, which are returned per field. */
  chooseCustom(from: string, to: string): PeriodProblem[] {
    const problems = periodProblems(from, to);
    if (problems.length === 0) {
      this.choiceSignal.set('custom');
      this.load({ from, to });
    }
    return problems;
  }

  /** Fetches the current period again, keeping the report on screen meanwhile. */
  refresh(): void {
    const period = this.periodSignal();
    if (period && this.state() !== 'loading') this.load(period);
  }

  /** After an error: start over from the time zone if it never arrived. */
  retry(): void {
    const period = this.periodSignal();
    if (this.zone() && period) this.load(period);
    else this.start();
  }

  private load(period: OperationsPeriod): void {
    this.loading?.unsubscribe();
    const samePeriod = this.periodSignal()?.from === period.from && this.periodSignal()?.to === period.to;
    this.periodSignal.set(period);
    // A new period blanks the page (old figures would mislead); a refresh of the same one does not.
    if (!samePeriod || !this.reportSignal()) this.state.set('loading');
    this.busy.set(true);
    this.loading = this.http.get<OperationsReport>(`${this.base}/operations`, { params: { from: period.from, to: period.to } }).subscribe({
      next: (report) => {
        this.reportSignal.set(report);
        this.errorText.set(null);
        this.updatedAt.set(Date.now());
        this.busy.set(false);
        this.state.set('ready');
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  private fail(error: unknown): void {
    this.errorText.set(describeApiError(error));
    this.busy.set(false);
    // A failed refresh under figures already shown is a warning, not a blank page.
    this.state.set(this.reportSignal() && this.state() !== 'loading' ? 'ready' : 'error');
  }
}
