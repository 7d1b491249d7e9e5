import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { StaffProfile, StaffRole } from '@carequeue/contracts';
import { DEFAULT_ROUTING_RULES, type RoutingRule } from '@carequeue/triage';
import { of, throwError } from 'rxjs';
import { ApiClient, type RuleSet } from '../../core/api.client';
import { SessionStore } from '../../core/auth/session.store';
import { RulesPage } from './rules.page';

const RULES = DEFAULT_ROUTING_RULES.slice(0, 4) as RoutingRule[];
const SAVED: RuleSet = { version: 3, rules: RULES, note: null, createdAt: '2025-03-03T09:00:00Z', createdBy: { id: 'u1', name: 'Ada Admin' } };

describe('RulesPage', () => {
  let fixture: ComponentFixture<RulesPage>;
  let el: HTMLElement;
  let api: { rules: jest.Mock; ruleVersions: jest.Mock; saveRules: jest.Mock; triagePreview: jest.Mock };

  async function render(role: StaffRole): Promise<void> {
    const user = signal<StaffProfile>({ id: 'u1', name: 'Ada Admin', email: 'a@example.org', role });
    TestBed.configureTestingModule({
      imports: [RulesPage],
      providers: [
        { provide: ApiClient, useValue: api },
        { provide: SessionStore, useValue: { user } },
      ],
    });
    fixture = TestBed.createComponent(RulesPage);
    el = fixture.nativeElement as HTMLElement;
    await settle();
  }

  async function settle(): Promise<void> {
    fixture.detectChanges();
    // Let promise chains (a save awaits the API) finish before looking.
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  }

  const all = (id: string) => Array.from(el.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
  const one = (id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`) as HTMLElement;
  const row = (ruleId: string) => el.querySelector<HTMLElement>(`[data-testid="rules-row"][data-rule-id="${ruleId}"]`) as HTMLElement;
  const inRow = (ruleId: string, id: string) => row(ruleId).querySelector<HTMLElement>(`[data-testid="${id}"]`) as HTMLElement;
  const rowIds = () => all('rules-row').map((r) => r.dataset['ruleId']);

  function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  beforeEach(() => {
    api = {
      rules: jest.fn(() => of(SAVED)),
      ruleVersions: jest.fn(() => of([{ version: 3, note: 'Kids to nurses', createdAt: SAVED.createdAt, createdBy: SAVED.createdBy, ruleCount: 4 }])),
      saveRules: jest.fn((body: { rules: RoutingRule[]; note?: string }) => of({ ...SAVED, version: 4, rules: body.rules, note: body.note ?? null })),
      triagePreview: jest.fn(() => of()),
    };
  });

  it('lists the rules in order with their conditions and actions in words, and the history', async () => {
    await render('admin');
    expect(rowIds()).toEqual(RULES.map((r) => r.id));
    expect(inRow('refill-requests', 'rule-conditions').textContent?.trim()).toBe('When category is Medication refill');
    expect(inRow('refill-requests', 'rule-action').textContent?.trim()).toBe('→ Medical assistants, high priority');
    expect(row('paediatric-nurse-triage').textContent).toContain('Off');
    expect(one('rules-save').textContent?.trim()).toBe('Save as version 4');
    expect((one('rules-save') as HTMLButtonElement).disabled).toBe(true);
    expect(one('rules-history-item').textContent).toContain('Kids to nurses');
    expect(one('rules-history-item').textContent).toContain('Ada Admin');
  });

  it('shows the list read-only to anyone but an administrator', async () => {
    await render('nurse');
    expect(all('rules-row')).toHaveLength(4);
    for (const id of ['rule-enabled-toggle', 'rule-move-up', 'rule-move-down', 'rule-edit', 'rule-delete', 'rule-add', 'rules-save']) {
      expect(all(id)).toHaveLength(0);
    }
    expect(one('rules-read-only').textContent).toContain('Only administrators');
    expect(one('try-subject')).not.toBeNull();
  });

  it('moves a rule up from the keyboard and keeps focus on the button', async () => {
    await render('admin');
    const up = inRow('refill-requests', 'rule-move-up');
    up.focus();
    up.click();
    await settle();
    expect(rowIds()).toEqual(['emergencies', 'refill-requests', 'paediatric-nurse-triage', 'appointment-requests']);
    expect(document.activeElement).toBe(inRow('refill-requests', 'rule-move-up'));
    expect(one('rules-status').textContent).toContain('Refill requests moved to position 2 of 4');
    expect(inRow('emergencies', 'rule-move-up').getAttribute('aria-disabled')).toBe('true');
    inRow('emergencies', 'rule-move-up').click();
    await settle();
    expect(rowIds()[0]).toBe('emergencies');
    expect(one('rules-changes').textContent).toContain('order changed');
  });

  it('turns a rule on, then discards back to the saved version', async () => {
    await render('admin');
    const toggle = inRow('paediatric-nurse-triage', 'rule-enabled-toggle') as HTMLInputElement;
    toggle.click();
    await settle();
    expect(row('paediatric-nurse-triage').textContent).toContain('Changed');
    expect((one('rules-save') as HTMLButtonElement).disabled).toBe(false);
    one('rules-discard').click();
    await settle();
    expect((inRow('paediatric-nurse-triage', 'rule-enabled-toggle') as HTMLInputElement).checked).toBe(false);
    expect((one('rules-save') as HTMLButtonElement).disabled).toBe(true);
  });

  it('edits a rule in the side form, shows the validator next to the field, and saves the whole list as a new version', async () => {
    await render('admin');
    inRow('refill-requests', 'rule-edit').click();
    await settle();
    expect(document.activeElement?.id).toBe('re-name');

    const hoursFrom = el.querySelector<HTMLInputElement>('#re-hours-from') as HTMLInputElement;
    typeInto(hoursFrom, '7');
    await settle();
    one('rule-apply').click();
    await settle();
    expect(hoursFrom.getAttribute('aria-invalid')).toBe('false');
    expect(el.querySelector('#re-hours-to')?.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('#re-hours-to')?.getAttribute('aria-describedby')).toBe('re-err-hoursTo');
    expect(el.querySelector('#re-err-hoursTo')?.textContent).toContain('Must be a whole hour from 0 to 23.');
    expect(document.activeElement).toBe(el.querySelector('#re-hours-to'));

    typeInto(el.querySelector<HTMLInputElement>('#re-hours-to') as HTMLInputElement, '19');
    typeInto(el.querySelector<HTMLTextAreaElement>('#re-phrases') as HTMLTextAreaElement, 'refill, renew');
    await settle();
    one('rule-apply').click();
    await settle();
    expect(one('rule-editor')).toBeNull();
    expect(inRow('refill-requests', 'rule-conditions').textContent?.trim()).toBe(
      'When category is Medication refill · phrases: refill, renew · between 07:00 and 19:00',
    );
    expect(document.activeElement).toBe(inRow('refill-requests', 'rule-edit'));

    typeInto(one('rules-note') as HTMLInputElement, 'Refills in opening hours');
    one('rules-save').click();
    await settle();
    const sent = api.saveRules.mock.calls[0][0] as { rules: RoutingRule[]; note: string };
    expect(sent.note).toBe('Refills in opening hours');
    expect(sent.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(sent.rules[2].conditions).toEqual({ categories: ['medication_refill'], phrases: ['refill', 'renew'], hours: { from: 7, to: 19 } });
    expect(one('rules-save').textContent?.trim()).toBe('Save as version 5');
    expect(one('rules-status').textContent).toContain('Saved as version 4');
  });

  it('tries a message against the open form before it is applied', async () => {
    await render('admin');
    inRow('refill-requests', 'rule-edit').click();
    await settle();
    const pool = el.querySelector<HTMLSelectElement>('#re-pool') as HTMLSelectElement;
    pool.value = 'nurse';
    pool.dispatchEvent(new Event('change'));
    typeInto(one('try-body') as HTMLTextAreaElement, 'I need a refill of my lisinopril');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await settle();
    expect(one('try-decision-pool').textContent?.trim()).toBe('Nurses');
    expect(el.querySelector('cq-rules-try-box')?.textContent).toContain('It includes your changes to “Refill requests”, not yet applied.');
    // Cancel drops the change: the draft itself was never touched.
    one('rule-cancel').click();
    await settle();
    expect(one('try-decision-pool').textContent?.trim()).toBe('Medical assistants');
    expect(document.activeElement).toBe(inRow('refill-requests', 'rule-edit'));
  });

  it('adds a new rule at the end with an id from its name, and deletes one', async () => {
    await render('admin');
    one('rule-add').click();
    await settle();
    typeInto(el.querySelector<HTMLInputElement>('#re-name') as HTMLInputElement, 'Fax requests');
    typeInto(el.querySelector<HTMLTextAreaElement>('#re-phrases') as HTMLTextAreaElement, 'fax');
    await settle();
    one('rule-apply').click();
    await settle();
    expect(rowIds().at(-1)).toBe('fax-requests');
    expect(row('fax-requests').textContent).toContain('New');

    inRow('emergencies', 'rule-delete').click();
    await settle();
    expect(rowIds()).not.toContain('emergencies');
    expect(one('rules-changes').textContent).toContain('1 added, 1 deleted');
  });

  it('shows what the server refused next to the rule', async () => {
    await render('admin');
    const refusal = new HttpErrorResponse({
      status: 400,
      error: { statusCode: 400, error: 'Bad Request', message: 'bad', errors: [{ field: 'rules[1].conditions.phrases', message: 'must not be empty' }] },
    });
    api.saveRules.mockReturnValue(throwError(() => refusal));
    inRow('emergencies', 'rule-enabled-toggle').click();
    await settle();
    one('rules-save').click();
    await settle();
    expect(one('rules-save-error').textContent).toContain('did not accept');
    expect(inRow('paediatric-nurse-triage', 'rule-problems').textContent).toContain('Phrases: Must not be empty.');
  });
});
