import { DEMO_PROVIDERS, demoEngagement, type DemoEngagementPatient, type DemoEngagementRecord } from './engagement';
import { demoPatient } from './people';
import { pick, seededRandom } from './random';

const TODAY = '2026-06-10';
const DAY_MS = 86_400_000;

function panel(size = 500): DemoEngagementPatient[] {
  const random = seededRandom(11);
  return Array.from({ length: size }, (_, i) => {
    const p = demoPatient(random, i, new Date(`${TODAY}T12:00:00Z`));
    return { mrn: p.mrn, birthDate: p.birthDate, providerId: pick(random, DEMO_PROVIDERS).id };
  });
}

type Of<T extends DemoEngagementRecord['type']> = Extract<DemoEngagementRecord, { type: T }>;
const ofType = <T extends DemoEngagementRecord['type']>(records: DemoEngagementRecord[], type: T) => records.filter((r): r is Of<T> => r.type === type);
const localDate = (instant: string) => new Date(Date.parse(instant) - 5 * 3_600_000).toISOString().slice(0, 10);
/** Weekdays from `from` to `to` (0 when the same day), counting `to`. */
function weekdaysAfter(from: string, to: string): number {
  let count = 0;
  for (let ms = Date.parse(`${from}T00:00:00Z`) + DAY_MS; ms <= Date.parse(`${to}T00:00:00Z`); ms += DAY_MS) {
    if (![0, 6].includes(new Date(ms).getUTCDay())) count += 1;
  }
  return count;
}

describe('demo engagement records', () => {
  const patients = panel();
  const records = demoEngagement({ today: TODAY, patients });
  const visits = ofType(records, 'encounter');
  const byVisit = new Map(visits.map((v) => [v.id, v]));

  it('is the same for the same seed and day, and differs for another seed', () => {
    expect(demoEngagement({ today: TODAY, patients })).toEqual(records);
    expect(demoEngagement({ today: TODAY, patients, seed: 2 })).not.toEqual(records);
  });

  it('dates everything before today, visits on weekdays, and names only the patients and providers given', () => {
    const mrns = new Set(patients.map((p) => p.mrn));
    const providers = new Set(DEMO_PROVIDERS.map((p) => p.id));
    expect(new Set(visits.map((v) => v.id)).size).toBe(visits.length);
    for (const v of visits) {
      expect(v.date < TODAY).toBe(true);
      expect([0, 6]).not.toContain(new Date(`${v.date}T00:00:00Z`).getUTCDay());
      expect(mrns.has(v.patientId) && providers.has(v.providerId)).toBe(true);
      expect(localDate(v.infoAvailableAt) >= v.date).toBe(true);
    }
    for (const r of records) {
      if ('patientId' in r) expect(mrns.has(r.patientId)).toBe(true);
      if (r.type !== 'encounter') {
        expect(r.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00-05:00$/);
        expect(localDate(r.at) < TODAY).toBe(true);
      }
      if ((r.type === 'access_granted' || r.type === 'summary_provided') && r.encounterId) expect(byVisit.has(r.encounterId)).toBe(true);
    }
  });

  it('sees most of the panel in the last six months, some patients several times', () => {
    const recent = visits.filter((v) => Date.parse(v.date) >= Date.parse(TODAY) - 182 * DAY_MS);
    const seen = new Set(recent.map((v) => v.patientId));
    expect(seen.size).toBeGreaterThan(patients.length * 0.55);
    expect(seen.size).toBeLessThan(patients.length * 0.85);
    expect(recent.length).toBeGreaterThan(seen.size * 1.3);
    // Older visits feed the Stage 2 reminders' two-year look-back.
    expect(visits.length).toBeGreaterThan(recent.length);
  });

  it('grants access to most visits within 1 to 4 business days, and some late or never', () => {
    const grants = ofType(records, 'access_granted').filter((g) => g.encounterId);
    const delays = grants.map((g) => {
      const v = byVisit.get(g.encounterId as string) as Of<'encounter'>;
      return weekdaysAfter(localDate(v.infoAvailableAt), localDate(g.at));
    });
    const inTime = delays.filter((d) => d <= 4).length;
    const late = delays.filter((d) => d > 4).length;
    const withoutGrant = visits.filter((v) => !grants.some((g) => g.encounterId === v.id)).length;
    expect(inTime).toBeGreaterThan(late * 2);
    expect(late).toBeGreaterThan(visits.length * 0.05);
    expect(withoutGrant).toBeGreaterThan(visits.length * 0.2); // patient-wide grants and visits never released
    expect(ofType(records, 'access_granted').some((g) => !g.encounterId)).toBe(true);
  });

  it("follows each physician's habits: Dr. Ruiz's summaries go out sooner than Dr. Chen's", () => {
    const summaries = new Map(ofType(records, 'summary_provided').map((s) => [s.encounterId, s.at]));
    const nextDayShare = (providerId: string) => {
      const own = visits.filter((v) => v.providerId === providerId && v.kind === 'office_visit');
      const quick = own.filter((v) => {
        const at = summaries.get(v.id);
        return at !== undefined && weekdaysAfter(v.date, localDate(at)) <= 1;
      });
      return quick.length / own.length;
    };
    expect(nextDayShare('rfm-ruiz')).toBeGreaterThan(nextDayShare('rfm-chen') + 0.15);
  });

  it('has every kind of portal event, each for a share of patients', () => {
    for (const type of ['portal_activity', 'education_provided', 'reminder_sent', 'copy_requested', 'copy_provided'] as const) {
      const patientsWith = new Set(ofType(records, type).map((r) => r.patientId)).size;
      expect({ type, some: patientsWith > 5, notAll: patientsWith < patients.length / 2 }).toEqual({ type, some: true, notAll: true });
    }
  });
});
