import { editDistance, suggestPlaceholder } from './placeholder-suggestion';

describe('suggestPlaceholder', () => {
  it.each([
    ['patient.firstname', 'patient.firstName'],
    ['Patient First Name', 'patient.firstName'],
    ['patient_first_name', 'patient.firstName'],
    ['firstName', 'patient.firstName'],
    ['pateint.lastName', 'patient.lastName'],
    ['practice.phon', 'practice.phone'],
    ['practise.phone', 'practice.phone'],
    ['physician.nmae', 'physician.name'],
    ['portalUrl', 'practice.portalUrl'],
    ['Today', 'today'],
    ['nextavailable', 'nextAvailable'],
    ['staff.title', 'staff.role'],
  ])('suggests %s → %s', (unknown, expected) => {
    expect(suggestPlaceholder(unknown)).toBe(expected);
  });

  it.each(['nextAppointment', 'insurance.memberId', 'x', '...'])('offers nothing for %s', (unknown) => {
    expect(suggestPlaceholder(unknown)).toBeNull();
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['ab', 'ba', 1], // adjacent swap is one edit
    ['physician', 'physcian', 1],
  ])('%s ↔ %s = %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });
});
