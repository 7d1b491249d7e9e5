import { ChangeDetectionStrategy, Component, OnInit, computed, inject } from '@angular/core';
import { STAGE3_COORDINATION_OF_CARE, measureById, thresholdFor, type MeasureId, type MeasureResult, type Stage } from '@carequeue/measures';
import { canReadEngagement } from '@carequeue/contracts';
import { SessionStore } from '../../core/auth/session.store';
import { ChartComponent, type ChartSeries } from '../../shared/chart/chart.component';
import { DrillDownPanelComponent } from './drill-down-panel.component';
import { EngagementStore } from './engagement.store';
import { SHORT_TITLES, percentText, periodText, shortDate, thresholdPercent, thresholdText, verdictOf } from './engagement-format';
import { MeasureCardComponent } from './measure-card.component';
import { QUICK_PICKS, localDate, matchingQuickPick, type QuickPick } from './period';

const STAGES: readonly Stage[] = [1, 2, 3];
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/**
 * Meaningful Use engagement: each measure of a stage against its threshold for a chosen period,
 * for the practice or one provider, a weekly trend, a provider × measure table, and the patients
 * behind any figure (paged, with CSV). Live: refetches when engagement data or messages change.
 */
@Component({
  selector: 'cq-engagement-page',
  imports: [ChartComponent, DrillDownPanelComponent, MeasureCardComponent],
  providers: [EngagementStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './engagement.page.html',
  styleUrl: './engagement.page.css',
})
export class EngagementPage implements OnInit {
  protected readonly store = inject(EngagementStore);
  private readonly user = inject(SessionStore).user;

  protected readonly quickPicks = QUICK_PICKS;
  protected readonly stages = STAGES;
  protected readonly shortTitles = SHORT_TITLES;
  protected readonly percentText = percentText;
  protected readonly verdictOf = verdictOf;
  protected readonly coordinationNote = STAGE3_COORDINATION_OF_CARE.note;

  /** The server refuses the others; the page says so rather than showing errors. */
  protected readonly canRead = computed(() => {
    const user = this.user();
    return user !== null && canReadEngagement(user.role);
  });

  protected readonly filters = this.store.filters;
  protected readonly activePick = computed(() => matchingQuickPick(this.filters(), localDate(new Date())));
  protected readonly periodLabel = computed(() => {
    const { from, to } = this.filters();
    return this.store.periodError() ? '' : periodText(from, to);
  });
  protected readonly providerName = computed(() => {
    const id = this.filters().providerId;
    return id === null ? null : (this.store.providers().find((p) => p.providerId === id)?.name ?? id);
  });
  protected readonly isPhysician = computed(() => this.user()?.role === 'physician');
  /**
   * Whose patients a drill-down lists: the chosen EP, else the practice, except that the server
   * always gives a physician their own EP's patients (the only EP it lists for them).
   */
  protected readonly patientsOf = computed(() =>
    this.providerName() ?? (this.isPhysician() ? (this.store.providers()[0]?.name ?? null) : null),
  );
  protected readonly passing = computed(() => this.store.figures().filter((f) => f.met).length);
  protected readonly updated = computed(() => {
    const at = this.store.lastUpdated();
    return at ? timeFormat.format(at) : null;
  });

  /** The figure the drill-down explains: from the cards' figures, so its counts match the card. */
  protected readonly drillFigure = computed<MeasureResult | null>(() => {
    const drill = this.store.drill();
    return drill ? (this.store.figures().find((f) => f.id === drill.measureId) ?? null) : null;
  });

  protected readonly trendId = this.store.trendMeasureId;
  protected readonly trendThreshold = computed(() => thresholdFor(this.trendId()));
  protected readonly trendSeries = computed<ChartSeries[]>(() => {
    const trend = this.store.trend();
    if (!trend) return [];
    const id = this.trendId();
    const points = trend.weeks.flatMap((w) => {
      const m = w.measures.find((f) => f.id === id);
      return m && m.percent !== null ? [{ name: shortDate(w.weekEnd), value: m.percent }] : [];
    });
    return [{ name: this.providerName() ?? 'Practice', points }];
  });
  /** The latest point, spelled out under the chart. */
  protected readonly trendLatest = computed(() => {
    const weeks = this.store.trend()?.weeks ?? [];
    const last = weeks[weeks.length - 1];
    const m = last?.measures.find((f) => f.id === this.trendId());
    return last && m ? { weekEnd: shortDate(last.weekEnd), ...m } : null;
  });
  protected readonly trendLabel = computed(
    () => `${SHORT_TITLES[this.trendId()]} (${this.providerName() ?? 'practice'}), percent from ${this.periodLabel()} by week`,
  );
  protected readonly thresholdText = thresholdText;
  protected readonly thresholdPercent = thresholdPercent;

  ngOnInit(): void {
    if (this.canRead()) void this.store.load();
  }

  protected pick(id: QuickPick): void {
    this.store.applyQuickPick(id);
  }

  protected changeDate(end: 'from' | 'to', event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.store.setPeriod({ ...this.filters(), [end]: value });
  }

  protected changeStage(stage: Stage): void {
    this.store.setStage(stage);
  }

  protected changeProvider(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.store.setProvider(value === '' ? null : value);
  }

  protected changeTrendMeasure(event: Event): void {
    this.store.showTrendFor((event.target as HTMLSelectElement).value as MeasureId);
  }

  protected title(id: MeasureId): string {
    return measureById(id).title;
  }

  protected figureOf(measures: readonly MeasureResult[], id: MeasureId): MeasureResult | undefined {
    return measures.find((m) => m.id === id);
  }
}
