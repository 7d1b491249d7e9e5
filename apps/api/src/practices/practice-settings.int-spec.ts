import { isoDate, localParts, nextDate } from '@carequeue/calendar';
import type { StaffRole } from '@carequeue/contracts';
import { eventually, startTestApp, type TestApp } from '../testing/test-app';

const NY = 'America/New_York';

describe('practice settings: calendar and safety reply (real PostgreSQL + Redis)', () => {
  let t: TestApp;
  const put = (body: unknown, role: StaffRole = 'admin') =>
    fetch(`${t.baseUrl}/api/v1/practice`, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${t.tokens[role]}` }, body: JSON.stringify(body) }).then(async (r) => ({
      status: r.status,
      body: await r.json(),
    }));
  const thread = async (id: string) => (await t.db.query('SELECT * FROM thread WHERE id = $1', [id]))[0];

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lets only admins change settings, and names a bad calendar field', async () => {
    expect((await put({ phone: '555-0100' }, 'physician')).status).toBe(403);
    const bad = await put({ openingHours: { 1: { open: '17:00', close: '08:00' } }, timezone: 'Mars/Base' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['openingHours.1', 'timezone']);
    expect((await put({ holidays: ['25/12/2026'] })).body.errors[0].field).toBe('holidays');
    expect((await t.get('/api/v1/practice', 'admin')).body.timezone).toBe('America/New_York');
  });

  it("counts SLA clocks in the practice's own opening hours, skipping its holidays", async () => {
    // Open one hour a week (Wednesday 09:00–10:00); today and next Wednesday are holidays.
    const today = localParts(new Date(), NY);
    let day = { year: today.year, month: today.month, day: today.day, weekday: today.weekday };
    do day = nextDate(day.year, day.month, day.day);
    while (day.weekday !== 3);
    const holidays = [isoDate(today.year, today.month, today.day), isoDate(day.year, day.month, day.day)];
    const saved = await put({ openingHours: { 3: { open: '09:00', close: '10:00' } }, holidays, timezone: NY });
    expect(saved.status).toBe(200);

    const res = await t.post('/api/v1/messages', { externalId: 'calendar-1', mrn: 'MRN-1', category: 'other', subject: 'Parking', body: 'Is the parking garage open on Saturdays?' });
    await eventually(async () => (await thread(res.body.threadId)).status === 'triaged');
    const due = new Date((await thread(res.body.threadId)).due_at);
    const local = localParts(due, NY);
    // Routine = 3 open days = 3 Wednesday hours: due at 10:00 on the third open Wednesday.
    expect([local.weekday, local.hour, local.minute]).toEqual([3, 10, 0]);
    const dueDate = isoDate(local.year, local.month, local.day);
    expect(holidays).not.toContain(dueDate);
    expect(dueDate > (holidays[1] ?? '')).toBe(true);
    expect(due.getTime() - Date.now()).toBeGreaterThan(14 * 86_400_000);
    expect(due.getTime() - Date.now()).toBeLessThan(29 * 86_400_000);
  });

  it('sends the safety reply in the practice’s own words', async () => {
    const wording = 'Call 911 now if this is an emergency. Dr. Test’s team has been alerted.';
    expect((await put({ safetyReply: wording })).body.safetyReply).toBe(wording);
    const res = await t.post('/api/v1/messages', { externalId: 'calendar-2', mrn: 'MRN-2', category: 'other', subject: 'Help', body: 'My wife collapsed and is not breathing' });
    await eventually(async () => (await thread(res.body.threadId)).status === 'triaged');
    const [reply] = await t.db.query(`SELECT body FROM message WHERE thread_id = $1 AND author = 'system'`, [res.body.threadId]);
    expect(reply.body).toBe(wording);
  });
});
