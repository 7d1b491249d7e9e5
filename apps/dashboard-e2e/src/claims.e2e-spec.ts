import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, postMessage, signInThroughPage, startBrowserStack, type ApiServer, type BrowserStack } from '@carequeue/testing';

/** Two assistants in two browsers: a claim made by one appears live in the other's Inbox. */
describe('claims, live across browsers', () => {
  let stack: BrowserStack;
  let server: ApiServer;
  const contexts: BrowserContext[] = [];
  let dana: Page;
  let eli: Page;
  let threadId: string;

  beforeAll(async () => {
    stack = await startBrowserStack('cq_claims');
    server = stack.server;
    for (const email of ['dana.patel@riverside.example', 'eli.novak@riverside.example']) {
      const context = await stack.browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      await signInThroughPage(page, server.baseUrl, email, DEMO_PASSWORD);
      if (email.startsWith('dana')) dana = page;
      else eli = page;
    }
    const res = await postMessage(server.baseUrl, {
      externalId: `claims-${Date.now()}`,
      mrn: 'MRN100011',
      category: 'medication_refill',
      subject: 'Inhaler refill for my son',
      body: 'Could you send a new albuterol prescription to the pharmacy on Elm Street?',
    });
    threadId = res.body['threadId'];
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await stack?.close();
  });

  const row = (page: Page) => page.locator(`[data-testid="inbox-row"][data-thread-id="${threadId}"]`);

  it('shows the claim in the other assistant’s Inbox without a reload', async () => {
    await row(eli).waitFor();
    await row(dana).click();
    await dana.getByTestId('claim').click();
    await dana.getByTestId('claim-holder').filter({ hasText: 'You are working on this.' }).waitFor();

    await row(eli).getByTestId('inbox-row-status').filter({ hasText: 'Claimed by Dana Patel' }).waitFor({ timeout: 5_000 });
  });

  it('tells the second assistant who holds it, and tells the holder who else is looking', async () => {
    await row(eli).click();
    await eli.getByTestId('claim-holder').filter({ hasText: 'Dana Patel (Medical assistant) is working on this.' }).waitFor();
    expect(await eli.getByTestId('claim').count()).toBe(0);
    await dana.getByTestId('thread-viewers').filter({ hasText: 'Eli Novak' }).waitFor({ timeout: 5_000 });
  });

  it('frees the thread for the other assistant when the holder releases it', async () => {
    await dana.getByTestId('release').click();
    await eli.getByTestId('claim').waitFor({ timeout: 5_000 });
    await eli.getByTestId('claim').click();
    await dana.getByTestId('claim-holder').filter({ hasText: 'Eli Novak (Medical assistant) is working on this.' }).waitFor({ timeout: 5_000 });
  });
});
