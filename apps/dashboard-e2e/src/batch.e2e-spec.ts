import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { DEMO_LOGINS, DEMO_PASSWORD, postMessage, signInThroughPage, startBrowserStack, type BrowserStack } from '@carequeue/testing';

/** A physician answers three messages in a row without touching the mouse. */
describe('physician batch, keyboard only', () => {
  let stack: BrowserStack;
  let page: Page;
  let db: Client;

  beforeAll(async () => {
    stack = await startBrowserStack('cq_batch');
    db = new Client({ connectionString: stack.database.url });
    await db.connect();
    // Three clinical questions from Dr. Ruiz's own patients, so her batch surely holds them.
    const { rows } = await db.query(
      `SELECT p.mrn FROM patient p JOIN staff_user s ON s.id = p.primary_physician_id WHERE s.email = $1 ORDER BY p.mrn LIMIT 3`,
      [DEMO_LOGINS.physician],
    );
    for (const [i, { mrn }] of rows.entries()) {
      await postMessage(stack.server.baseUrl, {
        externalId: `batch-${i}`,
        mrn,
        category: 'clinical_question',
        subject: `Question ${i + 1}`,
        body: 'My home blood pressure readings have been around 150/95 this week. Should I change my dose?',
      });
    }
    page = await stack.browser.newPage();
    await signInThroughPage(page, stack.server.baseUrl, DEMO_LOGINS.physician, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  it('starts, answers three with e, typing and Ctrl+Enter, and shows the progress', async () => {
    await page.goto(`${stack.server.baseUrl}/batch`);
    await page.getByTestId('batch-start').waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('batch-progress').waitFor();
    const total = Number((await page.getByTestId('batch-progress').textContent())?.split(' of ')[1]);
    expect(total).toBeGreaterThanOrEqual(3);

    for (let n = 1; n <= 3; n++) {
      await page.getByTestId('batch-progress').filter({ hasText: `${n} of ${total}` }).waitFor({ timeout: 5_000 });
      const threadId = await page.getByTestId('batch-thread').getAttribute('data-thread-id');
      await page.keyboard.press('e');
      await page.keyboard.type(`Thank you. Let us keep the same dose and check again at your visit. (${n})`);
      await page.keyboard.press('Control+Enter');
      await page.waitForFunction(
        (id) => document.querySelector('[data-testid="batch-thread"]')?.getAttribute('data-thread-id') !== id,
        threadId,
        { timeout: 5_000 },
      );
    }

    const { rows } = await db.query(
      `SELECT a.details FROM audit_event a JOIN staff_user s ON s.id::text = a.actor_id WHERE a.action = 'thread.replied' AND s.email = $1`,
      [DEMO_LOGINS.physician],
    );
    expect(rows).toHaveLength(3);
    for (const { details } of rows) expect(details.elapsedMs).toBeGreaterThan(0);
  });

  it('answers two similar threads at once with one template, personalised to each', async () => {
    const mrns = (await db.query(`SELECT p.mrn FROM patient p JOIN staff_user s ON s.id = p.primary_physician_id WHERE s.email = $1 ORDER BY p.mrn DESC LIMIT 2`, [DEMO_LOGINS.physician])).rows;
    const ids: string[] = [];
    for (const [i, { mrn }] of mrns.entries()) {
      const res = await postMessage(stack.server.baseUrl, { externalId: `bulk-${i}`, mrn, category: 'test_results', subject: `Lipid panel ${i}`, body: 'Are my cholesterol results back yet?' });
      ids.push(res.body['threadId']);
    }
    await page.goto(`${stack.server.baseUrl}/inbox`);
    for (const id of ids) await page.locator(`[data-testid="row-select"][data-thread-id="${id}"]`).check();
    await page.getByTestId('bulk-template').selectOption({ label: 'Normal results' });
    await page.getByTestId('bulk-send').click();
    await page.getByTestId('bulk-result').filter({ hasText: '2 sent, 0 not sent.' }).waitFor({ timeout: 5_000 });

    const { rows } = await db.query(`SELECT body FROM message WHERE thread_id = ANY($1) AND author = 'staff' ORDER BY body`, [ids]);
    expect(rows).toHaveLength(2);
    for (const { body } of rows) {
      expect(body).toMatch(/^Hi \S+, I reviewed your recent results and they are within the normal range\./);
      expect(body).toMatch(/— Dr\. Ana Ruiz, Physician$/);
    }
  });
});
