import type { ExplanationItem, ExplanationKind } from '@carequeue/triage';

/** A run of the typed text; `kind` set when an explanation item points at it. */
export interface Segment {
  text: string;
  kind?: ExplanationKind;
}

export interface HighlightedText {
  subject: Segment[];
  body: Segment[];
}

export interface Range {
  start: number;
  end: number;
  kind: ExplanationKind;
}

/** When ranges overlap, the stronger reason colours the text: a red flag over a phrase. */
const STRENGTH: Partial<Record<ExplanationKind, number>> = { red_flag: 3, negated: 2, rule: 1, phrase: 1 };

/** The explanation items that point into the text, clamped to it; items without offsets are skipped. */
export function highlightRanges(items: readonly ExplanationItem[], length: number): Range[] {
  const ranges: Range[] = [];
  for (const item of items) {
    if (item.start === undefined || item.end === undefined) continue;
    const start = Math.max(0, Math.min(item.start, length));
    const end = Math.max(start, Math.min(item.end, length));
    if (end > start) ranges.push({ start, end, kind: item.kind });
  }
  return ranges;
}

/** Cuts `text` into plain and marked runs; each character takes the strongest range covering it. */
export function segmentText(text: string, ranges: readonly Range[]): Segment[] {
  if (!ranges.length) return text ? [{ text }] : [];
  const kinds: (ExplanationKind | undefined)[] = new Array(text.length);
  for (const r of ranges) {
    for (let i = Math.max(0, r.start); i < Math.min(r.end, text.length); i++) {
      const held = kinds[i];
      if (!held || (STRENGTH[r.kind] ?? 0) > (STRENGTH[held] ?? 0)) kinds[i] = r.kind;
    }
  }
  const segments: Segment[] = [];
  let from = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || kinds[i] !== kinds[from]) {
      const kind = kinds[from];
      segments.push(kind ? { text: text.slice(from, i), kind } : { text: text.slice(from, i) });
      from = i;
    }
  }
  return segments;
}

/**
 * The subject and body with the explanation's matches marked. Offsets count into
 * `subject + "\n" + body` (see `triageText()`), so the body's start at `subject.length + 1`.
 */
export function highlightMessage(subject: string, body: string, items: readonly ExplanationItem[]): HighlightedText {
  const ranges = highlightRanges(items, subject.length + 1 + body.length);
  const bodyStart = subject.length + 1;
  const shift = (r: Range, by: number): Range => ({ ...r, start: r.start - by, end: r.end - by });
  return {
    subject: segmentText(subject, ranges.filter((r) => r.start < subject.length)),
    body: segmentText(
      body,
      ranges.filter((r) => r.end > bodyStart).map((r) => shift(r, bodyStart)),
    ),
  };
}
