import { categories, formatChartValue, groupedBars, lineSeries, singleSeries, spreadTicks, tableRows, type ChartSeries } from './chart-data';

const practice: ChartSeries = { name: 'Practice', points: [{ name: 'W1', value: 40 }, { name: 'W2', value: 55.25 }] };
const ruiz: ChartSeries = { name: 'Dr Ruiz', points: [{ name: 'W2', value: 70 }, { name: 'W3', value: 75 }] };

describe('chart data', () => {
  it('lists categories in first-seen order across series', () => {
    expect(categories([practice, ruiz])).toEqual(['W1', 'W2', 'W3']);
  });

  it('maps to the shapes ngx-charts reads', () => {
    expect(singleSeries([practice])).toEqual([{ name: 'W1', value: 40 }, { name: 'W2', value: 55.25 }]);
    expect(singleSeries([])).toEqual([]);
    expect(lineSeries([practice, ruiz])[1]).toEqual({ name: 'Dr Ruiz', series: [{ name: 'W2', value: 70 }, { name: 'W3', value: 75 }] });
    expect(groupedBars([practice, ruiz])).toEqual([
      { name: 'W1', series: [{ name: 'Practice', value: 40 }] },
      { name: 'W2', series: [{ name: 'Practice', value: 55.25 }, { name: 'Dr Ruiz', value: 70 }] },
      { name: 'W3', series: [{ name: 'Dr Ruiz', value: 75 }] },
    ]);
  });

  it('gives the table a row per category and a cell per series, empty where a series has no point', () => {
    expect(tableRows([practice, ruiz])).toEqual([
      { name: 'W1', values: [40, null] },
      { name: 'W2', values: [55.25, 70] },
      { name: 'W3', values: [null, 75] },
    ]);
  });

  it('spreads axis labels: all when they fit, else evenly, counted back from the last', () => {
    const weeks = Array.from({ length: 26 }, (_, i) => `w${i + 1}`);
    expect(spreadTicks(weeks.slice(0, 5), 8)).toEqual(weeks.slice(0, 5));
    expect(spreadTicks(weeks, 6)).toEqual(['w1', 'w6', 'w11', 'w16', 'w21', 'w26']);
    // 13 weekly points on 8 labels: every other week, ending on the last.
    expect(spreadTicks(weeks.slice(0, 13), 8)).toEqual(['w1', 'w3', 'w5', 'w7', 'w9', 'w11', 'w13']);
    expect(spreadTicks(weeks.slice(0, 10), 8)).toEqual(['w2', 'w4', 'w6', 'w8', 'w10']);
  });

  it('formats values with at most one decimal and the unit', () => {
    expect(formatChartValue(55.25, '%')).toBe('55.3%');
    expect(formatChartValue(40, '%')).toBe('40%');
    expect(formatChartValue(49.96, '%')).toBe('50%');
    expect(formatChartValue(null, '%')).toBe('—');
    expect(formatChartValue(3)).toBe('3');
  });
});
