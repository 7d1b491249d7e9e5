import { graphemeLength } from './grapheme-length';
import { MIN_NAME_GRAPHEMES, shortenPracticeName, smsNotificationText } from './sms-notification';

describe('smsNotificationText', () => {
  it('names the practice and nothing clinical', () => {
    expect(smsNotificationText('Riverside Family Medicine')).toBe(
      'You have a new message from Riverside Family Medicine. Sign in to your patient portal to read it.',
    );
  });

  it('includes the portal address when given', () => {
    expect(smsNotificationText('Riverside Family Medicine', 'https://portal.riversidefm.example')).toBe(
      'You have a new message from Riverside Family Medicine. Sign in at https://portal.riversidefm.example to read it.',
    );
  });

  it('tidies whitespace and falls back to "your care team" without a name', () => {
    expect(smsNotificationText('  Riverside \n Clinic ')).toBe(
      'You have a new message from Riverside Clinic. Sign in to your patient portal to read it.',
    );
    expect(smsNotificationText('   ')).toBe(
      'You have a new message from your care team. Sign in to your patient portal to read it.',
    );
  });

  it('shortens a long practice name, not the message, to fit exactly 160', () => {
    const name = 'The Greater Riverside Valley Community Family Medicine and Pediatrics Associates of Northern Springfield County Health Partners';
    const text = smsNotificationText(name);
    expect(graphemeLength(text)).toBeLessThanOrEqual(160);
    expect(text).toBe(
      'You have a new message from The Greater Riverside Valley Community Family Medicine and Pediatrics Associates of... Sign in to your patient portal to read it.',
    );
    expect(text.startsWith('You have a new message from The Greater Riverside')).toBe(true);
    expect(text.endsWith('. Sign in to your patient portal to read it.')).toBe(true);
  });

  it('fits 160 graphemes for names written with emoji, accents, RTL and CJK', () => {
    for (const name of [
      'Clínica Familiar São José 🇧🇷 '.repeat(8),
      'מרפאת המשפחה של רמת השרון '.repeat(8),
      '河畔家庭医学诊所'.repeat(30),
      'Cafe\u0301 Clinic '.repeat(20),
    ]) {
      const text = smsNotificationText(name, 'https://p.example');
      expect(graphemeLength(text)).toBeLessThanOrEqual(160);
      expect(text).toMatch(/^You have a new message from .+\.\.\. Sign in at https:\/\/p\.example to read it\.$/su);
    }
  });

  it('drops the address rather than cut the name to nothing, and still fits', () => {
    const url = `https://portal.example/${'x'.repeat(90)}`;
    const text = smsNotificationText('Riverside Family Medicine', url);
    expect(text).toBe(
      'You have a new message from Riverside Family Medicine. Sign in to your patient portal to read it.',
    );
  });

  it('keeps a short name whole next to a long address up to exactly 160', () => {
    const url = `https://portal.example/${'x'.repeat(78)}`; // 101 graphemes
    const text = smsNotificationText('Oak MD', url);
    expect(text).toBe(`You have a new message from Oak MD. Sign in at ${url} to read it.`);
    expect(graphemeLength(text)).toBe(160);
    // One more character in the address would make 161: the address goes, the name stays.
    expect(smsNotificationText('Oak MD', `${url}x`)).toBe(
      'You have a new message from Oak MD. Sign in to your patient portal to read it.',
    );
  });

  it('respects a smaller configured SMS limit', () => {
    expect(smsNotificationText('Riverside Family Medicine', null, 70)).toBe(
      'You have a new message in your patient portal.',
    );
    expect(graphemeLength(smsNotificationText('Riverside Family Medicine', null, 90))).toBeLessThanOrEqual(90);
    expect(smsNotificationText('Riverside Family Medicine', null, 90)).toBe(
      'You have a new message from Riverside... Sign in to your patient portal to read it.',
    );
    expect(smsNotificationText('Riverside Family Medicine', null, 80)).toBe(
      'You have a new message in your patient portal.',
    );
    expect(smsNotificationText('Smith & Co.')).toBe(
      'You have a new message from Smith & Co. Sign in to your patient portal to read it.',
    );
    expect(() => smsNotificationText('Riverside', null, 20)).toThrow(RangeError);
  });

  it('never exceeds the limit at any limit from 47 to 200', () => {
    const name = 'Riverside Family Medicine & Pediatrics 👨‍👩‍👧 of Springfield';
    for (let limit = 47; limit <= 200; limit++) {
      expect(graphemeLength(smsNotificationText(name, 'https://portal.example', limit))).toBeLessThanOrEqual(limit);
    }
  });
});

describe('shortenPracticeName', () => {
  it('leaves names that fit alone', () => {
    expect(shortenPracticeName('Riverside Family Medicine', 25)).toBe('Riverside Family Medicine');
  });

  it('cuts at a word boundary and marks the cut', () => {
    expect(shortenPracticeName('Riverside Family Medicine', 24)).toBe('Riverside Family...');
    expect(shortenPracticeName('Riverside Family Medicine', 12)).toBe('Riverside...');
  });

  it('cuts inside a word when the last space is too far back', () => {
    expect(shortenPracticeName('Riverside Family Medicine', 8)).toBe('River...');
    expect(shortenPracticeName('Supercalifragilistic Clinic', 10)).toBe('Superca...');
  });

  it('drops trailing punctuation before the marker', () => {
    expect(shortenPracticeName('Smith, Jones & Partners', 15)).toBe('Smith, Jones...');
    expect(shortenPracticeName('Smith & Jones Partners', 12)).toBe('Smith...');
  });

  it('never splits a grapheme', () => {
    expect(shortenPracticeName('🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸', 4)).toBe('🇺...'.replace('🇺', '🇺🇸'));
    expect(shortenPracticeName('Cafe\u0301Cafe\u0301', 7)).toBe('Cafe\u0301...');
    expect(shortenPracticeName('👨‍👩‍👧abc', 2)).toBe('👨‍👩‍👧a');
  });

  it('has a sensible minimum', () => {
    expect(MIN_NAME_GRAPHEMES).toBe(12);
    expect(() => shortenPracticeName('Clinic', 0)).toThrow(RangeError);
  });
});
