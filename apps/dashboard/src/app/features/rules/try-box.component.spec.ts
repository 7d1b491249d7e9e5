import { HttpErrorResponse } from '@angular/common/http';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { createTriageEngine, DEFAULT_ROUTING_RULES, type RoutingRule, type TriageDecision } from '@carequeue/triage';
import { map, of, throwError, type Observable } from 'rxjs';
import { ApiClient, type TriagePreviewRequest } from '../../core/api.client';
import { SERVER_CHECK_DELAY_MS, TRY_DEBOUNCE_MS, TryBoxComponent } from './try-box.component';

describe('TryBoxComponent', () => {
  let fixture: ComponentFixture<TryBoxComponent>;
  let el: HTMLElement;
  let preview: jest.Mock<Observable<TriageDecision>, [TriagePreviewRequest]>;

  /** The server runs the same engine: it answers with the browser's own decision unless told otherwise. */
  const sameAsEngine = (req: TriagePreviewRequest) =>
    of(createTriageEngine(req.rules ?? DEFAULT_ROUTING_RULES).decide({ subject: req.subject, body: req.body, category: req.category }, { localHour: new Date().getHours() }));

  function render(rules: readonly RoutingRule[] = DEFAULT_ROUTING_RULES): void {
    TestBed.configureTestingModule({ imports: [TryBoxComponent], providers: [{ provide: ApiClient, useValue: { triagePreview: preview } }] });
    fixture = TestBed.createComponent(TryBoxComponent);
    fixture.componentRef.setInput('rules', rules);
    fixture.detectChanges();
    el = fixture.nativeElement as HTMLElement;
  }

  const byTestId = (id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const text = (id: string) => byTestId(id)?.textContent?.trim() ?? '';

  function type(id: 'try-subject' | 'try-body', value: string): void {
    const input = byTestId(id) as HTMLInputElement | HTMLTextAreaElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function choose(category: string): void {
    const select = byTestId('try-category') as HTMLSelectElement;
    select.value = category;
    select.dispatchEvent(new Event('change'));
  }

  function wait(ms: number): void {
    jest.advanceTimersByTime(ms);
    fixture.detectChanges();
  }

  beforeEach(() => {
    jest.useFakeTimers();
    preview = jest.fn(sameAsEngine);
  });
  afterEach(() => jest.useRealTimers());

  it('shows an urgent decision for crushing chest pain, in red, once typing settles', () => {
    render();
    type('try-subject', 'My dad');
    type('try-body', 'he has crushing chest pain and his left arm is numb');
    wait(TRY_DEBOUNCE_MS - 1);
    expect(byTestId('try-decision-urgent')).toBeNull();

    wait(1);
    const urgent = byTestId('try-decision-urgent');
    expect(urgent?.dataset['urgent']).toBe('true');
    expect(urgent?.classList).toContain('urgent-banner');
    expect(text('try-decision-pool')).toBe('Physicians');
    expect(text('try-decision-rule')).toBe('Emergencies');
    const items = Array.from(el.querySelectorAll('[data-testid="try-explanation"]'));
    expect(items.some((i) => i.getAttribute('data-kind') === 'red_flag')).toBe(true);
    // The live region reads the decision, never the message.
    const live = el.querySelector('[aria-live="polite"]')?.textContent ?? '';
    expect(live).toContain('Urgent.');
    expect(live).not.toContain('chest');
  });

  it('sends a refill request to the medical assistants and explains it with the phrase', () => {
    render();
    type('try-subject', 'Refill');
    type('try-body', 'I need a refill of my lisinopril');
    wait(TRY_DEBOUNCE_MS);
    expect(text('try-decision-category')).toBe('Medication refill');
    expect(text('try-decision-pool')).toBe('Medical assistants');
    expect(byTestId('try-decision-urgent')?.dataset['urgent']).toBe('false');
    expect(text('try-decision-rule')).toBe('Refill requests');
    const kinds = Array.from(el.querySelectorAll('[data-testid="try-explanation"]')).map((i) => i.getAttribute('data-kind'));
    expect(kinds).toContain('phrase');
    expect(kinds).toContain('rule');
  });

  it("marks the matched phrases in the text it decided, from the explanation's offsets", () => {
    render();
    type('try-subject', 'Refill');
    type('try-body', 'I need a refill of my lisinopril');
    wait(TRY_DEBOUNCE_MS);
    const marks = Array.from(el.querySelectorAll('[data-testid="try-highlighted"] mark')).map((m) => m.textContent);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.some((m) => /refill/i.test(m ?? ''))).toBe(true);
    expect(el.querySelector('.read-body')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('I need a refill of my lisinopril');
  });

  it('uses the patient-chosen category as a prior', () => {
    render();
    choose('billing');
    type('try-subject', 'Question');
    wait(TRY_DEBOUNCE_MS);
    expect(text('try-decision-category')).toBe('Billing');
    expect(text('try-decision-pool')).toBe('Billing');
  });

  it('decides again at once with changed draft rules', () => {
    render();
    type('try-body', 'I need a refill of my lisinopril');
    wait(TRY_DEBOUNCE_MS);
    const toNurses = DEFAULT_ROUTING_RULES.map((r) => (r.id === 'refill-requests' ? { ...r, action: { pool: 'nurse' as const } } : r));
    fixture.componentRef.setInput('rules', toNurses);
    fixture.detectChanges();
    expect(text('try-decision-pool')).toBe('Nurses');
  });

  it('asks the server after a pause, with the draft rules, and says it agrees', () => {
    render();
    type('try-subject', 'Refill');
    wait(200);
    type('try-body', 'I need a refill of my lisinopril');
    wait(SERVER_CHECK_DELAY_MS - 1);
    expect(preview).not.toHaveBeenCalled();
    wait(1);
    expect(preview).toHaveBeenCalledTimes(1);
    expect(preview).toHaveBeenCalledWith({ subject: 'Refill', body: 'I need a refill of my lisinopril', rules: DEFAULT_ROUTING_RULES });
    expect(text('try-server-check')).toBe('Checked by the server: same decision.');

    type('try-body', 'I need a refill of my lisinopril please');
    fixture.detectChanges();
    expect(text('try-server-check')).toMatch(/waiting/);
  });

  it('says plainly when the server decides differently', () => {
    preview.mockImplementation((req) => sameAsEngine(req).pipe(map((d): TriageDecision => ({ ...d, pool: 'nurse' }))));
    render();
    type('try-body', 'I need a refill of my lisinopril');
    wait(SERVER_CHECK_DELAY_MS);
    expect(byTestId('try-server-check')?.dataset['state']).toBe('differs');
    expect(text('try-server-check')).toMatch(/decided differently/);
    expect(el.querySelector('.differences')?.textContent).toContain('pool: server says Nurses, this page Medical assistants');
  });

  it('reports a failed check without hiding the decision', () => {
    preview.mockReturnValue(throwError(() => new HttpErrorResponse({ status: 0 })));
    render();
    type('try-body', 'I need a refill of my lisinopril');
    wait(SERVER_CHECK_DELAY_MS);
    expect(text('try-server-check')).toMatch(/could not check\. The CareQueue server cannot be reached/);
    expect(text('try-decision-pool')).toBe('Medical assistants');
  });

  it('asks nothing for an empty message', () => {
    render();
    type('try-subject', '   ');
    wait(SERVER_CHECK_DELAY_MS);
    expect(preview).not.toHaveBeenCalled();
    expect(byTestId('try-decision')).toBeNull();
  });

  it('says so when the rules cannot be compiled', () => {
    render([{ id: 'bad', name: 'Bad', enabled: true, conditions: { hours: { from: 30, to: 2 } }, action: { pool: 'nurse' } }]);
    type('try-body', 'refill please');
    wait(SERVER_CHECK_DELAY_MS);
    expect(el.querySelector('[role="alert"]')?.textContent).toMatch(/cannot be tried/);
    expect(preview).not.toHaveBeenCalled();
  });
});
