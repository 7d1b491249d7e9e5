import { validateTemplate } from './template-validator';

const ok = { name: 'Refill sent', body: 'Hi {{patient.firstName}}, your refill was sent.' };

describe('validateTemplate', () => {
  it('accepts a valid template', () => {
    expect(validateTemplate(ok)).toEqual([]);
    expect(validateTemplate({ ...ok, channel: 'sms', maxLength: 100 })).toEqual([]);
    expect(validateTemplate({ ...ok, body: 'Hi {{ patient.firstName }}' })).toEqual([]);
  });

  it('requires a name and a body', () => {
    expect(validateTemplate({ name: '  ', body: '\n ' })).toEqual([
      { field: 'name', code: 'name_required', message: 'Name is required' },
      { field: 'body', code: 'body_required', message: 'Body is required' },
    ]);
    expect(validateTemplate({}).map((e) => e.field)).toEqual(['name', 'body']);
  });

  it('names an unknown placeholder, its position and the closest known one', () => {
    const errors = validateTemplate({ ...ok, body: 'Hello,\nDear {{ patient.firstname }}, see you' });
    expect(errors).toEqual([
      {
        field: 'body',
        code: 'unknown_placeholder',
        message: 'Unknown placeholder {{patient.firstname}} at line 2, column 6; did you mean {{patient.firstName}}?',
        index: 12,
        length: 23,
        placeholder: 'patient.firstname',
        suggestion: 'patient.firstName',
      },
    ]);
  });

  it('reports an unknown placeholder without a guess when nothing is close', () => {
    const [error] = validateTemplate({ ...ok, body: 'Your visit: {{nextAppointment}}' });
    expect(error.message).toBe('Unknown placeholder {{nextAppointment}} at line 1, column 13');
    expect(error.suggestion).toBeUndefined();
  });

  it('reports unbalanced braces and empty placeholders in text order', () => {
    const errors = validateTemplate({ ...ok, body: 'Call {{practice.phone or }} {{ }}' });
    expect(errors.map((e) => e.message)).toEqual([
      'Unknown placeholder {{practice.phone or}} at line 1, column 6; did you mean {{practice.phone}}?',
      'Empty placeholder "{{}}" at line 1, column 29',
    ]);
    expect(validateTemplate({ ...ok, body: 'Call {{practice.phone' }).map((e) => e.message)).toEqual([
      '"{{" is never closed with "}}" at line 1, column 6',
    ]);
    expect(validateTemplate({ ...ok, body: 'Call practice.phone}} today' }).map((e) => [e.code, e.index])).toEqual([
      ['unopened_braces', 19],
    ]);
  });

  it('shortens a runaway name in the message', () => {
    const [error] = validateTemplate({ ...ok, body: `{{${'a'.repeat(60)}}}` });
    expect(error.message).toBe(`Unknown placeholder {{${'a'.repeat(39)}…}} at line 1, column 1`);
  });

  it('rejects a bad channel and a bad maximum length by field', () => {
    expect(validateTemplate({ ...ok, channel: 'email', maxLength: 0 })).toEqual([
      { field: 'channel', code: 'invalid_channel', message: 'Channel must be one of portal, sms' },
      {
        field: 'maxLength',
        code: 'invalid_max_length',
        message: 'Maximum length must be a whole number of characters, at least 1',
      },
    ]);
    expect(validateTemplate({ ...ok, maxLength: 12.5 }).map((e) => e.field)).toEqual(['maxLength']);
    expect(validateTemplate({ ...ok, maxLength: '100' }).map((e) => e.field)).toEqual(['maxLength']);
  });

  describe('body length against the template limit', () => {
    it('accepts exactly the limit and rejects one more', () => {
      expect(validateTemplate({ name: 'x', body: 'a'.repeat(50), maxLength: 50 })).toEqual([]);
      expect(validateTemplate({ name: 'x', body: 'a'.repeat(51), maxLength: 50 })).toEqual([
        { field: 'body', code: 'body_too_long', message: 'Body is 51 characters; the limit for this template is 50' },
      ]);
    });

    it('counts graphemes, so 50 flags fit a 50 limit', () => {
      expect(validateTemplate({ name: 'x', body: '🇺🇸'.repeat(50), maxLength: 50 })).toEqual([]);
      expect(validateTemplate({ name: 'x', body: '🇺🇸'.repeat(51), maxLength: 50 })).toHaveLength(1);
    });

    it('uses the channel limit when the template has none, and the smaller of the two', () => {
      expect(validateTemplate({ name: 'x', body: 'a'.repeat(2000) })).toEqual([]);
      expect(validateTemplate({ name: 'x', body: 'a'.repeat(2001) })[0].message).toBe(
        'Body is 2,001 characters; the limit for this template is 2,000',
      );
      expect(validateTemplate({ name: 'x', body: 'a'.repeat(161), channel: 'sms', maxLength: 500 })[0].message).toBe(
        'Body is 161 characters; the limit for this template is 160',
      );
      expect(
        validateTemplate({ name: 'x', body: 'a'.repeat(1001) }, { limits: { portal: 1000 } }).map((e) => e.code),
      ).toEqual(['body_too_long']);
    });
  });
});
