import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BarChartModule, LineChartModule, ScaleType, type Color } from '@swimlane/ngx-charts';
import { formatChartValue, groupedBars, lineSeries, singleSeries, spreadTicks, tableRows, type ChartSeries } from './chart-data';

export type { ChartPoint, ChartSeries } from './chart-data';

const PALETTE = ['#1f5f8b', '#b45309', '#2e7d32', '#6d28d9', '#0f766e', '#9f1239'];
/** Past this many categories a line's x axis shows an evenly spread subset of labels. */
const MAX_X_LABELS = 8;

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The dashboard's one chart: every chart goes through it, so pages never depend on ngx-charts'
 * API (its components are NgModule-based and change with each major).
 *
 * Usage:
 * ```html
 * <cq-chart kind="line" label="Online access by week" [series]="[{ name: 'Practice', points: [{ name: 'Mar 9', value: 42 }] }]"
 *           [threshold]="50" thresholdLabel="Threshold > 50%" unit="%" [max]="100" />
 * ```
 * - `kind`: `'line'` (one line per series) or `'bar'` (one series: a bar per point; several: grouped bars).
 * - `series`: `{ name, points: { name, value }[] }[]`; a point's name is its category (x label, or bar label).
 * - `label` (required): the accessible name, also the caption of the data table.
 * - `threshold` / `thresholdLabel`: a reference line on the value axis (lines and single-series bars).
 * - `horizontal`: bars grow left to right (categories on the y axis).
 * - `unit` is appended to values ('%'); `max` raises the value axis to at least this (100 for percentages).
 * - `height` in pixels (the width follows the container); `colors`: the palette, taken in series order
 *   (for a single series of bars, in bar order).
 * - `compact`: no legend and no axis labels, for small charts inside cards.
 * The drawing is hidden from assistive technology; a visually hidden table holds the same numbers.
 */
@Component({
  selector: 'cq-chart',
  imports: [BarChartModule, LineChartModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart" role="group" [attr.aria-label]="label()">
      <!-- Our own legend, above the drawing: ngx-charts puts its legend below a fixed-height box,
           where it was clipped. Hidden from assistive technology like the drawing (the table names the series). -->
      @if (legend().length > 0) {
        <ul class="legend" aria-hidden="true" data-testid="chart-legend">
          @for (entry of legend(); track entry.name) {
            <li><span class="swatch" [style.background]="entry.color"></span>{{ entry.name }}</li>
          }
        </ul>
      }
      <div class="canvas" [style.height.px]="height()" aria-hidden="true" data-testid="chart-canvas">
        @switch (variant()) {
          @case ('line') {
            <ngx-charts-line-chart
              [results]="lines()"
              [scheme]="scheme()"
              [animations]="false"
              [xAxis]="true"
              [yAxis]="true"
              [xAxisTicks]="xTicks()"
              [yScaleMin]="0"
              [yScaleMax]="max() ?? 0"
              [yAxisTickFormatting]="formatTick"
              [showGridLines]="true"
              [referenceLines]="referenceLines()"
              [showRefLines]="referenceLines().length > 0"
              [showRefLabels]="true"
              [legend]="false"
              [showXAxisLabel]="!compact() && !!xLabel()"
              [xAxisLabel]="xLabel() ?? ''"
              [showYAxisLabel]="!compact() && !!yLabel()"
              [yAxisLabel]="yLabel() ?? ''"
            />
          }
          @case ('bar-horizontal') {
            <ngx-charts-bar-horizontal
              [results]="bars()"
              [scheme]="scheme()"
              [animations]="false"
              [xAxis]="true"
              [yAxis]="!compact()"
              [xScaleMax]="max() ?? 0"
              [xAxisTicks]="$any(valueTicks())"
              [xAxisTickFormatting]="formatTick"
              [referenceLines]="referenceLines()"
              [showRefLines]="referenceLines().length > 0"
              [showRefLabels]="false"
              [tooltipDisabled]="true"
              [showGridLines]="!compact()"
              [barPadding]="compact() ? 0 : 8"
            />
          }
          @case ('bar-vertical') {
            <ngx-charts-bar-vertical
              [results]="bars()"
              [scheme]="scheme()"
              [animations]="false"
              [xAxis]="true"
              [yAxis]="true"
              [xAxisTicks]="xTicks()"
              [yScaleMax]="max() ?? 0"
              [yAxisTickFormatting]="formatTick"
              [referenceLines]="referenceLines()"
              [showRefLines]="referenceLines().length > 0"
              [showRefLabels]="true"
              [showXAxisLabel]="!compact() && !!xLabel()"
              [xAxisLabel]="xLabel() ?? ''"
              [showYAxisLabel]="!compact() && !!yLabel()"
              [yAxisLabel]="yLabel() ?? ''"
            />
          }
          @case ('grouped-horizontal') {
            <ngx-charts-bar-horizontal-2d
              [results]="groups()"
              [scheme]="scheme()"
              [animations]="false"
              [xAxis]="true"
              [yAxis]="true"
              [xScaleMax]="max() ?? 0"
              [xAxisTickFormatting]="formatTick"
              [legend]="false"
            />
          }
          @case ('grouped-vertical') {
            <ngx-charts-bar-vertical-2d
              [results]="groups()"
              [scheme]="scheme()"
              [animations]="false"
              [xAxis]="true"
              [yAxis]="true"
              [yScaleMax]="max() ?? 0"
              [yAxisTickFormatting]="formatTick"
              [legend]="false"
            />
          }
        }
      </div>
      <!-- Hidden by a wrapper: a table grows to its content whatever width it is given. -->
      <div class="visually-hidden">
        <table data-testid="chart-table">
          <caption>
            {{ label() }}
            @if (threshold() !== null) {
              ({{ thresholdLabel() }}: {{ format(threshold()) }})
            }
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ xLabel() ?? '' }}</th>
              @for (s of series(); track s.name) {
                <th scope="col">{{ s.name }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.name) {
              <tr>
                <th scope="row">{{ row.name }}</th>
                @for (value of row.values; track $index) {
                  <td>{{ format(value) }}</td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    </figure>
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
    .chart {
      margin: 0;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin: 0 0 6px;
      padding: 0;
      list-style: none;
      font-size: 13px;
      color: var(--text-muted);
    }
    .legend .swatch {
      display: inline-block;
      width: 12px;
      height: 12px;
      margin-right: 6px;
      border-radius: 2px;
      vertical-align: -1px;
    }
    .canvas {
      position: relative;
      width: 100%;
      overflow: hidden;
    }
    /* ngx-charts draws labels in its own grey; ours match the page's text. */
    .canvas ::ng-deep text {
      fill: var(--text-muted);
      font-family: inherit;
    }
    .canvas ::ng-deep .ref-line .refline-path {
      stroke: var(--text);
      stroke-width: 2;
      stroke-dasharray: 5 3;
    }
    .canvas ::ng-deep .ref-line .refline-label {
      fill: var(--text);
      font-weight: 600;
    }
    .canvas ::ng-deep .gridline-path {
      stroke: var(--border);
    }
    .canvas ::ng-deep g[ngx-charts-axis-label] text {
      font-size: 12px;
    }
  `,
})
export class ChartComponent {
  readonly kind = input.required<'bar' | 'line'>();
  readonly series = input.required<readonly ChartSeries[]>();
  readonly label = input.required<string>();
  readonly threshold = input<number | null>(null);
  readonly thresholdLabel = input('Threshold');
  readonly horizontal = input(false);
  readonly unit = input('');
  readonly max = input<number | null>(null);
  readonly height = input(240);
  readonly xLabel = input<string | null>(null);
  readonly yLabel = input<string | null>(null);
  readonly colors = input<readonly string[]>(PALETTE);
  readonly compact = input(false);

  protected readonly variant = computed(() => {
    if (this.kind() === 'line') return 'line';
    const grouped = this.series().length > 1;
    if (this.horizontal()) return grouped ? 'grouped-horizontal' : 'bar-horizontal';
    return grouped ? 'grouped-vertical' : 'bar-vertical';
  });

  /** Values are rounded for the drawing (tooltips, data labels); the table shows them formatted. */
  private readonly rounded = computed(() =>
    this.series().map((s) => ({ name: s.name, points: s.points.map((p) => ({ name: p.name, value: round1(p.value) })) })),
  );
  protected readonly lines = computed(() => lineSeries(this.rounded()));
  protected readonly bars = computed(() => singleSeries(this.rounded()));
  protected readonly groups = computed(() => groupedBars(this.rounded()));
  protected readonly rows = computed(() => tableRows(this.series()));
  protected readonly xTicks = computed(() => spreadTicks(this.rows().map((r) => r.name), MAX_X_LABELS));
  /**
   * Quarters of the value axis when it has a fixed top (percentages), else undefined: ngx-charts then
   * picks its own (its input is typed as an array, hence the `$any` in the template).
   */
  protected readonly valueTicks = computed(() => {
    const max = this.max();
    return max === null ? undefined : [0, max / 4, max / 2, (3 * max) / 4, max];
  });
  protected readonly referenceLines = computed(() => {
    const threshold = this.threshold();
    return threshold === null ? [] : [{ name: this.thresholdLabel(), value: threshold }];
  });
  protected readonly scheme = computed<Color>(() => ({
    name: 'carequeue',
    selectable: false,
    group: ScaleType.Ordinal,
    domain: [...this.colors()],
  }));

  /** One entry per series, in the palette's order, when several series share the drawing. */
  protected readonly legend = computed(() => {
    const colors = this.colors();
    if (this.compact() || this.series().length < 2) return [];
    return this.series().map((s, i) => ({ name: s.name, color: colors[i % colors.length] }));
  });

  protected readonly formatTick = (value: number) => formatChartValue(value, this.unit());

  protected format(value: number | null): string {
    return formatChartValue(value, this.unit());
  }
}
