/**
 * Pure helpers behind `cq-chart`: our series in, ngx-charts' data shapes and the accessible
 * table's rows out. Kept apart from the component so they are tested without a browser.
 */

/** One named value: a bar, or one point of a line (its name is the x label). */
export interface ChartPoint {
  name: string;
  value: number;
}

/** A named list of points: one line, or one group of bars. */
export interface ChartSeries {
  name: string;
  points: readonly ChartPoint[];
}

export interface NgxSingle {
  name: string;
  value: number;
}

export interface NgxMulti {
  name: string;
  series: NgxSingle[];
}

export interface TableRow {
  name: string;
  /** One value per series, in series order; null where that series has no point with this name. */
  values: (number | null)[];
}

/** Category names in first-seen order across every series. */
export function categories(series: readonly ChartSeries[]): string[] {
  const names = new Set<string>();
  for (const s of series) for (const p of s.points) names.add(p.name);
  return [...names];
}

/** Bars of one series, or lines: ngx-charts' `{ name, value }[]`. */
export function singleSeries(series: readonly ChartSeries[]): NgxSingle[] {
  return (series[0]?.points ?? []).map((p) => ({ name: p.name, value: p.value }));
}

/** Lines: one entry per series, its points as `series`. */
export function lineSeries(series: readonly ChartSeries[]): NgxMulti[] {
  return series.map((s) => ({ name: s.name, series: s.points.map((p) => ({ name: p.name, value: p.value })) }));
}

/** Grouped bars: one group per category, one bar per series in it. */
export function groupedBars(series: readonly ChartSeries[]): NgxMulti[] {
  return categories(series).map((name) => ({
    name,
    series: series.flatMap((s) => s.points.filter((p) => p.name === name).map((p) => ({ name: s.name, value: p.value }))),
  }));
}

/** The data table: a row per category, a column per series. */
export function tableRows(series: readonly ChartSeries[]): TableRow[] {
  return categories(series).map((name) => ({
    name,
    values: series.map((s) => s.points.find((p) => p.name === name)?.value ?? null),
  }));
}

/**
 * At most `max` labels for a category axis, every k-th counted back from the last (so the latest
 * point is always labelled and the labels are evenly spaced), so 26 weekly dates do not overlap.
 * All of them when they fit.
 */
export function spreadTicks(names: readonly string[], max: number): string[] {
  if (names.length <= max) return [...names];
  const step = Math.ceil(names.length / Math.max(1, max));
  return names.filter((_, i) => (names.length - 1 - i) % step === 0);
}

/** A value as the chart's table and tooltips show it: at most one decimal, then the unit. */
export function formatChartValue(value: number | null, unit = ''): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)}${unit}`;
}
