import { MESSAGE_CATEGORIES } from '@carequeue/contracts';
import { DEMO_MESSAGES } from './messages';
import { demoPatient } from './people';
import { seededRandom } from './random';

describe('demo data', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
  });

  it('draws numbers in [0, 1)', () => {
    const random = seededRandom(1);
    const draws = Array.from({ length: 10_000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
  });

  it('makes patients with unique MRNs and plausible birth dates', () => {
    const random = seededRandom(3);
    const today = new Date('2026-06-01T00:00:00Z');
    const patients = Array.from({ length: 500 }, (_, i) => demoPatient(random, i, today));
    expect(new Set(patients.map((p) => p.mrn)).size).toBe(500);
    for (const p of patients) {
      expect(p.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.birthDate < '2026-06-01').toBe(true);
      expect(p.birthDate > '1930-01-01').toBe(true);
    }
  });

  it('covers every category with valid messages', () => {
    expect(new Set(DEMO_MESSAGES.map((m) => m.category))).toEqual(new Set(MESSAGE_CATEGORIES));
    for (const m of DEMO_MESSAGES) expect(m.body.length).toBeLessThanOrEqual(2000);
  });
});
