import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Workload and SLA reporting; filled in by the operations issue. */
@Component({
  selector: 'cq-operations-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" aria-labelledby="operations-heading">
      <header class="page-header">
        <h1 id="operations-heading">Operations</h1>
        <p class="page-lede">Staff workload and service levels: response times, SLA compliance and message volume by category and pool.</p>
      </header>
      <p class="coming">It will also show the health of the message pipeline, so a stalled queue is noticed before a patient waits on it.</p>
    </section>
  `,
})
export class OperationsPage {}
