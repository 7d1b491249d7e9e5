import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { StaffProfile } from '@carequeue/contracts';
import { percent, type MeasureResult, type MeasuresReportResponse } from '@carequeue/measures';
import { SessionStore } from '../../core/auth/session.store';
import { INBOX_SOCKET_FACTORY } from '../../core/inbox-socket.service';
import { FakeInboxSocket } from '../../testing/fake-inbox-socket';
import { EngagementPage } from './engagement.page';

const figure = (id: MeasureResult['id'], numerator: number, denominator: number, excluded = false): MeasureResult => ({
  id,
  numerator,
  denominator,
  percent: denominator ? (100 * numerator) / denominator : null,
  threshold: percent(50),
  met: !excluded && numerator * 2 > denominator,
  excluded,
  definition: 'Stage 2 as first written.',
});

const report = (providers: MeasuresReportResponse['providers']): MeasuresReportResponse => ({
  from: '2026-01-01',
  to: '2026-03-31',
  stage: 2,
  programYear: null,
  practice: [figure('s2-online-access', 3, 4), figure('s2-vdt', 1, 4)],
  providers,
});

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

describe('EngagementPage', () => {
  const user = signal<StaffProfile | null>(null);
  let http: HttpTestingController;

  function render(role: StaffProfile['role']) {
    user.set({ id: 'u1', name: 'Jo', email: 'jo@example.test', role });
    TestBed.configureTestingModule({
      imports: [EngagementPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        { provide: INBOX_SOCKET_FACTORY, useValue: new FakeInboxSocket().factory() },
        { provide: SessionStore, useValue: { user, accessToken: () => 'token' } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(EngagementPage);
    fixture.detectChanges();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  async function answer(fixture: ReturnType<typeof render>['fixture'], body: MeasuresReportResponse): Promise<void> {
    http.expectOne((r) => r.url === '/api/v1/engagement/measures').flush(body);
    http.expectOne((r) => r.url === '/api/v1/engagement/measures/trend').flush({ weeks: [] });
    await settle();
    await fixture.whenStable();
  }

  it('tells a nurse the page is not for them, and asks the server nothing', () => {
    const { el } = render('nurse');
    expect(el.querySelector('[data-testid="engagement-forbidden"]')?.textContent).toContain('administrators and physicians');
    http.expectNone(() => true);
  });

  it('shows each measure with its percentage, threshold and a pass or fail in words', async () => {
    const { fixture, el } = render('admin');
    expect(el.textContent).toContain('Loading the measures');
    await answer(fixture, report([{ providerId: 'dr-a', name: 'Dr A', measures: [figure('s2-online-access', 3, 4)] }]));
    const cards = [...el.querySelectorAll('[data-testid="measure-card"]')];
    const read = (card: Element, id: string) => card.querySelector(`[data-testid="${id}"]`)?.textContent?.trim();
    expect(cards.map((c) => [read(c, 'measure-percent'), read(c, 'measure-verdict'), read(c, 'measure-fraction')])).toEqual([
      ['75%', 'Pass', '3 of 4 patients'],
      ['25%', 'Fail', '1 of 4 patients'],
    ]);
    expect(read(cards[0] as Element, 'measure-threshold')).toBe('Threshold > 50%');
    expect(el.querySelector('[data-testid="passing-count"]')?.textContent).toBe('1 of 2');
  });

  it("explains an excluded provider's figure instead of showing 0%", async () => {
    const { fixture, el } = render('physician');
    await answer(fixture, report([{ providerId: 'dr-c', name: 'Dr C', measures: [figure('s2-online-access', 0, 0, true)] }]));
    (el.querySelector('[data-testid="provider-select"]') as HTMLSelectElement).value = 'dr-c';
    el.querySelector('[data-testid="provider-select"]')?.dispatchEvent(new Event('change'));
    await answer(fixture, report([{ providerId: 'dr-c', name: 'Dr C', measures: [figure('s2-online-access', 0, 0, true)] }]));
    const card = el.querySelector('[data-testid="measure-card"]') as Element;
    expect(card.querySelector('[data-testid="measure-verdict"]')?.textContent?.trim()).toBe('Excluded');
    expect(card.querySelector('[data-testid="measure-note"]')?.textContent).toContain('no office visits in the period');
    expect(card.querySelector('cq-chart')).toBeNull();
  });

  it("tells a physician the practice option is counts only, and that a drill-down lists their own EP's patients", async () => {
    const { fixture, el } = render('physician');
    await answer(fixture, report([{ providerId: 'dr-own', name: 'Dr Own', measures: [] }]));
    const practiceOption = el.querySelector('[data-testid="provider-select"] option') as HTMLOptionElement;
    expect(practiceOption.textContent?.trim()).toBe('Whole practice (counts only)');
    (el.querySelector('[data-testid="measure-card"] [data-testid="measure-open"]') as HTMLButtonElement).click();
    http.expectOne((r) => r.url === '/api/v1/engagement/measures/s2-online-access/patients').flush({ items: [], total: 0, offset: 0, limit: 25, unit: 'patients' });
    await settle();
    await fixture.whenStable();
    expect(el.querySelector('cq-drill-down-panel')?.textContent).toContain('Dr Own');
    expect(el.querySelector('cq-drill-down-panel')?.textContent).not.toContain('the whole practice');
  });

  it('opens the gap patients of a measure when its card is chosen', async () => {
    const { fixture, el } = render('admin');
    await answer(fixture, report([{ providerId: 'dr-a', name: 'Dr A', measures: [] }]));
    (el.querySelector('[data-testid="measure-card"] [data-testid="measure-open"]') as HTMLButtonElement).click();
    const request = http.expectOne((r) => r.url === '/api/v1/engagement/measures/s2-online-access/patients');
    expect(request.request.params.get('set')).toBe('gap');
    request.flush({ items: [{ patientId: 'MRN1', mrn: 'MRN1', name: 'Ava Lee' }], total: 1, offset: 0, limit: 25, unit: 'patients' });
    await settle();
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="drill-total"]')?.textContent).toBe('1');
    expect(el.querySelector('[data-testid="drill-row"]')?.textContent).toContain('Ava Lee');
    expect(el.querySelector('[data-testid="drill-set-gap"]')?.getAttribute('aria-checked')).toBe('true');
  });

  it('says so when nothing has been imported yet', async () => {
    const { fixture, el } = render('admin');
    await answer(fixture, report([]));
    expect(el.querySelector('[data-testid="engagement-empty"]')?.textContent).toContain('No engagement data yet');
    expect(el.querySelector('[data-testid="measure-card"]')).toBeNull();
  });
});
