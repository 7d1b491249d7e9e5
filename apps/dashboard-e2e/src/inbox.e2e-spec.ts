import type { Page } from 'playwright-core';
import { DEMO_LOGINS, DEMO_PASSWORD, postMessage, signInThroughPage, startBrowserStack, type ApiServer, type BrowserStack } from '@carequeue/testing';

/** A person opens the Inbox, and a message posted by the portal appears without a reload. */
describe('Inbox in Chromium', () => {
  let stack: BrowserStack;
  let server: ApiServer;
  let page: Page;

  beforeAll(async () => {
    stack = await startBrowserStack('cq_browser');
    server = stack.server;
    page = await stack.browser.newPage();
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('sends a signed-out visitor to sign in, and back to the Inbox afterwards', async () => {
    await page.goto(`${server.baseUrl}/inbox`);
    await page.waitForURL(/\/login\?returnUrl=%2Finbox/);
    await page.getByTestId('login-email').fill(DEMO_LOGINS.medical_assistant);
    await page.getByTestId('login-password').fill('wrong password');
    await page.getByTestId('login-submit').click();
    expect(await page.getByTestId('login-error').textContent()).toContain('The e-mail or the password is wrong');
    await signInThroughPage(page, server.baseUrl, DEMO_LOGINS.medical_assistant, DEMO_PASSWORD);
    expect(await page.getByTestId('whoami').textContent()).toContain('Dana Patel');
  });

  it('loads the Inbox with the demo threads and a live connection', async () => {
    await page.goto(`${server.baseUrl}/inbox`);
    await page.getByTestId('connection-status').filter({ hasText: 'Live' }).waitFor();
    await page.getByTestId('inbox-row').first().waitFor();
    expect(await page.getByTestId('inbox-row').count()).toBeGreaterThan(10);
  });

  it('shows a newly posted message within a second or two, without a reload', async () => {
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    const subject = `Refill request ${Date.now()}`;
    const res = await postMessage(server.baseUrl, {
      externalId: `browser-${Date.now()}`,
      mrn: 'MRN100003',
      category: 'medication_refill',
      subject,
      body: 'Please refill my albuterol inhaler.',
    });
    expect(res.status).toBe(202);

    const row = page.locator(`[data-testid="inbox-row"][data-thread-id="${res.body['threadId']}"]`);
    await row.waitFor({ timeout: 5_000 });
    expect(await row.getByTestId('inbox-row-subject').textContent()).toContain(subject);
    await row.filter({ hasText: 'Medical assistants' }).waitFor({ timeout: 5_000 });
    expect(navigations).toEqual([]);
  });

  let refillThreadId = '';

  it('lets an assistant claim the refill, reply from a template, and see it sent and signed', async () => {
    const res = await postMessage(server.baseUrl, {
      externalId: `browser-reply-${Date.now()}`,
      mrn: 'MRN100004',
      category: 'medication_refill',
      subject: 'Lisinopril refill',
      body: 'I have two pills left of my lisinopril 10 mg.',
    });
    refillThreadId = res.body['threadId'];
    const row = page.locator(`[data-testid="inbox-row"][data-thread-id="${refillThreadId}"]`);
    await row.filter({ hasText: 'Medical assistants' }).waitFor({ timeout: 5_000 });
    await row.click();
    await page.getByTestId('claim').click();
    await page.getByTestId('claim-holder').filter({ hasText: 'You are working on this.' }).waitFor();

    // Start from the practice's "Refill sent" template; placeholders are filled on sending.
    await page.getByTestId('template-picker').selectOption({ label: 'Refill sent (alt+1)' });
    expect(await page.getByTestId('reply-body').inputValue()).toContain('{{patient.firstName}}');
    expect(await page.getByTestId('reply-count').textContent()).toMatch(/^\s*\d+ \/ 2,000 characters\s*$/);
    await page.getByTestId('reply-send').click();

    const last = page.getByTestId('thread-message').last();
    await last.filter({ hasText: '— Dana Patel, Medical Assistant' }).waitFor({ timeout: 5_000 });
    const sent = (await last.textContent()) ?? '';
    expect(sent).toContain('your refill has been sent to your pharmacy');
    expect(sent).toContain('(555) 010-2000');
    expect(sent).not.toContain('{{');
    await page.getByText('Closed', { exact: true }).first().waitFor();
  });

  it('opens a thread and shows its messages in order', async () => {
    await page.goto(`${server.baseUrl}/inbox`);
    await page.getByTestId('inbox-row').first().click();
    await page.getByTestId('thread-message').first().waitFor();
    expect(await page.getByTestId('thread-message').count()).toBeGreaterThanOrEqual(1);
  });
});
