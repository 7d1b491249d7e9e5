import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Routing rules editor; filled in by the triage and routing issue. */
@Component({
  selector: 'cq-rules-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" aria-labelledby="rules-heading">
      <header class="page-header">
        <h1 id="rules-heading">Rules</h1>
        <p class="page-lede">The routing rules that decide which pool answers each message, applied in order after triage has classified it.</p>
      </header>
      <p class="coming">Administrators will reorder and edit the rules here and try a sample message against them to see which rule matches and why.</p>
    </section>
  `,
})
export class RulesPage {}
