import { signReply, signatureLine } from './reply-signature';
import { checkLength } from './channel-limits';

const physician = { name: 'Dr. Ana Ruiz', role: 'physician' } as const;
const assistant = { name: 'Sam Lee', role: 'medical_assistant' } as const;

describe('signReply', () => {
  it('appends the sender and role after a blank line', () => {
    expect(signReply('Your results are normal.', physician)).toBe('Your results are normal.\n\n— Dr. Ana Ruiz, Physician');
    expect(signReply('Your refill was sent.\n\n', assistant)).toBe('Your refill was sent.\n\n— Sam Lee, Medical Assistant');
  });

  it('uses a custom title and tidies whitespace in names', () => {
    expect(signatureLine({ name: '  Jo   Park ', role: 'nurse', title: 'Nurse Practitioner' })).toBe(
      '— Jo Park, Nurse Practitioner',
    );
    expect(signatureLine({ name: 'Jo Park', role: 'nurse', title: '  ' })).toBe('— Jo Park, Nurse');
  });

  it('refuses to sign without a name', () => {
    expect(() => signReply('Hello', { name: ' ', role: 'nurse' })).toThrow(RangeError);
  });

  it('does not sign twice for the same sender, but always ends with the real one', () => {
    const once = signReply('Hello', physician);
    expect(signReply(once, physician)).toBe(once);
    expect(signReply(once, assistant)).toBe(`${once}\n\n— Sam Lee, Medical Assistant`);
  });

  it('keeps right-to-left bodies intact', () => {
    expect(signReply('התוצאות תקינות.', { name: 'ד״ר רות כהן', role: 'physician' })).toBe(
      'התוצאות תקינות.\n\n— ד״ר רות כהן, Physician',
    );
  });

  it('is counted in the length: a body that fits alone can be over once signed', () => {
    const line = '— Sam Lee, Medical Assistant'; // 28 graphemes
    expect(line).toHaveLength(28);
    const body = 'a'.repeat(160 - 28 - 2);
    expect(checkLength(signReply(body, assistant), 'sms')).toEqual({ length: 160, limit: 160, remaining: 0, over: false });
    expect(checkLength(signReply(`${body}b`, assistant), 'sms').over).toBe(true);
  });
});
