import {
  DEFAULT_CHANNEL_LIMITS,
  checkLength,
  effectiveLimit,
  isChannel,
  resolveChannelLimits,
  validateChannelLimits,
} from './channel-limits';

describe('channel limits', () => {
  it('defaults to 2,000 for the portal and 160 for SMS', () => {
    expect(DEFAULT_CHANNEL_LIMITS).toEqual({ portal: 2000, sms: 160 });
    expect(resolveChannelLimits({ sms: 140 })).toEqual({ portal: 2000, sms: 140 });
    expect(resolveChannelLimits(null)).toEqual({ portal: 2000, sms: 160 });
  });

  it('takes the smaller of the channel and template limits', () => {
    expect(effectiveLimit('portal')).toBe(2000);
    expect(effectiveLimit('portal', { portal: 1500 })).toBe(1500);
    expect(effectiveLimit('portal', { portal: 1500 }, 300)).toBe(300);
    expect(effectiveLimit('portal', { portal: 1500 }, 3000)).toBe(1500);
    expect(effectiveLimit('sms', undefined, null)).toBe(160);
  });

  it('refuses nonsense limits loudly instead of letting everything through', () => {
    expect(() => effectiveLimit('portal', { portal: 0 })).toThrow(RangeError);
    expect(() => effectiveLimit('portal', { portal: Number.NaN })).toThrow(RangeError);
    expect(() => effectiveLimit('portal', {}, -5)).toThrow('templateLimit must be a whole number ≥ 1, got -5');
  });

  it('knows its channels', () => {
    expect(isChannel('portal')).toBe(true);
    expect(isChannel('sms')).toBe(true);
    expect(isChannel('email')).toBe(false);
    expect(isChannel(undefined)).toBe(false);
  });
});

describe('checkLength', () => {
  it('accepts a reply of exactly the limit and flags limit + 1', () => {
    expect(checkLength('a'.repeat(2000), 'portal')).toEqual({ length: 2000, limit: 2000, remaining: 0, over: false });
    expect(checkLength('a'.repeat(2001), 'portal')).toEqual({ length: 2001, limit: 2000, remaining: -1, over: true });
  });

  it('holds the SMS boundary at 160 graphemes', () => {
    expect(checkLength('x'.repeat(160), 'sms').over).toBe(false);
    expect(checkLength('x'.repeat(161), 'sms')).toEqual({ length: 161, limit: 160, remaining: -1, over: true });
  });

  it.each([
    ['skin-tone emoji', '👍🏽'],
    ['ZWJ family', '👨‍👩‍👧‍👦'],
    ['flag', '🇨🇦'],
    ['combining accent', 'e\u0301'],
    ['precomposed accent', '\u00e9'],
    ['Hebrew', 'ש'],
    ['Arabic', 'ع'],
    ['CJK', '漢'],
    ['CRLF', '\r\n'],
  ])('counts a %s as one character at the boundary', (_label, unit) => {
    expect(checkLength(unit.repeat(160), 'sms')).toEqual({ length: 160, limit: 160, remaining: 0, over: false });
    expect(checkLength(unit.repeat(161), 'sms').over).toBe(true);
  });

  it('counts e + combining acute and precomposed é alike', () => {
    expect(checkLength('Cafe\u0301', 'sms').length).toBe(checkLength('Caf\u00e9', 'sms').length);
    expect(checkLength('Cafe\u0301', 'sms').length).toBe(4);
  });

  it('applies practice and template limits', () => {
    expect(checkLength('hello', 'portal', { portal: 5 })).toEqual({ length: 5, limit: 5, remaining: 0, over: false });
    expect(checkLength('hello!', 'portal', { portal: 100 }, 5)).toEqual({
      length: 6,
      limit: 5,
      remaining: -1,
      over: true,
    });
  });

  it('defaults to the portal channel', () => {
    expect(checkLength('').limit).toBe(2000);
  });
});

describe('validateChannelLimits', () => {
  it('accepts partial and full settings', () => {
    expect(validateChannelLimits({ portal: 1200 })).toEqual([]);
    expect(validateChannelLimits({ portal: 1200, sms: 140 })).toEqual([]);
  });

  it('names each bad field', () => {
    expect(validateChannelLimits({ portal: 0, sms: 'x', fax: 10 })).toEqual([
      { field: 'limits.portal', message: 'A limit must be a whole number of characters, at least 1' },
      { field: 'limits.sms', message: 'A limit must be a whole number of characters, at least 1' },
      { field: 'limits.fax', message: 'Unknown channel "fax"; channels are portal, sms' },
    ]);
    expect(validateChannelLimits(null)).toHaveLength(1);
    expect(validateChannelLimits([1, 2])[0].field).toBe('limits');
  });
});
