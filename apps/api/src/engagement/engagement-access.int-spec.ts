import { DatasetBuilder } from '@carequeue/measures';
import { startTestApp, type TestApp } from '../testing/test-app';
import { clearEngagement, importRecords } from './engagement-test-support';

/** A physician reads their own EP's figures and patients only; an administrator reads every EP. */
describe('engagement access by role (real PostgreSQL)', () => {
  let t: TestApp;
  const period = 'from=2025-03-03&to=2025-03-31';
  const dataset = new DatasetBuilder()
    .provider('dr-own', 'Dr Own')
    .provider('dr-other', 'Dr Other')
    .patient('p1', '1980-01-01')
    .patient('p2', '1990-01-01')
    .visit('e1', 'p1', 'dr-own', '2025-03-04')
    .visit('e2', 'p2', 'dr-other', '2025-03-05')
    .build();
  const linkPhysician = (externalId: string | null) =>
    t.db.query('UPDATE staff_user SET external_id = $1 WHERE id = $2', [externalId, t.fixture.physician.id]);

  beforeAll(async () => {
    t = await startTestApp({ patients: 0 });
    await clearEngagement(t.db);
    // As the demo seed does: the physician's sign-in is linked before the EHR's providers arrive,
    // so the import updates that user instead of creating a second one.
    await linkPhysician('dr-own');
    expect((await t.post('/api/v1/import', { records: importRecords(dataset) })).status).toBe(200);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists every EP for an administrator and only their own for a physician', async () => {
    const admin = await t.get(`/api/v1/engagement/measures?${period}&stage=2`, 'admin');
    expect(admin.body.providers.map((p: { providerId: string }) => p.providerId).sort()).toEqual(['dr-other', 'dr-own']);
    const physician = await t.get(`/api/v1/engagement/measures?${period}&stage=2`, 'physician');
    expect(physician.status).toBe(200);
    expect(physician.body.providers.map((p: { providerId: string }) => p.providerId)).toEqual(['dr-own']);
    // Practice-wide counts (no patients) stay the same for both.
    expect(physician.body.practice).toEqual(admin.body.practice);
  });

  it("refuses a physician another EP's figures, trend and patients, naming providerId", async () => {
    for (const path of [
      `/api/v1/engagement/measures?${period}&stage=2&providerId=dr-other`,
      `/api/v1/engagement/measures/trend?${period}&stage=2&providerId=dr-other`,
      `/api/v1/engagement/measures/s2-online-access/patients?${period}&providerId=dr-other&set=denominator`,
    ]) {
      const res = await t.get(path, 'physician');
      expect(res.status).toBe(403);
      expect(res.body.errors[0].field).toBe('providerId');
    }
    expect((await t.get(`/api/v1/engagement/measures/s2-online-access/patients?${period}&providerId=dr-other&set=denominator`, 'admin')).status).toBe(200);
  });

  it("narrows a physician's patient list to their own EP when none is asked for", async () => {
    const own = await t.get(`/api/v1/engagement/measures/s2-online-access/patients?${period}&set=denominator`, 'physician');
    expect(own.status).toBe(200);
    expect(own.body.providerId).toBe('dr-own');
    expect(own.body.items.map((i: { patientId: string }) => i.patientId)).toEqual(['p1']);
    const practice = await t.get(`/api/v1/engagement/measures/s2-online-access/patients?${period}&set=denominator`, 'admin');
    expect(practice.body.items.map((i: { patientId: string }) => i.patientId)).toEqual(['p1', 'p2']);
  });

  it('refuses a physician whose sign-in is not linked to a provider', async () => {
    await linkPhysician(null);
    try {
      const res = await t.get(`/api/v1/engagement/measures?${period}&stage=2`, 'physician');
      expect(res.status).toBe(403);
      expect(res.body.message).toMatch(/not linked/);
    } finally {
      await linkPhysician('dr-own');
    }
  });
});
