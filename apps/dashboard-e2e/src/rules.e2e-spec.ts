import type { Browser, Page } from 'playwright-core';
import {
  createScratchDatabase,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  launchChromium,
  signInThroughPage,
  startApiServer,
  type ApiServer,
  type ScratchDatabase,
} from '@carequeue/testing';

/** An administrator tries messages against the routing rules, changes one, and saves a new version. */
describe('Rules page in Chromium', () => {
  let database: ScratchDatabase;
  let server: ApiServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    database = await createScratchDatabase('cq_rules');
    server = await startApiServer({ env: { DATABASE_URL: database.url, SEED_DEMO: 'true' } });
    browser = await launchChromium();
    page = await browser.newPage();
    await signInThroughPage(page, server.baseUrl, DEMO_LOGINS.admin, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  const serverAgrees = () => page.getByTestId('try-server-check').filter({ hasText: 'same decision' }).waitFor({ timeout: 5_000 });

  async function tryMessage(subject: string, body: string): Promise<void> {
    await page.getByTestId('try-subject').fill(subject);
    await page.getByTestId('try-body').fill(body);
  }

  it('opens the rules from the navigation, in order, with edit controls for an administrator', async () => {
    await page.getByTestId('nav-rules').click();
    await page.waitForURL(/\/rules$/);
    await page.getByTestId('rules-row').first().waitFor();
    expect(await page.getByTestId('rules-row').count()).toBeGreaterThanOrEqual(5);
    expect(await page.getByTestId('rules-row').first().getAttribute('data-rule-id')).toBe('emergencies');
    expect(await page.getByTestId('rule-enabled-toggle').count()).toBe(await page.getByTestId('rules-row').count());
    expect(await page.getByTestId('rules-save').textContent()).toMatch(/Save as version \d+/);
  });

  it('decides a refill request as it is typed: medical assistants, with the phrase explained and marked', async () => {
    await tryMessage('Refill', 'I need a refill of my lisinopril');
    await page.getByTestId('try-decision-pool').filter({ hasText: 'Medical assistants' }).waitFor({ timeout: 3_000 });
    expect(await page.getByTestId('try-decision-category').textContent()).toContain('Medication refill');
    expect(await page.getByTestId('try-decision-urgent').getAttribute('data-urgent')).toBe('false');
    const phrases = page.locator('[data-testid="try-explanation"][data-kind="phrase"]');
    expect(await phrases.count()).toBeGreaterThan(0);
    expect((await phrases.allTextContents()).join(' ')).toMatch(/refill/i);
    expect((await page.locator('[data-testid="try-highlighted"] mark').allTextContents()).join(' ')).toMatch(/refill/i);
    await serverAgrees();
  });

  it('shows crushing chest pain as urgent, to the physicians, with the red flag explained', async () => {
    await tryMessage('My dad', 'my dad has crushing chest pain and his left arm is numb');
    const urgent = page.locator('[data-testid="try-decision-urgent"][data-urgent="true"]');
    await urgent.waitFor({ timeout: 3_000 });
    expect(await urgent.textContent()).toContain('Urgent');
    expect(await page.getByTestId('try-decision-pool').textContent()).toContain('Physicians');
    expect(await page.locator('[data-testid="try-explanation"][data-kind="red_flag"]').count()).toBeGreaterThan(0);
    await serverAgrees();
  });

  it('reorders from the keyboard, keeping focus on the button', async () => {
    const second = page.getByTestId('rules-row').nth(1);
    const id = await second.getAttribute('data-rule-id');
    await second.getByTestId('rule-move-down').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((ruleId) => document.querySelectorAll('[data-testid="rules-row"]')[2]?.getAttribute('data-rule-id') === ruleId, id);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('rule-move-down');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction((ruleId) => document.querySelectorAll('[data-testid="rules-row"]')[1]?.getAttribute('data-rule-id') === ruleId, id);
    expect(await page.getByTestId('rules-save').isDisabled()).toBe(true);
  });

  it('tries a draft change before saving it, then saves it as a new version', async () => {
    const refill = page.locator('[data-testid="rules-row"][data-rule-id="refill-requests"]');
    await refill.getByTestId('rule-edit').click();
    await page.getByTestId('rule-pool').selectOption('nurse');
    await tryMessage('Refill', 'I need a refill of my lisinopril');
    await page.getByTestId('try-decision-pool').filter({ hasText: 'Nurses' }).waitFor({ timeout: 3_000 });
    // The server decides with the same unsaved draft.
    await serverAgrees();

    await page.getByTestId('rule-apply').click();
    await refill.getByTestId('rule-action').filter({ hasText: '→ Nurses' }).waitFor();
    const label = (await page.getByTestId('rules-save').textContent())?.trim() ?? '';
    const version = Number(label.replace('Save as version ', ''));
    await page.getByTestId('rules-note').fill('Refills to the nurses');
    await page.getByTestId('rules-save').click();

    const saved = page.locator(`[data-testid="rules-history-item"][data-version="${version}"]`);
    await saved.waitFor({ timeout: 5_000 });
    expect(await saved.textContent()).toContain('Refills to the nurses');
    expect(await saved.textContent()).toContain('current');
    expect(await page.getByTestId('rules-save').textContent()).toContain(`Save as version ${version + 1}`);

    // Saved means saved: a reload shows the new version.
    await page.reload();
    await refill.getByTestId('rule-action').filter({ hasText: '→ Nurses' }).waitFor({ timeout: 5_000 });
  });
});
