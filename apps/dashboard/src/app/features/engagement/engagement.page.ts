import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Meaningful Use engagement measures; filled in by the engagement issue. */
@Component({
  selector: 'cq-engagement-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" aria-labelledby="engagement-heading">
      <header class="page-header">
        <h1 id="engagement-heading">Engagement</h1>
        <p class="page-lede">How engaged the practice&rsquo;s patients are with the portal, measured against the Meaningful Use thresholds for a chosen reporting period.</p>
      </header>
      <p class="coming">Each measure will show its numerator, denominator, threshold and whether it passes, per provider and for the practice, with trends, drill-down to the patients behind a number, and CSV export.</p>
    </section>
  `,
})
export class EngagementPage {}
