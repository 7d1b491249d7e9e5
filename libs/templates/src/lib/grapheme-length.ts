/**
 * Length as a person counts it: user-perceived characters (extended grapheme clusters).
 * "👍🏽", "é" written as e + combining accent, and "\r\n" each count as one.
 *
 * This runs in the browser (live counter) and in the API (authoritative check), so both must count
 * the same way: Unicode's grapheme rules through `Intl.Segmenter`, which Node 16+ and every current
 * browser ship. The segmenter is created once because construction is the expensive part.
 */
const segmenter: Intl.Segmenter | undefined =
  typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : undefined;

// Printable ASCII plus \t and \n: one code unit is one grapheme, so .length is exact.
// "\r" is left out because "\r\n" is a single grapheme.
const SIMPLE_TEXT = /^[\t\n\x20-\x7e]*$/;

export function graphemeLength(text: string): number {
  if (SIMPLE_TEXT.test(text)) return text.length;
  if (!segmenter) return codePointLength(text);
  return countItems(segmenter.segment(text));
}

/** The grapheme clusters of `text`, in order, so callers can cut text without splitting "🇺🇸" or "é". */
export function graphemes(text: string): string[] {
  if (SIMPLE_TEXT.test(text)) return text.split('');
  if (!segmenter) return Array.from(text);
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

// Fallback for an old browser without Intl.Segmenter: code points never undercount graphemes, so
// the live counter errs towards "over" and the server (which always has Intl.Segmenter) decides.
function codePointLength(text: string): number {
  return countItems(text);
}

// Counts without building an array: the live counter runs on every keystroke.
function countItems(items: Iterable<unknown>): number {
  const iterator = items[Symbol.iterator]();
  let count = 0;
  while (!iterator.next().done) count++;
  return count;
}
