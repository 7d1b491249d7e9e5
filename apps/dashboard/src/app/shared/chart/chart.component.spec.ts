import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { ChartComponent, type ChartSeries } from './chart.component';

describe('ChartComponent', () => {
  async function render(inputs: Record<string, unknown>): Promise<HTMLElement> {
    TestBed.configureTestingModule({ imports: [ChartComponent], providers: [provideNoopAnimations()] });
    const fixture = TestBed.createComponent(ChartComponent);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const weeks: ChartSeries[] = [
    { name: 'Practice', points: [{ name: 'Mar 9', value: 100 }, { name: 'Mar 16', value: 50 }, { name: 'Mar 23', value: 66.666 }] },
    { name: 'Dr Bo', points: [{ name: 'Mar 23', value: 100 }] },
  ];

  it('names the figure and hides the drawing from assistive technology', async () => {
    const el = await render({ kind: 'line', series: weeks, label: 'Online access by week' });
    expect(el.querySelector('figure')?.getAttribute('aria-label')).toBe('Online access by week');
    expect(el.querySelector('[data-testid="chart-canvas"]')?.getAttribute('aria-hidden')).toBe('true');
    expect(el.querySelector('ngx-charts-line-chart')).not.toBeNull();
  });

  it('gives the same numbers as a visually hidden table, with the threshold in its caption', async () => {
    const el = await render({ kind: 'line', series: weeks, label: 'Online access', threshold: 50, thresholdLabel: 'Threshold', unit: '%', xLabel: 'Week ending' });
    const table = el.querySelector('[data-testid="chart-table"]') as HTMLTableElement;
    expect(table.parentElement?.classList).toContain('visually-hidden');
    expect(table.caption?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Online access (Threshold: 50%)');
    const cells = [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent?.trim()));
    expect(cells).toEqual([
      ['Week ending', 'Practice', 'Dr Bo'],
      ['Mar 9', '100%', '—'],
      ['Mar 16', '50%', '—'],
      ['Mar 23', '66.7%', '100%'],
    ]);
  });

  it('draws one series of bars horizontally, and several as grouped bars', async () => {
    const one = await render({ kind: 'bar', horizontal: true, series: weeks.slice(0, 1), label: 'Bars' });
    expect(one.querySelector('ngx-charts-bar-horizontal')).not.toBeNull();
    TestBed.resetTestingModule();
    const grouped = await render({ kind: 'bar', series: weeks, label: 'Grouped' });
    expect(grouped.querySelector('ngx-charts-bar-vertical-2d')).not.toBeNull();
  });

  it('names several series in its own legend, in the palette order, and none for one series or a compact chart', async () => {
    const el = await render({ kind: 'line', series: weeks, label: 'Two lines', colors: ['#111111', '#222222'] });
    const entries = [...el.querySelectorAll('[data-testid="chart-legend"] li')];
    expect(entries.map((li) => li.textContent?.trim())).toEqual(['Practice', 'Dr Bo']);
    expect((entries[1].querySelector('.swatch') as HTMLElement).style.background).toBe('rgb(34, 34, 34)');
    TestBed.resetTestingModule();
    const single = await render({ kind: 'line', series: weeks.slice(0, 1), label: 'One line' });
    expect(single.querySelector('[data-testid="chart-legend"]')).toBeNull();
    TestBed.resetTestingModule();
    const compact = await render({ kind: 'bar', series: weeks, label: 'Compact', compact: true });
    expect(compact.querySelector('[data-testid="chart-legend"]')).toBeNull();
  });
});
