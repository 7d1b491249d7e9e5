import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, computed, inject, input } from '@angular/core';
import { measureById, type DrillDownSet, type MeasureResult } from '@carequeue/measures';
import { DRILL_PAGE_SIZE, EngagementStore } from './engagement.store';
import { SHORT_TITLES, gapCount } from './engagement-format';

const SETS: readonly { id: DrillDownSet; label: string; hint: string }[] = [
  { id: 'gap', label: 'Gap', hint: 'in the denominator, not yet in the numerator' },
  { id: 'numerator', label: 'Numerator', hint: 'counted as meeting the measure' },
  { id: 'denominator', label: 'Denominator', hint: 'everyone the measure counts' },
];

/** The patients (or visits) behind a figure: gap by default, paged, and the whole set as CSV. */
@Component({
  selector: 'cq-drill-down-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let f = figure();
    <section class="panel" aria-labelledby="drill-heading" data-testid="drill-panel" [attr.data-measure-id]="f.id">
      <header class="head">
        <div>
          <h2 id="drill-heading" tabindex="-1">{{ noun() }} behind {{ title() }}</h2>
          <p class="sub">{{ longTitle() }} · {{ scopeName() }}</p>
        </div>
        <button type="button" class="close" (click)="store.closeDrill()" data-testid="drill-close">Close</button>
      </header>

      <div class="bar">
        <div class="sets" role="radiogroup" aria-label="Which patients">
          @for (s of sets; track s.id) {
            <button
              type="button"
              role="radio"
              [attr.aria-checked]="store.drill()?.set === s.id"
              [title]="s.hint"
              (click)="store.setDrillSet(s.id)"
              [attr.data-testid]="'drill-set-' + s.id"
            >
              {{ s.label }} <span class="count">{{ countOf(s.id) }}</span>
            </button>
          }
        </div>
        <button type="button" class="button download" (click)="store.downloadCsv()" [disabled]="store.downloading() || !page()?.total" data-testid="drill-download">
          {{ store.downloading() ? 'Preparing CSV…' : 'Download CSV' }}
        </button>
      </div>
      @if (store.downloadError(); as error) {
        <p class="notice notice--error" role="alert">The CSV could not be downloaded: {{ error }}</p>
      }

      @switch (store.drillState()) {
        @case ('loading') {
          <p class="muted" role="status">Loading {{ noun().toLowerCase() }}…</p>
        }
        @case ('error') {
          <p class="notice notice--error" role="alert">{{ store.drillError() }}</p>
        }
        @default {
          @if (page(); as page) {
            <p class="summary" role="status" data-testid="drill-summary">
              @if (page.total === 0) {
                None in this set for the period.
              } @else {
                Showing {{ page.offset + 1 }}–{{ page.offset + page.items.length }} of
                <strong data-testid="drill-total">{{ page.total }}</strong> {{ noun().toLowerCase() }}
              }
            </p>
            @if (page.items.length) {
              <div class="table-wrap">
                <table data-testid="drill-table">
                  <thead>
                    <tr>
                      @if (visits()) {
                        <th scope="col">Visit</th>
                        <th scope="col">Date</th>
                      }
                      <th scope="col">MRN</th>
                      <th scope="col">Name</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (item of page.items; track $index) {
                      <tr data-testid="drill-row">
                        @if (visits()) {
                          <td>{{ item.encounterId }}</td>
                          <td>{{ item.date }}</td>
                        }
                        <td class="mono">{{ item.mrn }}</td>
                        <td>{{ item.name ?? '(no name on file)' }}</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
              <nav class="pager" aria-label="Pages">
                <button type="button" (click)="store.pageDrill(page.offset - pageSize)" [disabled]="page.offset === 0" data-testid="drill-prev">Previous</button>
                <button type="button" (click)="store.pageDrill(page.offset + pageSize)" [disabled]="page.offset + page.items.length >= page.total" data-testid="drill-next">Next</button>
              </nav>
            }
          }
        }
      }
    </section>
  `,
  styles: `
    .panel {
      padding: var(--space-3) var(--space-4);
      border: 1px solid var(--border);
      border-top: 4px solid var(--primary);
      border-radius: var(--radius);
      background: var(--surface);
    }
    .head,
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      justify-content: space-between;
      gap: var(--space-2);
    }
    h2 {
      margin: 0;
      font-size: 1.0625rem;
    }
    h2:focus {
      outline: none;
    }
    .sub,
    .muted,
    .summary {
      margin: var(--space-1) 0 0;
      color: var(--text-muted);
      font-size: 0.875rem;
    }
    .bar {
      margin: var(--space-3) 0 var(--space-2);
      align-items: center;
    }
    .sets {
      display: inline-flex;
      border: 1px solid var(--border-strong);
      border-radius: var(--radius);
      overflow: hidden;
    }
    .sets button,
    .close,
    .pager button {
      padding: 0.3rem 0.75rem;
      border: 0;
      background: var(--surface);
      color: var(--text);
      font: inherit;
      font-size: 0.875rem;
      cursor: pointer;
    }
    .sets button + button {
      border-left: 1px solid var(--border-strong);
    }
    .sets button[aria-checked='true'] {
      background: var(--primary);
      color: #fff;
      font-weight: 600;
    }
    .count {
      margin-left: 0.25rem;
      opacity: 0.85;
      font-variant-numeric: tabular-nums;
    }
    .close,
    .pager button {
      border: 1px solid var(--border-strong);
      border-radius: var(--radius);
    }
    .download {
      margin-top: 0;
    }
    .download[disabled],
    .pager button[disabled] {
      opacity: 0.55;
      cursor: not-allowed;
    }
    .table-wrap {
      max-height: 24rem;
      overflow: auto;
      margin-top: var(--space-2);
      border: 1px solid var(--border);
      border-radius: var(--radius);
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font-size: 0.875rem;
    }
    th,
    td {
      padding: 0.35rem 0.75rem;
      border-bottom: 1px solid var(--border);
      text-align: left;
    }
    thead th {
      position: sticky;
      top: 0;
      background: var(--surface-muted);
    }
    .mono {
      font-family: ui-monospace, monospace;
    }
    .pager {
      display: flex;
      gap: var(--space-2);
      justify-content: flex-end;
      margin-top: var(--space-2);
    }
  `,
})
export class DrillDownPanelComponent {
  protected readonly store = inject(EngagementStore);
  /** The figure being explained, for the set counts and the wording. */
  readonly figure = input.required<MeasureResult>();
  /** The chosen EP's name, or null for the practice. */
  readonly providerName = input<string | null>(null);

  protected readonly sets = SETS;
  protected readonly pageSize = DRILL_PAGE_SIZE;
  protected readonly page = this.store.drillPage;
  protected readonly title = computed(() => SHORT_TITLES[this.figure().id]);
  protected readonly longTitle = computed(() => measureById(this.figure().id).title);
  protected readonly visits = computed(() => measureById(this.figure().id).unit === 'visits');
  protected readonly noun = computed(() => (this.visits() ? 'Visits' : 'Patients'));
  protected readonly scopeName = computed(() => this.providerName() ?? 'the whole practice');

  constructor() {
    // Opening the panel moves focus to it, so keyboard and screen-reader users land on the list.
    const host = inject<ElementRef<HTMLElement>>(ElementRef);
    afterNextRender(() => {
      const heading = host.nativeElement.querySelector<HTMLElement>('#drill-heading');
      heading?.focus({ preventScroll: true });
      heading?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
    });
  }

  protected countOf(set: DrillDownSet): number {
    const f = this.figure();
    if (set === 'gap') return gapCount(f);
    return set === 'numerator' ? f.numerator : f.denominator;
  }
}
