import { graphemeLength, graphemes } from './grapheme-length';

describe('graphemeLength', () => {
  it.each([
    ['', 0],
    ['refill please', 13],
    ['e\u0301', 1], // e + combining acute
    ['\u00e9', 1], // precomposed é
    ['👍🏽', 1], // emoji + skin tone modifier
    ['👨‍👩‍👧', 1], // ZWJ family
    ['🇺🇸', 1], // regional-indicator flag
    ['a\r\nb', 3], // CRLF is one grapheme
    ['a\rb', 3],
    ['שלום', 4], // right-to-left text
    ['مرحبا', 5], // Arabic
    ['你好世界', 4], // CJK
    ['नमस्ते', 3], // Devanagari conjuncts
  ])('counts %j as %i', (text, expected) => {
    expect(graphemeLength(text)).toBe(expected);
  });

  it('counts more code units than graphemes for emoji text', () => {
    const text = '😀'.repeat(10);
    expect(text.length).toBe(20);
    expect(graphemeLength(text)).toBe(10);
  });

  it('counts code points when Intl.Segmenter is missing (old browsers)', () => {
    const original = Intl.Segmenter;
    let fallback: typeof graphemeLength = () => -1;
    try {
      // The segmenter is created at import time, so load a fresh copy without it.
      (Intl as { Segmenter?: unknown }).Segmenter = undefined;
      jest.isolateModules(() => {
        fallback = (require('./grapheme-length') as { graphemeLength: typeof graphemeLength }).graphemeLength;
      });
    } finally {
      (Intl as { Segmenter?: unknown }).Segmenter = original;
    }
    expect(fallback('abc')).toBe(3);
    expect(fallback('e\u0301')).toBe(2); // overcounts, never undercounts
    expect(fallback('😀')).toBe(1);
  });
});

describe('graphemes', () => {
  it('splits without breaking clusters', () => {
    expect(graphemes('a🇺🇸e\u0301👍🏽')).toEqual(['a', '🇺🇸', 'e\u0301', '👍🏽']);
    expect(graphemes('ab')).toEqual(['a', 'b']);
    expect(graphemes('')).toEqual([]);
  });
});
