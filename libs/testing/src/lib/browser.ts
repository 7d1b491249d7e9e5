import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { startApiServer, type ApiServer } from './api-server';
import { createScratchDatabase, type ScratchDatabase } from './databases';

/** Debian's Chromium (never a downloaded browser build); CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Playwright gives each launch a fresh profile of its own (it refuses --user-data-dir here). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // No sandbox as root; no background networking on machines without a network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Signs in through the dashboard's own login page, as a person would. */
export async function signInThroughPage(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('whoami').waitFor();
}

export interface BrowserStack {
  server: ApiServer;
  browser: Browser;
  database: ScratchDatabase;
  close(): Promise<void>;
}

/** A scratch database, the built API serving the dashboard on it (demo practice seeded), and a Chromium. */
export async function startBrowserStack(databasePrefix: string): Promise<BrowserStack> {
  const database = await createScratchDatabase(databasePrefix);
  const server = await startApiServer({ env: { DATABASE_URL: database.url, SEED_DEMO: 'true' } });
  const browser = await launchChromium();
  return {
    server,
    browser,
    database,
    close: async () => {
      await browser.close();
      await server.stop();
      await database.drop();
    },
  };
}
