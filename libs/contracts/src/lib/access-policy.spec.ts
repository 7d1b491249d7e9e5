import { POOLS, STAFF_ROLES } from './vocabulary';
import { canReadEngagement, canReadOperations, canReadThread, canWorkThread, readablePools, seesWholePractice } from './access-policy';

describe('access policy: who reads which threads', () => {
  const expected: Record<string, string[]> = {
    physician: [...POOLS, 'unrouted'],
    nurse: [...POOLS, 'unrouted'],
    medical_assistant: [...POOLS, 'unrouted'],
    admin: [...POOLS, 'unrouted'],
    billing: ['billing'],
  };

  for (const role of STAFF_ROLES) {
    for (const pool of [...POOLS, null]) {
      const label = pool ?? 'unrouted';
      const allowed = expected[role]?.includes(label) ?? false;
      it(`${role} ${allowed ? 'may' : 'may not'} read a ${label} thread`, () => {
        expect(canReadThread(role, pool)).toBe(allowed);
      });
    }
  }

  it('gives the practice-wide feed only to roles that read every pool', () => {
    expect(STAFF_ROLES.filter(seesWholePractice)).toEqual(['physician', 'nurse', 'medical_assistant', 'admin']);
    expect(readablePools('billing')).toEqual(['billing']);
  });
});

describe('access policy: who works (claims, answers) which threads', () => {
  const expected: Record<string, string[]> = {
    physician: ['physician', 'nurse', 'medical_assistant'],
    nurse: ['nurse', 'medical_assistant'],
    medical_assistant: ['medical_assistant'],
    billing: ['billing'],
    admin: [],
  };
  for (const role of STAFF_ROLES) {
    for (const pool of [...POOLS, null]) {
      const allowed = pool !== null && (expected[role]?.includes(pool) ?? false);
      it(`${role} ${allowed ? 'may' : 'may not'} work a ${pool ?? 'unrouted'} thread`, () => {
        expect(canWorkThread(role, pool)).toBe(allowed);
      });
    }
  }
});

describe('access policy: who reads the engagement measures', () => {
  const readers = ['admin', 'physician'];
  for (const role of STAFF_ROLES) {
    const allowed = readers.includes(role);
    it(`${role} ${allowed ? 'may' : 'may not'} read engagement figures`, () => {
      expect(canReadEngagement(role)).toBe(allowed);
    });
  }
});

describe('access policy: who reads the Operations report', () => {
  for (const role of STAFF_ROLES) {
    const allowed = role === 'admin';
    it(`${role} ${allowed ? 'may' : 'may not'} read operations figures`, () => {
      expect(canReadOperations(role)).toBe(allowed);
    });
  }
});
