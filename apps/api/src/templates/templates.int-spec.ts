import type { StaffRole } from '@carequeue/contracts';
import { SAMPLE_MESSAGES } from '../testing/fixtures';
import { eventually, startTestApp, type TestApp } from '../testing/test-app';

describe('reply templates (real PostgreSQL + Redis)', () => {
  let t: TestApp;
  const as = (role: StaffRole) => ({ authorization: `Bearer ${t.tokens[role]}` });
  const send = (method: string, path: string, body: unknown, role: StaffRole) =>
    fetch(`${t.baseUrl}/api/v1${path}`, { method, headers: { 'content-type': 'application/json', ...as(role) }, body: JSON.stringify(body) }).then(async (r) => ({
      status: r.status,
      body: r.status === 204 ? null : await r.json(),
    }));

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses a template with an unknown placeholder at save time, suggesting the right one', async () => {
    const res = await send('POST', '/templates', { name: 'Typo', body: 'Hi {{patient.firstname}}, all done.' }, 'medical_assistant');
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ field: 'body', message: expect.stringMatching(/patient\.firstname.*patient\.firstName/s) });
    expect((await t.get('/api/v1/templates', 'medical_assistant')).body).toEqual([]);
  });

  it('keeps practice-wide templates for admins, shows them by role, and personal ones to their owner', async () => {
    expect((await send('POST', '/templates', { name: 'Shared', body: 'Hello', scope: 'practice' }, 'physician')).status).toBe(403);
    const shared = await send('POST', '/templates', { name: 'Normal results', body: 'Your results are normal, {{patient.firstName}}.', scope: 'practice', roles: ['physician'] }, 'admin');
    expect(shared.status).toBe(201);
    const own = await send('POST', '/templates', { name: 'My sign-off', body: 'Thanks, {{patient.firstName}}!', shortcut: 'alt+9' }, 'nurse');
    expect(own.status).toBe(201);
    const names = async (role: StaffRole) => (await t.get('/api/v1/templates', role)).body.map((x: { name: string }) => x.name);
    expect(await names('physician')).toEqual(['Normal results']);
    expect(await names('nurse')).toEqual(['My sign-off']);
    expect(await names('medical_assistant')).toEqual([]);
    expect((await send('PUT', `/templates/${own.body.id}`, { name: 'Mine', body: 'x' }, 'medical_assistant')).status).toBe(403);
    expect((await send('DELETE', `/templates/${own.body.id}`, {}, 'nurse')).status).toBe(204);
  });

  it('previews a template for a real patient without storing anything, and audits the read', async () => {
    const res = await t.post('/api/v1/replies/preview', { body: 'Hi {{patient.firstName}} {{patient.lastName}}, see you soon.', mrn: 'MRN-2' }, as('nurse'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ text: 'Hi Pat2 Testperson, see you soon.\n\n— Test nurse, Nurse', missing: [], errors: [], limit: 2000 });
    expect((await t.post('/api/v1/replies/preview', { body: 'x', mrn: 'NOPE' }, as('nurse'))).body.errors[0].field).toBe('mrn');
    const [audit] = await t.db.query(`SELECT details FROM audit_event WHERE action = 'patient.read' AND actor_id = $1`, [t.fixture.staff.nurse.id]);
    expect(audit.details).toMatchObject({ patientId: t.fixture.patients[1].id, purpose: 'template_preview' });
  });

  it('applies a template’s own limit to a reply, and records which template it came from', async () => {
    const short = await send('POST', '/templates', { name: 'Short', body: 'Refill sent, {{patient.firstName}}.', maxLength: 80 }, 'medical_assistant');
    const intake = await t.post('/api/v1/messages', { externalId: 'tpl-1', mrn: 'MRN-1', category: 'medication_refill', ...SAMPLE_MESSAGES.medication_refill });
    const threadId = intake.body.threadId;
    await eventually(async () => (await t.db.query('SELECT status FROM thread WHERE id = $1', [threadId]))[0].status === 'triaged');

    const tooLong = await t.post(`/api/v1/threads/${threadId}/replies`, { body: `Refill sent, {{patient.firstName}}. ${'More words here. '.repeat(5)}`, templateId: short.body.id }, as('medical_assistant'));
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors[0].message).toMatch(/the limit is 80/);

    const ok = await t.post(`/api/v1/threads/${threadId}/replies`, { body: 'Refill sent, {{patient.firstName}}.', templateId: short.body.id }, as('medical_assistant'));
    expect(ok.status).toBe(201);
    const [message] = await t.db.query(`SELECT template_id FROM message WHERE id = $1`, [ok.body.messageId]);
    expect(message.template_id).toBe(short.body.id);
  });
});
