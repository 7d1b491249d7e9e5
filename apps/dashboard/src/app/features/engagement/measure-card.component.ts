import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { measureById, type MeasureResult } from '@carequeue/measures';
import { ChartComponent, type ChartSeries } from '../../shared/chart/chart.component';
import {
  SHORT_TITLES,
  VERDICT_LABELS,
  figureNote,
  fractionText,
  percentText,
  thresholdPercent,
  thresholdText,
  verdictOf,
} from './engagement-format';

/** Bar colours by verdict; the badge's word and icon carry the verdict too, never the colour alone. */
const BAR_COLORS = { pass: '#2e7d32', fail: '#b45309', excluded: '#8a94a0' } as const;

/** One measure: its percentage against the threshold, PASS/FAIL, numerator and denominator. Opens its patients. */
@Component({
  selector: 'cq-measure-card',
  imports: [ChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let f = figure();
    <article
      class="card"
      [class.card--selected]="selected()"
      [attr.data-verdict]="verdict()"
      data-testid="measure-card"
      [attr.data-measure-id]="f.id"
    >
      <header class="head">
        <h3 class="title">
          <button
            type="button"
            class="open"
            (click)="opened.emit()"
            [attr.aria-pressed]="selected()"
            [attr.aria-describedby]="'fig-' + f.id"
            [attr.title]="longTitle()"
            data-testid="measure-open"
          >
            {{ title() }}
          </button>
        </h3>
        <span class="badge" [class]="'badge badge--' + verdict()" data-testid="measure-verdict">
          <svg viewBox="0 0 16 16" aria-hidden="true">
            @switch (verdict()) {
              @case ('pass') {
                <path d="M3 8.5l3 3 7-7" />
              }
              @case ('fail') {
                <path d="M4 4l8 8M12 4l-8 8" />
              }
              @default {
                <path d="M3 8h10" />
              }
            }
          </svg>
          {{ verdictLabel() }}
        </span>
      </header>
      <p class="figure" [id]="'fig-' + f.id">
        <span class="percent" data-testid="measure-percent">{{ percent() }}</span>
        <span class="fraction" data-testid="measure-fraction">{{ fraction() }}</span>
      </p>
      @if (!f.excluded) {
        <cq-chart
          kind="bar"
          [horizontal]="true"
          [compact]="true"
          [series]="series()"
          [threshold]="thresholdAt()"
          [thresholdLabel]="'Threshold ' + threshold()"
          unit="%"
          [max]="100"
          [height]="64"
          [colors]="[barColor()]"
          [label]="title() + ', percent met'"
        />
      }
      <p class="threshold">
        <span data-testid="measure-threshold">Threshold <strong>{{ threshold() }}</strong></span>
        <span class="id">{{ f.id }}</span>
      </p>
      @if (note(); as note) {
        <p class="note" data-testid="measure-note">{{ note }}</p>
      }
      <p class="definition">{{ f.definition }}</p>
    </article>
  `,
  styles: `
    :host {
      display: block;
    }
    .card {
      position: relative;
      display: flex;
      flex-direction: column;
      gap: var(--space-2);
      height: 100%;
      padding: var(--space-3) var(--space-4);
      border: 1px solid var(--border);
      border-left: 5px solid var(--verdict, var(--border-strong));
      border-radius: var(--radius);
      background: var(--surface);
    }
    .card[data-verdict='pass'] {
      --verdict: #2e7d32;
    }
    .card[data-verdict='fail'] {
      --verdict: #b45309;
    }
    .card:hover {
      background: var(--surface-hover);
    }
    .card--selected {
      outline: 3px solid var(--primary);
      outline-offset: -1px;
    }
    .head {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: var(--space-2);
    }
    .title {
      margin: 0;
      font-size: 1rem;
      line-height: 1.3;
    }
    /* The whole card is the button's target; the button keeps the focus ring. */
    .open {
      all: unset;
      cursor: pointer;
      color: var(--text);
    }
    .open::after {
      content: '';
      position: absolute;
      inset: 0;
    }
    .open:focus-visible {
      outline: 3px solid var(--focus);
      outline-offset: 2px;
    }
    .badge {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      flex: none;
      padding: 0.1rem 0.5rem;
      border-radius: 999px;
      font-size: 0.75rem;
      font-weight: 700;
      letter-spacing: 0.05em;
      text-transform: uppercase;
    }
    .badge svg {
      width: 0.8rem;
      height: 0.8rem;
      fill: none;
      stroke: currentColor;
      stroke-width: 2.4;
      stroke-linecap: round;
    }
    .badge--pass {
      background: #e3f1e4;
      color: #1d5c22;
    }
    .badge--fail {
      background: var(--high-bg);
      color: var(--high);
    }
    .badge--excluded {
      background: var(--routine-bg);
      color: var(--text-muted);
    }
    .figure {
      display: flex;
      align-items: baseline;
      gap: var(--space-2);
      margin: 0;
    }
    .percent {
      font-size: 1.75rem;
      font-weight: 700;
      line-height: 1;
    }
    .fraction,
    .threshold,
    .definition,
    .note {
      margin: 0;
      color: var(--text-muted);
      font-size: 0.8125rem;
    }
    .threshold {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 var(--space-2);
      color: var(--text);
      white-space: nowrap;
    }
    .id {
      color: var(--text-faint);
      font-family: ui-monospace, monospace;
      font-size: 0.75rem;
    }
    .note {
      color: var(--text);
    }
    .definition {
      font-size: 0.75rem;
      color: var(--text-faint);
    }
  `,
})
export class MeasureCardComponent {
  readonly figure = input.required<MeasureResult>();
  /** Whose figure it is: the wording of "excluded" differs for the practice and one EP. */
  readonly scope = input<'practice' | 'provider'>('practice');
  readonly selected = input(false);
  readonly opened = output<void>();

  protected readonly title = computed(() => SHORT_TITLES[this.figure().id]);
  protected readonly longTitle = computed(() => measureById(this.figure().id).title);
  protected readonly verdict = computed(() => verdictOf(this.figure()));
  protected readonly verdictLabel = computed(() => VERDICT_LABELS[this.verdict()]);
  protected readonly percent = computed(() => percentText(this.figure().percent));
  protected readonly fraction = computed(() => fractionText(this.figure()));
  protected readonly threshold = computed(() => thresholdText(this.figure().threshold));
  protected readonly thresholdAt = computed(() => thresholdPercent(this.figure().threshold));
  protected readonly note = computed(() => figureNote(this.figure(), this.scope()));
  protected readonly barColor = computed(() => BAR_COLORS[this.verdict()]);
  protected readonly series = computed<ChartSeries[]>(() => [
    { name: this.title(), points: [{ name: this.title(), value: this.figure().percent ?? 0 }] },
  ]);
}
