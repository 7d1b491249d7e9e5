import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { InboxEvent } from '@carequeue/contracts';
import {
  measuresForStage,
  type DrillDownPage,
  type DrillDownSet,
  type MeasureId,
  type MeasureResult,
  type MeasuresReportResponse,
  type Stage,
  type TrendResponse,
} from '@carequeue/measures';
import { debounceTime, filter, firstValueFrom, merge, type Observable } from 'rxjs';
import { describeApiError } from '../../core/api-error';
import { InboxSocketService } from '../../core/inbox-socket.service';
import { EngagementApi, saveFile } from './engagement-api';
import { localDate, periodProblem, quickPickPeriod, trendFits, type Period, type QuickPick } from './period';

/** A burst of pushes (an import, a flurry of messages) becomes one refetch this long after the last. */
export const LIVE_REFRESH_DEBOUNCE_MS = 1_000;
export const DRILL_PAGE_SIZE = 25;

export interface EngagementFilters extends Period {
  stage: Stage;
  /** An EP's import id, or null for the whole practice. */
  providerId: string | null;
}

/** `idle` before the first request; `loading` only while nothing is shown yet (refreshes keep the old figures). */
export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

export interface DrillSelection {
  measureId: MeasureId;
  set: DrillDownSet;
  offset: number;
}

/**
 * One piece of server data: its state, its error, and a request counter so a slow answer to an
 * older request never overwrites a newer one.
 */
class Resource<T> {
  private readonly valueSignal = signal<T | null>(null);
  private readonly stateSignal = signal<LoadState>('idle');
  private readonly errorSignal = signal<string | null>(null);
  private readonly busySignal = signal(false);
  private latest = 0;

  readonly value = this.valueSignal.asReadonly();
  readonly state = this.stateSignal.asReadonly();
  readonly error = this.errorSignal.asReadonly();
  /** A request is in flight (also during a refresh that keeps the old value on screen). */
  readonly busy = this.busySignal.asReadonly();

  async load(request: Observable<T>, keepValue: boolean): Promise<boolean> {
    const id = ++this.latest;
    if (!keepValue) this.valueSignal.set(null);
    if (this.valueSignal() === null) this.stateSignal.set('loading');
    this.busySignal.set(true);
    try {
      const value = await firstValueFrom(request);
      if (id !== this.latest) return false;
      // A refresh that brings the same figures leaves the screen (and every chart) alone.
      if (!keepValue || JSON.stringify(value) !== JSON.stringify(this.valueSignal())) this.valueSignal.set(value);
      this.errorSignal.set(null);
      this.stateSignal.set('ready');
      return true;
    } catch (error) {
      if (id !== this.latest) return false;
      this.errorSignal.set(describeApiError(error));
      this.stateSignal.set('error');
      return false;
    } finally {
      if (id === this.latest) this.busySignal.set(false);
    }
  }

  /** Forgets the value and ignores any answer still on its way. */
  clear(): void {
    this.latest += 1;
    this.valueSignal.set(null);
    this.errorSignal.set(null);
    this.stateSignal.set('idle');
    this.busySignal.set(false);
  }
}

/**
 * The Engagement page's state: the filters, the measures report (every EP, so the provider list
 * and table stay whole when one EP is chosen), the weekly trend, and the drill-down page. Refetches
 * when engagement data changes (`engagement.changed`) or a message arrives or changes (messaging
 * measures), debounced, and after a reconnect (pushes sent meanwhile were lost).
 */
@Injectable()
export class EngagementStore {
  private readonly api = inject(EngagementApi);

  private readonly filterState = signal<EngagementFilters>({ ...quickPickPeriod('last-90-days', localDate(new Date())), stage: 2, providerId: null });
  private readonly trendMeasure = signal<MeasureId | null>(null);
  private readonly drillSelection = signal<DrillSelection | null>(null);
  private readonly downloadingNow = signal(false);
  private readonly downloadErrorText = signal<string | null>(null);
  private readonly updatedAt = signal<Date | null>(null);

  private readonly reportResource = new Resource<MeasuresReportResponse>();
  private readonly trendResource = new Resource<TrendResponse>();
  private readonly drillResource = new Resource<DrillDownPage>();

  readonly filters = this.filterState.asReadonly();
  readonly report = this.reportResource.value;
  readonly reportState = this.reportResource.state;
  readonly reportError = this.reportResource.error;
  readonly refreshing = this.reportResource.busy;
  readonly trend = this.trendResource.value;
  readonly trendState = this.trendResource.state;
  readonly trendError = this.trendResource.error;
  readonly drill = this.drillSelection.asReadonly();
  readonly drillPage = this.drillResource.value;
  readonly drillState = this.drillResource.state;
  readonly drillError = this.drillResource.error;
  readonly downloading = this.downloadingNow.asReadonly();
  readonly downloadError = this.downloadErrorText.asReadonly();
  /** When the figures on screen were fetched. */
  readonly lastUpdated = this.updatedAt.asReadonly();

  readonly periodError = computed(() => periodProblem(this.filterState()));
  readonly trendAvailable = computed(() => trendFits(this.filterState()));

  /** The figures the cards show: the chosen EP's, else the practice's (the union over every EP). */
  readonly figures = computed<MeasureResult[]>(() => {
    const report = this.report();
    if (!report) return [];
    const providerId = this.filterState().providerId;
    if (providerId === null) return report.practice;
    return report.providers.find((p) => p.providerId === providerId)?.measures ?? [];
  });

  readonly providers = computed(() => this.report()?.providers ?? []);
  readonly stageMeasureIds = computed(() => measuresForStage(this.filterState().stage).map((m) => m.id));
  /** The measure the trend chart shows: the one picked, else the one drilled into, else the stage's first. */
  readonly trendMeasureId = computed<MeasureId>(() => {
    const ids = this.stageMeasureIds();
    const wanted = this.trendMeasure() ?? this.drillSelection()?.measureId;
    return wanted && ids.includes(wanted) ? wanted : (ids[0] as MeasureId);
  });

  constructor() {
    const socket = inject(InboxSocketService);
    const messages = socket.threadEvents$.pipe(filter((e) => e.name === InboxEvent.ThreadCreated || e.name === InboxEvent.ThreadUpdated));
    merge(socket.engagementChanged$, messages, socket.connected$)
      .pipe(debounceTime(LIVE_REFRESH_DEBOUNCE_MS), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => void this.refresh());
  }

  /** First load. */
  load(): Promise<void> {
    return this.fetchAll(false);
  }

  /** Fetches everything on screen again, keeping the current figures visible meanwhile. */
  refresh(): Promise<void> {
    return this.fetchAll(true);
  }

  applyQuickPick(pick: QuickPick, today = localDate(new Date())): void {
    this.setFilters(quickPickPeriod(pick, today));
  }

  setPeriod(period: Period): void {
    this.setFilters(period);
  }

  setStage(stage: Stage): void {
    if (stage === this.filterState().stage) return;
    this.trendMeasure.set(null);
    const drill = this.drillSelection();
    if (drill && !measuresForStage(stage).some((m) => m.id === drill.measureId)) this.closeDrill();
    this.setFilters({ stage });
  }

  setProvider(providerId: string | null): void {
    this.setFilters({ providerId });
  }

  /** Only picks which series of the weekly trend is drawn: every measure of the stage is already loaded. */
  showTrendFor(measureId: MeasureId): void {
    this.trendMeasure.set(measureId);
  }

  /** Opens the patients behind a figure: the gap first, the patients to work on. */
  openDrill(measureId: MeasureId): void {
    this.drillSelection.set({ measureId, set: 'gap', offset: 0 });
    this.trendMeasure.set(null);
    this.downloadErrorText.set(null);
    void this.fetchDrill(false);
  }

  setDrillSet(set: DrillDownSet): void {
    const drill = this.drillSelection();
    if (!drill || drill.set === set) return;
    this.drillSelection.set({ ...drill, set, offset: 0 });
    void this.fetchDrill(false);
  }

  pageDrill(offset: number): void {
    const drill = this.drillSelection();
    if (!drill) return;
    this.drillSelection.set({ ...drill, offset: Math.max(0, offset) });
    void this.fetchDrill(true);
  }

  closeDrill(): void {
    this.drillSelection.set(null);
    this.drillResource.clear();
  }

  /** The whole set as the API's CSV, fetched with the session's token, then saved. */
  async downloadCsv(): Promise<void> {
    const drill = this.drillSelection();
    if (!drill || this.downloadingNow()) return;
    const { from, to, providerId } = this.filterState();
    this.downloadingNow.set(true);
    this.downloadErrorText.set(null);
    try {
      saveFile(await firstValueFrom(this.api.patientsCsv(drill.measureId, { from, to, providerId, set: drill.set })));
    } catch (error) {
      this.downloadErrorText.set(describeApiError(error));
    } finally {
      this.downloadingNow.set(false);
    }
  }

  private setFilters(change: Partial<EngagementFilters>): void {
    this.filterState.update((f) => ({ ...f, ...change }));
    const drill = this.drillSelection();
    if (drill && drill.offset !== 0) this.drillSelection.set({ ...drill, offset: 0 });
    void this.fetchAll(false);
  }

  private async fetchAll(keep: boolean): Promise<void> {
    if (this.periodError()) return;
    const { from, to, stage, providerId } = this.filterState();
    const trend = this.trendAvailable() ? this.trendResource.load(this.api.trend({ from, to, stage, providerId }), keep) : Promise.resolve(this.trendResource.clear());
    const [report] = await Promise.all([this.reportResource.load(this.api.report({ from, to, stage }), keep), trend, this.fetchDrill(keep)]);
    if (report) this.updatedAt.set(new Date());
  }

  private async fetchDrill(keep: boolean): Promise<void> {
    const drill = this.drillSelection();
    if (!drill || this.periodError()) return;
    const { from, to, providerId } = this.filterState();
    await this.drillResource.load(
      this.api.patients(drill.measureId, { from, to, providerId, set: drill.set, limit: DRILL_PAGE_SIZE, offset: drill.offset }),
      keep,
    );
  }
}
