/**
 * Summary statistics of the Operations report. The API computes them in SQL; these functions are
 * the specification the SQL must match (the integration test checks one against the other).
 */

/**
 * The p-th percentile (0 <= p <= 1) by **linear interpolation between closest ranks**: with the n
 * values sorted ascending, the position is `(n - 1) * p` (0-based); a fractional position
 * interpolates between its two neighbours. This is PostgreSQL's `percentile_cont`, NumPy's default
 * and Excel's `PERCENTILE.INC`. The median is p = 0.5: the middle value, or the mean of the two
 * middle values. Null for no values: a percentile of nothing is unknown, not zero.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile must be between 0 and 1, got ${p}`);
  if (values.some((v) => !Number.isFinite(v))) throw new RangeError('percentile of a value that is not a finite number');
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] as number;
  const high = sorted[above] as number;
  return low + (high - low) * (position - below);
}

export function median(values: readonly number[]): number | null {
  return percentile(values, 0.5);
}

/** part / whole, or null when there is no whole (0 of 0 is "no data", not 0 %). */
export function ratio(part: number, whole: number): number | null {
  if (part < 0 || whole < 0 || part > whole) throw new RangeError(`ratio needs 0 <= part <= whole, got ${part} / ${whole}`);
  return whole === 0 ? null : part / whole;
}

/**
 * Throughput: messages handled per hour of time spent on them (batch mode records the time per
 * message). Null when no time was recorded, rather than an infinite rate.
 */
export function messagesPerHour(messages: number, spentMs: number): number | null {
  if (messages < 0 || spentMs < 0) throw new RangeError('messages and time spent must not be negative');
  return spentMs === 0 ? null : (messages * 3_600_000) / spentMs;
}
