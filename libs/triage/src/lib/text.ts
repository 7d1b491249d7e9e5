/**
 * The one string the engine reads: `subject + "\n" + body`. Every explanation offset points into it,
 * so a client can highlight `triageText(input).slice(item.start, item.end)`.
 */
export function triageText(input: { subject: string; body: string }): string {
  return `${input.subject ?? ''}\n${input.body ?? ''}`;
}

const CURLY_QUOTES = /[\u2018\u2019\u02bc\u00b4`]/g;
const NEEDS_QUOTE_FIX = /[\u2018\u2019\u02bc\u00b4`]/;

/**
 * Lower-cases once and folds curly apostrophes to "'", keeping every character at its offset
 * so that positions found in the folded text are valid in the original.
 */
export function foldText(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) lower = foldPerChar(text);
  if (NEEDS_QUOTE_FIX.test(lower)) lower = lower.replace(CURLY_QUOTES, "'");
  return lower;
}

// A few characters (e.g. "İ") grow when lower-cased; keep those as they are so offsets hold.
function foldPerChar(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const lower = ch.toLowerCase();
    out += lower.length === 1 ? lower : ch;
  }
  return out;
}
