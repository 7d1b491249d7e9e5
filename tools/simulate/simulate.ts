/**
 * `npm run simulate`: keeps posting realistic patient messages through the public intake API,
 * as a portal would, so the dashboard has something to show. Now and then a patient writes
 * again in a thread it started.
 *
 *   CAREQUEUE_URL   default http://localhost:3000
 *   PORTAL_API_KEY  default: the demo key in data/portal-api-key (written by `npm start`)
 *   SIMULATE_EVERY  seconds between messages on average, default 4
 *   SIMULATE_COUNT  stop after this many messages (default: run until Ctrl+C)
 */
import { existsSync, readFileSync } from 'node:fs';
import { demoMessage, integerBetween, seededRandom } from '@carequeue/demo-data';

const baseUrl = (process.env['CAREQUEUE_URL'] ?? 'http://localhost:3000').replace(/\/$/, '');
const everySeconds = Number(process.env['SIMULATE_EVERY'] ?? 4);
const limit = process.env['SIMULATE_COUNT'] ? Number(process.env['SIMULATE_COUNT']) : Infinity;
const DEMO_PATIENTS = 500;

function apiKey(): string {
  const fromEnv = process.env['PORTAL_API_KEY'];
  if (fromEnv) return fromEnv;
  if (existsSync('data/portal-api-key')) return readFileSync('data/portal-api-key', 'utf8').trim();
  console.error('No PORTAL_API_KEY and no data/portal-api-key: start CareQueue first (npm start) or set PORTAL_API_KEY.');
  process.exit(1);
}

const REPLIES = [
  'Thank you. One more thing: which pharmacy do you have on file for me?',
  'Sorry, I forgot to mention this has been going on for about a week.',
  'Is there any update on this? I have not heard back yet.',
  'Never mind, I was able to sort it out. Thanks!',
];

async function post(key: string, body: Record<string, unknown>): Promise<{ status: number; threadId?: string; message?: string }> {
  const response = await fetch(`${baseUrl}/api/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify(body),
  });
  const json = (await response.json().catch(() => ({}))) as { threadId?: string; message?: string };
  return { status: response.status, ...json };
}

async function main(): Promise<void> {
  const key = apiKey();
  const random = seededRandom(Date.now() % 2 ** 31);
  const run = Date.now().toString(36);
  const started: { threadId: string; mrn: string }[] = [];
  console.log(`Posting patient messages to ${baseUrl} every ~${everySeconds}s (Ctrl+C to stop)`);
  for (let n = 1; n <= limit; n++) {
    const replyTo = started.length > 3 && random() < 0.2 ? started[integerBetween(random, 0, started.length - 1)] : undefined;
    const mrn = replyTo?.mrn ?? `MRN${100000 + integerBetween(random, 0, DEMO_PATIENTS - 1)}`;
    const message = demoMessage(random);
    const body = {
      externalId: `sim-${run}-${n}`,
      mrn,
      category: message.category,
      subject: replyTo ? `Re: ${message.subject}` : message.subject,
      body: replyTo ? REPLIES[integerBetween(random, 0, REPLIES.length - 1)] : message.body,
      ...(replyTo ? { threadId: replyTo.threadId } : {}),
    };
    try {
      const result = await post(key, body);
      if (result.status === 202 && result.threadId) {
        if (!replyTo) started.push({ threadId: result.threadId, mrn });
        console.log(`${new Date().toLocaleTimeString()}  #${n} ${replyTo ? 'reply    ' : 'new      '} ${message.category.padEnd(18)} ${mrn}`);
      } else {
        console.log(`#${n} refused with ${result.status}: ${result.message ?? ''}`);
      }
    } catch (error) {
      console.log(`#${n} could not reach ${baseUrl}: ${(error as Error).message}`);
    }
    if (n < limit) await new Promise((r) => setTimeout(r, everySeconds * 1000 * (0.5 + random())));
  }
}

void main();
