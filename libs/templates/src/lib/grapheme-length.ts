/**
 * Length as a person counts it: user-perceived characters (extended grapheme clusters).
 * "👍🏽", "é" written as e + combining accent, and "\r\n" each count as one.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Printable ASCII plus \t and \n: one code unit is one grapheme, so .length is exact.
// "\r" is left out because "\r\n" is a single grapheme.
const SIMPLE_TEXT = /^[\t\n\x20-\x7e]*$/;

export function graphemeLength(text: string): number {
  if (SIMPLE_TEXT.test(text)) return text.length;
  let count = 0;
  for (const _segment of segmenter.segment(text)) count++;
  return count;
}
