import type { OperationsReport, Page as ThreadPage, ThreadSummary } from '@carequeue/contracts';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DEMO_LOGINS, DEMO_PASSWORD, getJson, signIn, signInThroughPage, startBrowserStack, type BrowserStack } from '@carequeue/testing';

const SHOTS = '/tmp/shots';

/** An administrator reads the Operations figures, sees them follow a reply live, and changes the period. */
describe('Operations page in Chromium', () => {
  let stack: BrowserStack;
  let page: Page;
  let adminToken: string;

  beforeAll(async () => {
    stack = await startBrowserStack('cq_operations');
    page = await stack.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signInThroughPage(page, stack.server.baseUrl, DEMO_LOGINS.admin, DEMO_PASSWORD);
    adminToken = await signIn(stack.server.baseUrl, DEMO_LOGINS.admin);
  });
  afterAll(async () => {
    await stack?.close();
  });

  const api = (path: string, token = adminToken) => getJson(`${stack.server.baseUrl}/api/v1${path}`, token);
  const tile = (id: string) => page.getByTestId(id).textContent();

  /** The report the page should be showing: same period, asked of the API directly. */
  async function serverReport(): Promise<OperationsReport> {
    const practice = (await api('/practice')).body as { timezone: string };
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: practice.timezone }).format(new Date());
    const from = new Date(Date.parse(`${today}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10);
    const res = await api(`/operations?from=${from}&to=${today}`);
    expect(res.status).toBe(200);
    return res.body as OperationsReport;
  }

  /** A routed thread of the pool, waiting for someone (the demo seed's messages are triaged by the worker). */
  async function waitingThread(pool: string): Promise<ThreadSummary> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const list = (await api(`/threads?pool=${pool}&status=triaged&limit=50`)).body as ThreadPage<ThreadSummary>;
      if (list.items[0]) return list.items[0];
      if (Date.now() > deadline) throw new Error(`no triaged thread in the ${pool} pool`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  async function reply(threadId: string, email: string, extra: Record<string, unknown> = {}): Promise<void> {
    const token = await signIn(stack.server.baseUrl, email);
    const res = await fetch(`${stack.server.baseUrl}/api/v1/threads/${threadId}/replies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ body: 'Thank you, this is done.', then: 'close', ...extra }),
    });
    expect(res.status).toBe(201);
  }

  it('opens from the navigation with tiles that agree with the API', async () => {
    await waitingThread('medical_assistant');
    await page.getByTestId('nav-operations').click();
    await page.waitForURL(/\/operations$/);
    await page.getByTestId('tile-backlog').waitFor();
    const report = await serverReport();
    expect(report.firstResponse.threads).toBeGreaterThan(0);
    expect(await tile('tile-backlog-value')).toBe(String(report.backlogNow));
    expect(await tile('tile-answered')).toContain(`${report.firstResponse.answered} of ${report.firstResponse.threads} threads answered`);
    expect(await page.getByTestId('operations-period-30').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('operations-daily-chart').isVisible()).toBe(true);
  });

  it('follows replies sent elsewhere live, without a reload', async () => {
    const before = await serverReport();
    await reply((await waitingThread('medical_assistant')).id, DEMO_LOGINS.medical_assistant);
    const physicianThread = await waitingThread('physician');
    await reply(physicianThread.id, DEMO_LOGINS.physician, { elapsedMs: 45_000 });
    const answered = `${before.firstResponse.answered + 2} of ${before.firstResponse.threads} threads answered`;
    await page.getByTestId('tile-answered').filter({ hasText: answered }).waitFor({ timeout: 10_000 });
    expect(await tile('tile-backlog-value')).toBe(String(before.backlogNow - 2));
    expect(await tile('tile-median-value')).not.toBe('—');
    const clinicians = await page.getByTestId('operations-clinician').allTextContents();
    expect(clinicians.some((row) => row.includes('Dana Patel') && row.includes('Medical assistant'))).toBe(true);
    // The physician's batch reply: 45 s for one message, 80 an hour.
    expect(clinicians.some((row) => row.includes('Ana Ruiz') && row.includes('80') && row.includes('45 s'))).toBe(true);

    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/operations.png`, fullPage: true });
  });

  it('changes the period, refuses a backwards custom one, and says when a period is empty', async () => {
    await page.getByTestId('operations-period-7').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="operations-period-7"]')?.getAttribute('aria-pressed') === 'true');
    await page.getByTestId('tile-backlog').waitFor();
    expect(await page.getByTestId('operations-period').textContent()).toMatch(/–/);

    await page.getByTestId('operations-period-custom').click();
    await page.getByTestId('operations-custom-from').fill('2020-02-10');
    await page.getByTestId('operations-custom-to').fill('2020-02-01');
    await page.getByTestId('operations-custom-apply').click();
    await page.getByTestId('operations-custom-error').filter({ hasText: 'to must not be before from' }).waitFor({ timeout: 3_000 });
    expect(await page.getByTestId('operations-custom-to').getAttribute('aria-invalid')).toBe('true');

    await page.getByTestId('operations-custom-to').fill('2020-02-29');
    await page.getByTestId('operations-custom-apply').click();
    await page.getByTestId('operations-empty').waitFor();
    expect(await page.getByTestId('operations-period').textContent()).toContain('10 Feb');
    expect(await tile('tile-median-value')).toBe('—');
  });

  it('is not offered to a physician, and says so if opened by address', async () => {
    const context = await stack.browser.newContext();
    const other = await context.newPage();
    await signInThroughPage(other, stack.server.baseUrl, DEMO_LOGINS.physician, DEMO_PASSWORD);
    expect(await other.getByTestId('nav-inbox').count()).toBe(1);
    expect(await other.getByTestId('nav-operations').count()).toBe(0);
    await other.goto(`${stack.server.baseUrl}/operations`);
    await other.getByTestId('operations-admin-only').waitFor();
    await context.close();
  });
});
