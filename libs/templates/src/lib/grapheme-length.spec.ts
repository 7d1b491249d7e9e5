import { graphemeLength } from './grapheme-length';

describe('graphemeLength', () => {
  it.each([
    ['', 0],
    ['refill please', 13],
    ['e\u0301', 1], // e + combining acute
    ['👍🏽', 1], // emoji + skin tone modifier
    ['👨‍👩‍👧', 1], // ZWJ family
    ['🇺🇸', 1], // regional-indicator flag
    ['a\r\nb', 3], // CRLF is one grapheme
    ['שלום', 4], // right-to-left text
    ['नमस्ते', 3], // Devanagari conjuncts
  ])('counts %j as %i', (text, expected) => {
    expect(graphemeLength(text)).toBe(expected);
  });

  it('counts more code units than graphemes for emoji text', () => {
    const text = '😀'.repeat(10);
    expect(text.length).toBe(20);
    expect(graphemeLength(text)).toBe(10);
  });
});
