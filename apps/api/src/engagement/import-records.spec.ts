import { checkRecords } from './import-records';
import { providerEmail, splitName } from './import.service';

describe('import record validation', () => {
  it('normalises instants to UTC milliseconds and keeps absent optional fields absent', () => {
    const { records, errors } = checkRecords([
      { type: 'access_granted', patientId: 'p1', at: '2025-03-04T09:00:00.123456-05:00' },
      { type: 'patient', id: 'p1', birthDate: '1950-02-28' },
      { type: 'patient', id: 'p2', birthDate: '1950-02-28', primaryProviderId: null, name: null },
    ]);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { index: 0, type: 'access_granted', patientId: 'p1', encounterId: null, providerId: null, action: null, at: '2025-03-04T14:00:00.123Z' },
      { index: 1, type: 'patient', id: 'p1', birthDate: '1950-02-28', primaryProviderId: undefined, name: undefined },
      { index: 2, type: 'patient', id: 'p2', birthDate: '1950-02-28', primaryProviderId: null, name: null },
    ]);
  });

  it('reports each problem with its index and field', () => {
    const { errors } = checkRecords([
      null,
      { type: 'provider', id: 'x', name: 'Dr X', role: 'physician', email: 'x@y' },
      { type: 'encounter', id: 'e', patientId: 'p', providerId: 'd', date: '2025-02-29', kind: 'office_visit', infoAvailableAt: '2025-03-01' },
      { type: 'copy_requested', patientId: 42, at: '1700-01-01T00:00:00Z' },
      { type: 'provider', id: 'a\u0000b', name: 'x'.repeat(201), role: ' ' },
      { type: 'toString' },
    ]);
    expect(errors.map((e) => [e.index, e.field])).toEqual([
      [0, 'type'],
      [1, 'email'],
      [2, 'date'],
      [2, 'infoAvailableAt'],
      [3, 'patientId'],
      [3, 'at'],
      [4, 'id'],
      [4, 'name'],
      [4, 'role'],
      [5, 'type'],
    ]);
  });
});

describe('provider and patient mapping helpers', () => {
  it('derives a stable placeholder email per practice and provider', () => {
    expect(providerEmail('practice-1', 'dr-1')).toBe(providerEmail('practice-1', 'dr-1'));
    expect(providerEmail('practice-1', 'dr-1')).not.toBe(providerEmail('practice-2', 'dr-1'));
    expect(providerEmail('practice-1', 'dr-1')).toMatch(/^provider-[0-9a-f]{24}@import\.invalid$/);
  });

  it.each([
    ['Mary Ann Smith', ['Mary Ann', 'Smith']],
    ['  Cher ', ['', 'Cher']],
    ['Jean  Dupont', ['Jean', 'Dupont']],
  ])('splits %j at the last space', (name, expected) => {
    expect(splitName(name)).toEqual(expected);
  });
});
