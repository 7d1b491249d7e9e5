import { startTestApp, TEST_API_KEY, type TestApp } from '../testing/test-app';

describe('POST /api/v1/import (real PostgreSQL)', () => {
  let t: TestApp;
  const count = async (table: string, where = 'true') => Number((await t.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`))[0].n);
  const counts = async () => ({
    providers: await count('staff_user', 'external_id IS NOT NULL'),
    patients: await count('patient'),
    encounters: await count('encounter'),
    events: await count('engagement_event'),
  });
  const send = async (body: unknown, headers: Record<string, string> = { 'x-api-key': TEST_API_KEY }) => {
    const response = await fetch(`${t.baseUrl}/api/v1/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };

  const batch = (): Record<string, unknown>[] => [
    { type: 'provider', id: 'dr-1', name: 'Dr Ada Jones', role: 'physician' },
    { type: 'provider', id: 'np-2', name: 'Bo Lee', role: 'nurse practitioner' },
    { type: 'patient', id: 'IMP-1', birthDate: '1950-04-02', primaryProviderId: 'dr-1', name: 'Mary Ann Smith' },
    { type: 'patient', id: 'IMP-2', birthDate: '2020-01-31' },
    { type: 'encounter', id: 'enc-1', patientId: 'IMP-1', providerId: 'dr-1', date: '2025-03-03', kind: 'office_visit', infoAvailableAt: '2025-03-03T12:00:00-05:00' },
    { type: 'encounter', id: 'enc-2', patientId: 'IMP-2', providerId: 'np-2', date: '2025-03-04', kind: 'other', infoAvailableAt: '2025-03-04T17:00:00Z' },
    { type: 'access_granted', patientId: 'IMP-1', encounterId: 'enc-1', at: '2025-03-04T09:00:00-05:00' },
    { type: 'access_granted', patientId: 'IMP-2', at: '2025-03-04T18:00:00Z' },
    { type: 'portal_activity', patientId: 'IMP-1', action: 'download', at: '2025-03-05T10:00:00Z' },
    { type: 'summary_provided', encounterId: 'enc-1', at: '2025-03-03T22:00:00Z' },
    { type: 'education_provided', patientId: 'IMP-1', providerId: 'dr-1', at: '2025-03-03T22:00:00Z' },
    { type: 'reminder_sent', patientId: 'IMP-2', at: '2025-03-06T10:00:00Z' },
    { type: 'copy_requested', patientId: 'IMP-1', at: '2025-03-06T10:00:00Z' },
    { type: 'copy_provided', patientId: 'IMP-1', at: '2025-03-07T10:00:00+05:30' },
  ];

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('stores every record type and maps providers to physicians and patients to MRNs', async () => {
    const res = await send({ records: batch() });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      records: 14,
      providers: { created: 2, updated: 0, unchanged: 0 },
      patients: { created: 2, updated: 0, unchanged: 0 },
      encounters: { created: 2, updated: 0, unchanged: 0 },
      events: { stored: 8, alreadyPresent: 0 },
    });
    const providers = await t.db.query(
      `SELECT external_id, external_role, display_name, role, email, password_hash FROM staff_user WHERE external_id IS NOT NULL ORDER BY external_id`,
    );
    expect(providers).toEqual([
      { external_id: 'dr-1', external_role: 'physician', display_name: 'Dr Ada Jones', role: 'physician', email: expect.stringMatching(/^provider-[0-9a-f]{24}@import\.invalid$/), password_hash: null },
      { external_id: 'np-2', external_role: 'nurse practitioner', display_name: 'Bo Lee', role: 'physician', email: expect.any(String), password_hash: null },
    ]);
    const [patient] = await t.db.query(
      `SELECT p.first_name, p.last_name, to_char(p.birth_date, 'YYYY-MM-DD') AS birth, s.external_id AS primary FROM patient p
         LEFT JOIN staff_user s ON s.id = p.primary_physician_id WHERE p.mrn = 'IMP-1'`,
    );
    expect(patient).toEqual({ first_name: 'Mary Ann', last_name: 'Smith', birth: '1950-04-02', primary: 'dr-1' });
    const [encounter] = await t.db.query(`SELECT kind, to_char(date, 'YYYY-MM-DD') AS date, info_available_at FROM encounter WHERE external_id = 'enc-1'`);
    expect(encounter).toEqual({ kind: 'office_visit', date: '2025-03-03', info_available_at: new Date('2025-03-03T17:00:00Z') });
    const [copy] = await t.db.query(`SELECT at FROM engagement_event WHERE type = 'copy_provided'`);
    expect(copy.at).toEqual(new Date('2025-03-07T04:30:00Z'));
  });

  it('is idempotent: the same batch again changes nothing, a changed one updates in place', async () => {
    const before = await counts();
    const again = await send({ records: batch() });
    expect(again.status).toBe(200);
    expect(again.body.providers).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(again.body.events).toEqual({ stored: 0, alreadyPresent: 8 });
    expect(await counts()).toEqual(before);

    const changed = batch().map((r) => {
      if (r.type === 'provider' && r.id === 'dr-1') return { ...r, name: 'Dr Ada Jones-Park' };
      if (r.type === 'patient' && r.id === 'IMP-1') return { type: 'patient', id: 'IMP-1', birthDate: '1950-04-03' };
      if (r.type === 'encounter' && r.id === 'enc-2') return { ...r, kind: 'office_visit', providerId: 'dr-1' };
      return r;
    });
    // A later record with the same id wins within a batch, too.
    changed.push({ type: 'encounter', id: 'enc-1', patientId: 'IMP-1', providerId: 'dr-1', date: '2025-03-10', kind: 'office_visit', infoAvailableAt: '2025-03-10T17:00:00Z' });
    const res = await send({ records: changed });
    expect(res.status).toBe(200);
    expect(res.body.providers).toEqual({ created: 0, updated: 1, unchanged: 1 });
    expect(res.body.patients).toEqual({ created: 0, updated: 1, unchanged: 1 });
    expect(res.body.encounters).toEqual({ created: 0, updated: 2, unchanged: 0 });
    expect(await counts()).toEqual(before);

    const [patient] = await t.db.query(
      `SELECT first_name, last_name, to_char(birth_date, 'YYYY-MM-DD') AS birth, primary_physician_id FROM patient WHERE mrn = 'IMP-1'`,
    );
    // Leaving name and primaryProviderId out keeps them; null clears.
    expect(patient).toEqual({ first_name: 'Mary Ann', last_name: 'Smith', birth: '1950-04-03', primary_physician_id: expect.any(String) });
    expect((await send({ records: [{ type: 'patient', id: 'IMP-1', birthDate: '1950-04-03', primaryProviderId: null }] })).body.patients.updated).toBe(1);
    expect((await t.db.query(`SELECT primary_physician_id FROM patient WHERE mrn = 'IMP-1'`))[0].primary_physician_id).toBeNull();
    const encounters = await t.db.query(
      `SELECT e.external_id, e.kind, to_char(e.date, 'YYYY-MM-DD') AS date, s.external_id AS provider FROM encounter e
         JOIN staff_user s ON s.id = e.provider_id ORDER BY e.external_id`,
    );
    expect(encounters).toEqual([
      { external_id: 'enc-1', kind: 'office_visit', date: '2025-03-10', provider: 'dr-1' },
      { external_id: 'enc-2', kind: 'office_visit', date: '2025-03-04', provider: 'dr-1' },
    ]);
  });

  it('links an imported patient to the existing patient with that MRN', async () => {
    const before = await count('patient');
    const res = await send({ records: [{ type: 'patient', id: 'MRN-1', birthDate: '1970-01-01', name: 'Pat1 Testperson' }] });
    expect(res.status).toBe(200);
    expect(res.body.patients).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(await count('patient')).toBe(before);
    const [patient] = await t.db.query(`SELECT primary_physician_id FROM patient WHERE mrn = 'MRN-1'`);
    expect(patient.primary_physician_id).toBe(t.fixture.physician.id);
  });

  describe('invalid records: 400 with index and field, and nothing from the batch is stored', () => {
    const valid = { type: 'provider', id: 'dr-new', name: 'Dr New', role: 'physician' };
    const cases: [string, Record<string, unknown>, string][] = [
      ['unknown type', { type: 'lab_result', patientId: 'IMP-1' }, 'type'],
      ['not an object', 'patient' as unknown as Record<string, unknown>, 'type'],
      ['missing birth date', { type: 'patient', id: 'IMP-9' }, 'birthDate'],
      ['impossible birth date', { type: 'patient', id: 'IMP-9', birthDate: '2023-02-29' }, 'birthDate'],
      ['blank id', { type: 'patient', id: '  ', birthDate: '1980-01-01' }, 'id'],
      ['instant without offset', { type: 'reminder_sent', patientId: 'IMP-1', at: '2025-03-03T10:00:00' }, 'at'],
      ['unknown kind', { type: 'encounter', id: 'e9', patientId: 'IMP-1', providerId: 'dr-1', date: '2025-03-03', kind: 'telehealth', infoAvailableAt: '2025-03-03T10:00:00Z' }, 'kind'],
      ['unknown action', { type: 'portal_activity', patientId: 'IMP-1', action: 'print', at: '2025-03-03T10:00:00Z' }, 'action'],
      ['field of another type', { type: 'reminder_sent', patientId: 'IMP-1', at: '2025-03-03T10:00:00Z', providerId: 'dr-1' }, 'providerId'],
      ['unknown patient', { type: 'reminder_sent', patientId: 'NOBODY', at: '2025-03-03T10:00:00Z' }, 'patientId'],
      ['unknown provider', { type: 'education_provided', patientId: 'IMP-1', providerId: 'dr-404', at: '2025-03-03T10:00:00Z' }, 'providerId'],
      ['unknown encounter', { type: 'summary_provided', encounterId: 'enc-404', at: '2025-03-03T10:00:00Z' }, 'encounterId'],
      ['encounter of another patient', { type: 'access_granted', patientId: 'IMP-2', encounterId: 'enc-1', at: '2025-03-03T10:00:00Z' }, 'encounterId'],
      ['unknown primary provider', { type: 'patient', id: 'IMP-9', birthDate: '1980-01-01', primaryProviderId: 'dr-404' }, 'primaryProviderId'],
    ];

    it.each(cases)('%s', async (_label, bad, field) => {
      const before = await counts();
      const res = await send({ records: [valid, valid, bad] });
      expect(res.status).toBe(400);
      expect(res.body.errors).toContainEqual({ index: 2, field, message: expect.any(String) });
      expect(res.body.errors.every((e: { index: number }) => e.index === 2)).toBe(true);
      expect(res.body.message).toMatch(/nothing from this batch was stored/);
      expect(await counts()).toEqual(before);
    });

    it('reports every invalid record, not just the first, and never echoes values', async () => {
      const res = await send({
        records: [
          { type: 'patient', id: 'IMP-7', birthDate: '31/12/1950', name: 'Secret Name' },
          valid,
          { type: 'encounter', id: 'e7', patientId: 'IMP-7', providerId: 'dr-new', date: '2025-13-01', kind: 'office_visit' },
        ],
      });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        { index: 0, field: 'birthDate', message: expect.any(String) },
        { index: 2, field: 'date', message: expect.any(String) },
        { index: 2, field: 'infoAvailableAt', message: 'infoAvailableAt is required for a record of type encounter' },
      ]);
      expect(JSON.stringify(res.body)).not.toMatch(/31\/12\/1950|Secret|2025-13-01/);
    });

    it.each([
      ['no records field', {}],
      ['records not an array', { records: { type: 'provider' } }],
      ['empty batch', { records: [] }],
      ['an extra top-level field', { records: [valid], dryRun: true }],
    ])('%s is a 400 naming the field', async (_label, body) => {
      const res = await send(body);
      expect(res.status).toBe(400);
      expect(res.body.errors.length).toBeGreaterThan(0);
      expect(await count('staff_user', `external_id = 'dr-new'`)).toBe(0);
    });
  });

  describe('access', () => {
    const staffPost = (role: 'admin' | 'physician') =>
      send({ records: [{ type: 'provider', id: `dr-by-${role}`, name: 'Dr Staff', role: 'physician' }] }, { authorization: `Bearer ${t.tokens[role]}` });

    it('needs the portal key or an admin sign-in', async () => {
      expect((await send({ records: batch() }, {})).status).toBe(401);
      expect((await send({ records: batch() }, { 'x-api-key': 'wrong-key-wrong-key' })).status).toBe(401);
      expect((await staffPost('physician')).status).toBe(403);
      const admin = await staffPost('admin');
      expect(admin.status).toBe(200);
      const [audit] = await t.db.query(`SELECT actor_type, actor_id, details FROM audit_event WHERE action = 'engagement.imported' ORDER BY id DESC LIMIT 1`);
      expect(audit).toEqual({ actor_type: 'staff', actor_id: t.fixture.staff.admin.id, details: expect.objectContaining({ records: 1, providersCreated: 1 }) });
    });
  });

  it('imports a batch of 10,000 records in one request (over the default body limit)', async () => {
    const records: Record<string, unknown>[] = [{ type: 'provider', id: 'big-dr', name: 'Dr Big', role: 'physician' }];
    for (let i = 0; i < 999; i += 1) {
      const id = `BIG-${String(i).padStart(4, '0')}`;
      records.push({ type: 'patient', id, birthDate: '1960-05-05', primaryProviderId: 'big-dr', name: `Patient ${i}` });
      for (let v = 0; v < 3; v += 1) {
        const enc = `${id}-v${v}`;
        const at = `2025-0${v + 1}-1${v}T15:00:00Z`;
        records.push({ type: 'encounter', id: enc, patientId: id, providerId: 'big-dr', date: at.slice(0, 10), kind: 'office_visit', infoAvailableAt: at });
        records.push({ type: 'access_granted', patientId: id, encounterId: enc, at });
        records.push({ type: 'summary_provided', encounterId: enc, at });
      }
    }
    while (records.length < 10_000) records.push({ type: 'portal_activity', patientId: 'BIG-0001', action: 'view', at: new Date(Date.UTC(2025, 0, 1) + records.length * 60_000).toISOString() });
    const body = JSON.stringify({ records });
    expect(body.length).toBeGreaterThan(256 * 1024);

    const res = await send(body);
    expect(res.status).toBe(200);
    expect(res.body.records).toBe(10_000);
    expect(res.body.patients.created).toBe(999);
    expect(res.body.encounters.created).toBe(2997);
    expect(await count('encounter', `external_id LIKE 'BIG-%'`)).toBe(2997);
  });

  it('keeps the small body limit on every other route', async () => {
    const res = await t.post('/api/v1/messages', { externalId: 'x', mrn: 'MRN-1', category: 'other', subject: 's', body: 'x'.repeat(300 * 1024) });
    expect(res.status).toBe(413);
    expect(res.body.errors).toEqual([{ field: 'request', message: 'must be at most 256kb' }]);
  });
});
