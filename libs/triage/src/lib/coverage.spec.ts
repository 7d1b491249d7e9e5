import { createTriageEngine } from './triage';
import type { PhysicianAvailability } from './types';

const engine = createTriageEngine();
const question = { subject: 'Question', body: 'My knee still hurts after the fall, should I get an x-ray?' };
const doctors = (overrides: Partial<Record<string, Partial<PhysicianAvailability>>> = {}): PhysicianAvailability[] =>
  [
    { id: 'dr-a', name: 'Dr A', outOfOffice: false, coveringPhysicianId: 'dr-b' },
    { id: 'dr-b', name: 'Dr B', outOfOffice: false, coveringPhysicianId: 'dr-c' },
    { id: 'dr-c', name: 'Dr C', outOfOffice: false },
  ].map((d) => ({ ...d, ...overrides[d.id] }));

const coverage = (d: { explanation: { kind: string; text: string }[] }) => d.explanation.filter((e) => e.kind === 'coverage').map((e) => e.text);

describe('continuity and coverage', () => {
  it('assigns the patient’s own physician', () => {
    const d = engine.decide(question, { patient: { primaryPhysicianId: 'dr-a' }, physicians: doctors() });
    expect(d.assigneeId).toBe('dr-a');
    expect(coverage(d)).toEqual(["assigned to the patient's primary physician Dr A (dr-a)"]);
  });

  it('goes to the covering physician when the primary is out, and says why', () => {
    const d = engine.decide(question, { patient: { primaryPhysicianId: 'dr-a' }, physicians: doctors({ 'dr-a': { outOfOffice: true } }) });
    expect(d.assigneeId).toBe('dr-b');
    expect(coverage(d)[0]).toBe('primary physician Dr A (dr-a) is out of office; assigned to covering physician Dr B (dr-b)');
  });

  it('follows the covering chain when the cover is out too', () => {
    const d = engine.decide(question, {
      patient: { primaryPhysicianId: 'dr-a' },
      physicians: doctors({ 'dr-a': { outOfOffice: true }, 'dr-b': { outOfOffice: true } }),
    });
    expect(d.assigneeId).toBe('dr-c');
    expect(coverage(d)[0]).toContain('via Dr B (dr-b), also out of office');
  });

  it('leaves it unassigned in the physician pool when nobody covers, with the reason', () => {
    const d = engine.decide(question, {
      patient: { primaryPhysicianId: 'dr-c' },
      physicians: doctors({ 'dr-c': { outOfOffice: true } }),
    });
    expect(d.pool).toBe('physician');
    expect(d.assigneeId).toBeUndefined();
    expect(coverage(d)[0]).toBe('primary physician Dr C (dr-c) is out of office and no covering physician is set: left unassigned in the physician pool');
  });

  it('never picks a stranger when the patient has no primary physician', () => {
    const d = engine.decide(question, { patient: { primaryPhysicianId: null }, physicians: doctors() });
    expect(d.assigneeId).toBeUndefined();
    expect(coverage(d)).toEqual(['patient has no primary physician: left unassigned in the physician pool']);
  });

  it('stops on a covering cycle', () => {
    const d = engine.decide(question, {
      patient: { primaryPhysicianId: 'dr-a' },
      physicians: [
        { id: 'dr-a', name: 'Dr A', outOfOffice: true, coveringPhysicianId: 'dr-b' },
        { id: 'dr-b', name: 'Dr B', outOfOffice: true, coveringPhysicianId: 'dr-a' },
      ],
    });
    expect(d.assigneeId).toBeUndefined();
  });

  it('assigns nobody outside the physician pool', () => {
    const d = engine.decide({ subject: 'Refill', body: 'refill my metformin please' }, { patient: { primaryPhysicianId: 'dr-a' }, physicians: doctors() });
    expect(d.pool).toBe('medical_assistant');
    expect(d.assigneeId).toBeUndefined();
  });
});
