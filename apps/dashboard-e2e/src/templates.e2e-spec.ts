import type { Page } from 'playwright-core';
import { DEMO_LOGINS, DEMO_PASSWORD, signInThroughPage, startBrowserStack, type BrowserStack } from '@carequeue/testing';

describe('Templates page in Chromium', () => {
  let stack: BrowserStack;
  let page: Page;

  beforeAll(async () => {
    stack = await startBrowserStack('cq_templates');
    page = await stack.browser.newPage();
    await signInThroughPage(page, stack.server.baseUrl, DEMO_LOGINS.medical_assistant, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('flags an unknown placeholder as you type, previews for a real patient, and saves', async () => {
    await page.goto(`${stack.server.baseUrl}/templates`);
    await page.getByTestId('template-row').first().waitFor();
    await page.getByTestId('template-new').click();
    await page.getByTestId('template-name').fill('Lab drawn');
    await page.getByTestId('template-body').fill('Hi {{patient.firstname}}, your blood was drawn today.');
    await page.getByTestId('template-problem').filter({ hasText: 'patient.firstName' }).waitFor();
    expect(await page.getByTestId('template-save').isDisabled()).toBe(true);

    await page.getByTestId('template-body').fill('Hi {{patient.firstName}}, your blood was drawn today.');
    expect(await page.getByTestId('template-problem').count()).toBe(0);
    await page.getByTestId('template-preview-mrn').fill('MRN100001');
    await page.getByTestId('template-preview').click();
    const preview = await page.getByTestId('template-preview-text').textContent();
    expect(preview).toMatch(/^Hi \S+, your blood was drawn today\.\n\n— Dana Patel, Medical Assistant$/);
    expect(preview).not.toContain('{{');

    await page.getByTestId('template-save').click();
    await page.getByTestId('template-row').filter({ hasText: 'Lab drawn' }).waitFor();
  });
});
