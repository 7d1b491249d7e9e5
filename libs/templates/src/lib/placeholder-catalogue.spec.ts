import {
  EXAMPLE_CONTEXT,
  PLACEHOLDERS,
  PLACEHOLDER_NAMES,
  PLACEHOLDER_RESOLVERS,
  formatTemplateDate,
  isPlaceholderName,
  placeholderToken,
  present,
} from './placeholder-catalogue';

describe('placeholder catalogue', () => {
  it('lists the placeholders of the reply editor, each described, in a stable order', () => {
    expect(PLACEHOLDER_NAMES).toEqual([
      'patient.firstName',
      'patient.lastName',
      'patient.fullName',
      'physician.name',
      'physician.lastName',
      'practice.name',
      'practice.phone',
      'practice.portalUrl',
      'staff.name',
      'staff.role',
      'nextAvailable',
      'today',
    ]);
    for (const p of PLACEHOLDERS) {
      expect(p.description.length).toBeGreaterThan(5);
      expect(p.example.trim()).toBe(p.example);
      expect(p.example).not.toBe('');
    }
  });

  it('resolves every placeholder of EXAMPLE_CONTEXT to its documented example', () => {
    for (const p of PLACEHOLDERS) {
      expect([p.name, present(PLACEHOLDER_RESOLVERS[p.name](EXAMPLE_CONTEXT))]).toEqual([p.name, p.example]);
    }
  });

  it('recognises names exactly (case matters)', () => {
    expect(isPlaceholderName('patient.firstName')).toBe(true);
    expect(isPlaceholderName('patient.firstname')).toBe(false);
    expect(isPlaceholderName('toString')).toBe(false);
    expect(placeholderToken('today')).toBe('{{today}}');
  });

  it('derives the full name from its parts, including a single name', () => {
    const fullName = PLACEHOLDER_RESOLVERS['patient.fullName'];
    expect(fullName({ patient: { firstName: 'Maria', lastName: 'González' } })).toBe('Maria González');
    expect(fullName({ patient: { firstName: ' Madonna ', lastName: null } })).toBe('Madonna');
    expect(fullName({ patient: { fullName: 'M. González', firstName: 'Maria' } })).toBe('M. González');
    expect(fullName({ patient: {} })).toBeNull();
  });

  it('shows a staff role as its patient-facing title', () => {
    expect(PLACEHOLDER_RESOLVERS['staff.role']({ staff: { role: 'medical_assistant' } })).toBe('Medical Assistant');
    expect(PLACEHOLDER_RESOLVERS['staff.role']({ staff: { role: 'Nurse Practitioner' } })).toBe('Nurse Practitioner');
    expect(PLACEHOLDER_RESOLVERS['staff.role']({ staff: { role: '  ' } })).toBeNull();
  });

  it('treats blank values as absent', () => {
    expect(present('  ')).toBeNull();
    expect(present(undefined)).toBeNull();
    expect(present(null)).toBeNull();
    expect(present(' Ana ')).toBe('Ana');
  });

  it("formats today's date in the practice's time zone, not the server's", () => {
    const lateEveningInNewYork = new Date('2025-11-25T03:30:00Z');
    expect(formatTemplateDate(lateEveningInNewYork, 'America/New_York')).toBe('November 24, 2025');
    expect(formatTemplateDate(lateEveningInNewYork, 'Europe/Paris')).toBe('November 25, 2025');
  });
});
