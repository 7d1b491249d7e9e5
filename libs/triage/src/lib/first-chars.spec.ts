import { expandAlternatives, firstChars, nextWordStarts, splitTopLevel, triggerOf } from './first-chars';

describe('regex prefix analysis', () => {
  it('finds the first characters of a pattern', () => {
    expect([...(firstChars('(?:pain|ache)s?') ?? [])].sort()).toEqual(['a', 'p']);
    expect([...(firstChars('(?:next\\s+)?slot') ?? [])].sort()).toEqual(['n', 's']);
    expect(firstChars('.+')).toBeNull();
  });

  it('splits at top-level bars only', () => {
    expect(splitTopLevel('a(?:b|c)|[|]d|e')).toEqual(['a(?:b|c)', '[|]d', 'e']);
  });

  it('multiplies out the start of a word', () => {
    expect(expandAlternatives("can'?t")).toEqual(["can't", 'cant']);
    expect(expandAlternatives('(?:pain|ache)\\s+in')).toEqual(['pain\\s+in', 'ache\\s+in']);
    expect(expandAlternatives('an[ae]?ph')).toEqual(['anaph', 'aneph', 'anph']);
    // Only the first word is spelled out; "slots?" at its end becomes both forms.
    expect(expandAlternatives('(?:next\\s+)?slots?')).toEqual(['next\\s+slots?', 'slots', 'slot']);
    expect(expandAlternatives('(?<!as\\s)(?:result|reuslt)\\s')).toEqual(['(?<!as\\s)result\\s', '(?<!as\\s)reuslt\\s']);
  });

  it('files alternatives by word', () => {
    expect(triggerOf('pain\\s+in')).toEqual({ kind: 'exact', word: 'pain', rest: '\\s+in' });
    expect(triggerOf('pains?')).toEqual({ kind: 'prefix', prefix: 'pain', stem: false });
    expect(triggerOf('ref+il')).toEqual({ kind: 'prefix', prefix: 'ref', stem: false });
    expect(triggerOf('pregnan\\w*')).toEqual({ kind: 'prefix', prefix: 'pregnan', stem: true });
    expect(triggerOf('\\d+\\s+days')).toEqual({ kind: 'chars', chars: new Set('0123456789') });
  });

  it('knows which word must follow', () => {
    expect(nextWordStarts('\\s+(?:heart|chest\\w*|\\d)')).toEqual({
      apostrophe: false,
      words: new Set(['heart']),
      prefixes: new Set(['chest']),
      singles: new Set('0123456789'),
    });
    expect(nextWordStarts("'t\\s+stop")).toEqual({ apostrophe: true, words: new Set(['t']), prefixes: new Set(), singles: new Set() });
    expect(nextWordStarts('s?')).toBeNull();
  });
});
