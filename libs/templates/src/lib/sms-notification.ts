import { DEFAULT_CHANNEL_LIMITS, isValidLimit } from './channel-limits';
import { graphemeLength, graphemes } from './grapheme-length';

/**
 * The text message telling a patient a reply is waiting. It takes only the practice's name and the
 * portal address, so it cannot carry clinical content: a phone's lock screen is not private.
 *
 * It must fit the SMS limit (160 graphemes by default). Only the practice name is shortened to make
 * it fit; the sentence around it is fixed. Order of preference:
 *   1. "You have a new message from {name}. Sign in at {url} to read it."
 *   2. the same without the address, if keeping it would cut the name below MIN_NAME_GRAPHEMES
 *   3. "You have a new message from your care team. …" when no name is given or none fits.
 * The shortening uses "..." rather than "…": plain ASCII keeps the text in the GSM-7 alphabet that
 * carriers send 160 to a message (one non-GSM character drops a message to 70).
 */

const OPENING = 'You have a new message from ';
const GENERIC_SENDER = 'your care team';
const ELLIPSIS = '...';
/** Below this a shortened name stops identifying the practice; drop the link instead. */
export const MIN_NAME_GRAPHEMES = 12;

export function smsNotificationText(
  practiceName: string,
  portalUrl?: string | null,
  limit: number = DEFAULT_CHANNEL_LIMITS.sms,
): string {
  if (!isValidLimit(limit)) throw new RangeError(`SMS limit must be a whole number ≥ 1, got ${String(limit)}`);
  const name = collapse(practiceName);
  const url = collapse(portalUrl ?? '');
  const closings = url === '' ? [] : [`. Sign in at ${url} to read it.`];
  closings.push('. Sign in to your patient portal to read it.');

  if (name !== '') {
    for (const closing of closings) {
      const budget = limit - graphemeLength(OPENING) - graphemeLength(closing);
      if (budget < Math.min(MIN_NAME_GRAPHEMES, graphemeLength(name))) continue;
      const shown = shortenPracticeName(name, budget);
      // "Riverside..." or "Smith & Co." already end the sentence: no second period.
      return OPENING + shown + (shown.endsWith('.') ? closing.slice(1) : closing);
    }
  }
  for (const closing of closings) {
    const text = OPENING + GENERIC_SENDER + closing;
    if (graphemeLength(text) <= limit) return text;
  }
  const shortest = 'You have a new message in your patient portal.';
  if (graphemeLength(shortest) <= limit) return shortest;
  throw new RangeError(`An SMS limit of ${limit} is too small for a notification`);
}

/**
 * The practice name cut to at most `max` graphemes, at a word boundary when one is close, with "..."
 * to show it was cut. Never splits a grapheme (an accented letter or emoji stays whole).
 */
export function shortenPracticeName(name: string, max: number): string {
  if (!isValidLimit(max)) throw new RangeError(`max must be a whole number ≥ 1, got ${String(max)}`);
  const clean = collapse(name);
  const parts = graphemes(clean);
  if (parts.length <= max) return clean;
  if (max <= ELLIPSIS.length) return parts.slice(0, max).join('');

  const room = max - ELLIPSIS.length;
  let cut = room;
  // Back up to the last space if that keeps most of the room; otherwise cut inside the word.
  const space = parts.lastIndexOf(' ', room);
  if (space >= Math.ceil(room / 2)) cut = space;
  const kept = parts.slice(0, cut).join('').replace(/[\s,.;:&/-]+$/u, '');
  return kept + ELLIPSIS;
}

function collapse(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}
