import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { canReadOperations } from '@carequeue/contracts';
import type { PeriodProblem } from '@carequeue/measures';
import { SessionStore } from '../../core/auth/session.store';
import { poolLabel } from '../../core/labels';
import { ChartComponent, type ChartSeries } from '../../shared/chart/chart.component';
import { categoryLabel, chartDayNames, clinicianRows, formatDay, formatMinutes, formatNumber, formatPeriod, formatShare } from './operations-format';
import { OperationsStore, PRESET_DAYS, type PresetDays } from './operations.store';

/**
 * Workload and service levels for administrators: time to first response, SLA compliance, volume
 * and backlog per day, and per-clinician figures, for a chosen period, refreshed live.
 */
@Component({
  selector: 'cq-operations-page',
  imports: [ChartComponent, NgTemplateOutlet],
  providers: [OperationsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './operations.page.html',
  styleUrl: './operations.page.css',
})
export class OperationsPage implements OnInit {
  protected readonly store = inject(OperationsStore);
  private readonly user = inject(SessionStore).user;

  protected readonly presets = PRESET_DAYS;
  protected readonly formatMinutes = formatMinutes;
  protected readonly formatShare = formatShare;
  protected readonly formatNumber = formatNumber;
  protected readonly formatDay = formatDay;
  protected readonly formatPeriod = formatPeriod;

  /** The server refuses everyone else (403); say so instead of asking (the link is hidden from them too). */
  protected readonly isAdmin = computed(() => {
    const role = this.user()?.role;
    return role !== undefined && canReadOperations(role);
  });
  protected readonly customOpen = signal(false);
  protected readonly customFrom = signal('');
  protected readonly customTo = signal('');
  protected readonly customProblems = signal<readonly PeriodProblem[]>([]);

  protected readonly clinicians = computed(() => {
    const report = this.store.report();
    return report ? clinicianRows(report) : [];
  });
  /** First-response rows by category and by pool, labelled, for the one table template. */
  protected readonly categoryRows = computed(() =>
    (this.store.report()?.byCategory ?? []).map((row) => ({ ...row, label: categoryLabel(row.category) })),
  );
  protected readonly poolRows = computed(() =>
    (this.store.report()?.byPool ?? []).map((row) => ({ ...row, label: poolLabel(row.pool) })),
  );
  protected readonly lastDay = computed(() => this.store.report()?.days.at(-1) ?? null);
  /** Volume and backlog per day, for the shared chart: one line each, a point per day of the period. */
  protected readonly dailySeries = computed<ChartSeries[]>(() => {
    const days = this.store.report()?.days ?? [];
    const names = chartDayNames(days.map((d) => d.date));
    return [
      { name: 'Messages received', points: days.map((d, i) => ({ name: names[i] ?? d.date, value: d.received })) },
      { name: 'Backlog at end of day', points: days.map((d, i) => ({ name: names[i] ?? d.date, value: d.backlog })) },
    ];
  });

  ngOnInit(): void {
    if (this.isAdmin()) this.store.start();
  }

  protected choose(days: PresetDays): void {
    this.customOpen.set(false);
    this.customProblems.set([]);
    this.store.choose(days);
  }

  protected openCustom(): void {
    const period = this.store.period();
    this.customFrom.set(period?.from ?? '');
    this.customTo.set(period?.to ?? '');
    this.customOpen.set(true);
  }

  protected applyCustom(event: Event): void {
    event.preventDefault();
    this.customProblems.set(this.store.chooseCustom(this.customFrom(), this.customTo()));
  }

  protected problemFor(field: 'from' | 'to'): string | null {
    return this.customProblems().find((p) => p.field === field)?.message ?? null;
  }

  protected inputValue(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected updatedLabel(ms: number): string {
    return new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  }
}
