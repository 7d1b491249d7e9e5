import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Physician batch sessions; filled in by the batch issue. */
@Component({
  selector: 'cq-batch-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" aria-labelledby="batch-heading">
      <header class="page-header">
        <h1 id="batch-heading">Batch</h1>
        <p class="page-lede">A physician&rsquo;s batch session: the messages that need a physician, most urgent first, answered one after another from the keyboard.</p>
      </header>
      <p class="coming">Each message will open with the patient&rsquo;s thread, a suggested template to edit and sign, and &ldquo;next&rdquo;. Routine refills and scheduling stay with the care team unless an assistant escalates them.</p>
    </section>
  `,
})
export class BatchPage {}
