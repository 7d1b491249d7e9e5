import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Reply template library; filled in by the templates issue. */
@Component({
  selector: 'cq-templates-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" aria-labelledby="templates-heading">
      <header class="page-header">
        <h1 id="templates-heading">Templates</h1>
        <p class="page-lede">The practice&rsquo;s reply templates: quick answers to common requests, with placeholders filled in for each patient.</p>
      </header>
      <p class="coming">Here staff will write and edit templates, preview them with a patient&rsquo;s details, and see each one checked against the length limit of the channel it is sent on.</p>
    </section>
  `,
})
export class TemplatesPage {}
