import type { FieldError } from '@carequeue/contracts';
import { graphemeLength } from './grapheme-length';

/**
 * Where a text goes, and how long it may be there. Lengths are user-perceived characters
 * (`graphemeLength`), so "👍🏽" or an accented letter typed as two code points counts once, the same
 * in the browser's live counter and in the API's authoritative check. Over-limit text is refused,
 * never truncated: a clipped clinical reply could change its meaning.
 */

export const CHANNELS = ['portal', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];

export const DEFAULT_CHANNEL: Channel = 'portal';

/** Per-practice limits, in graphemes. */
export type ChannelLimits = Record<Channel, number>;

/** Portal replies: room for a real answer. SMS: one standard text message. */
export const DEFAULT_CHANNEL_LIMITS: Readonly<ChannelLimits> = Object.freeze({ portal: 2000, sms: 160 });

export interface LengthCheck {
  /** Graphemes in the text. */
  length: number;
  /** The limit that applies: the smaller of the channel's and the template's. */
  limit: number;
  /** limit − length; negative when over. */
  remaining: number;
  over: boolean;
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

/** A practice's limits with defaults filled in for channels it does not configure. */
export function resolveChannelLimits(overrides?: Partial<ChannelLimits> | null): ChannelLimits {
  const merged = { ...DEFAULT_CHANNEL_LIMITS, ...definedOnly(overrides ?? {}) };
  for (const channel of CHANNELS) assertLimit(merged[channel], `limits.${channel}`);
  return merged;
}

/**
 * The limit for one text: the channel's (practice setting or default) or the template's own,
 * whichever is smaller. A template cannot raise a practice limit.
 */
export function effectiveLimit(
  channel: Channel,
  limits?: Partial<ChannelLimits> | null,
  templateLimit?: number | null,
): number {
  const channelLimit = resolveChannelLimits(limits)[channel];
  if (templateLimit === undefined || templateLimit === null) return channelLimit;
  assertLimit(templateLimit, 'templateLimit');
  return Math.min(channelLimit, templateLimit);
}

export function checkLength(
  text: string,
  channel: Channel = DEFAULT_CHANNEL,
  limits?: Partial<ChannelLimits> | null,
  templateLimit?: number | null,
): LengthCheck {
  const length = graphemeLength(text);
  const limit = effectiveLimit(channel, limits, templateLimit);
  return { length, limit, remaining: limit - length, over: length > limit };
}

/** For the practice-settings form: each bad limit named by field, to become a 400. */
export function validateChannelLimits(limits: unknown): FieldError[] {
  if (limits === null || typeof limits !== 'object' || Array.isArray(limits)) {
    return [{ field: 'limits', message: 'Limits must be an object such as { "portal": 2000, "sms": 160 }' }];
  }
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(limits)) {
    if (!isChannel(key)) {
      errors.push({ field: `limits.${key}`, message: `Unknown channel "${key}"; channels are ${CHANNELS.join(', ')}` });
    } else if (value !== undefined && !isValidLimit(value)) {
      errors.push({ field: `limits.${key}`, message: 'A limit must be a whole number of characters, at least 1' });
    }
  }
  return errors;
}

export function isValidLimit(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

// A bad limit here is a configuration bug that validation should have caught: fail loudly rather
// than let every reply through (NaN compares false) or block every reply (0).
function assertLimit(value: unknown, what: string): void {
  if (!isValidLimit(value)) throw new RangeError(`${what} must be a whole number ≥ 1, got ${String(value)}`);
}

function definedOnly(limits: Partial<ChannelLimits>): Partial<ChannelLimits> {
  const result: Partial<ChannelLimits> = {};
  for (const channel of CHANNELS) {
    const value = limits[channel];
    if (value !== undefined && value !== null) result[channel] = value;
  }
  return result;
}

/** "2,000": limits in messages read like numbers, not code. */
export function formatCount(value: number): string {
  return new Intl.NumberFormat('en-US').format(value);
}
