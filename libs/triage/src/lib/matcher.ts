import { expandAlternatives, nextWordStarts, triggerOf, type Trigger } from './first-chars';

/**
 * Fast phrase scanning for several lexicons at once.
 *
 * Every pattern is split into alternatives, and each alternative is filed under the word it can
 * start at (its literal first word, or a 1-3 character prefix of it). A scan walks the words of
 * the text once; for each word, one or two lookups on small integers give one small sticky regex
 * per lexicon holding only the alternatives that can start there, and the scan runs it.
 * Everything is compiled at module load; nothing is built per message.
 *
 * Within a lexicon, terms sharing one meta object (or equal primitive meta) are compiled together;
 * at one position the longest match wins (the first listed meta on a tie), and hits never overlap.
 */
export interface TermSpec<M> {
  /** Regex source over folded (lower-cased) text, with no capturing groups of its own. */
  pattern: string;
  meta: M;
}

export interface Hit<M> {
  meta: M;
  start: number;
  end: number;
}

interface NextFilter {
  /** Hashes (see hashOf) of whole next words. */
  words: Set<number>;
  /** Prefixes the next word may start with. */
  prefixes: string[];
  /** First characters the next word may start with. */
  singles: Set<number>;
}

/**
 * What to try at a word for one lexicon. A class, so every entry has the same shape and the
 * scan's property reads stay monomorphic (this matters: the scan is the engine's hot loop).
 */
class Sticky {
  constructor(
    /** All alternatives, no capture groups: `test` allocates nothing, and most attempts fail. */
    readonly regex: RegExp | undefined,
    readonly metas: unknown[],
    /** When there are several metas: one regex per meta, tried after a hit to name it. */
    readonly perMeta: RegExp[] | undefined,
    /**
     * For a whole-word entry: the meta of a term that is exactly this word ("pharmacy"). Such a
     * hit needs no regex; the regex (if any) only looks for longer phrases starting here.
     */
    readonly bare: unknown,
    /**
     * For a whole-word entry whose every longer alternative needs a next word ("my\\s+heart",
     * "can't"): the words allowed after a space and after an apostrophe. Skips most attempts at
     * "my", "the", "i", "can"…
     */
    readonly next: { space: NextFilter; apostrophe: NextFilter } | undefined,
    /** For a prefix entry: stems ("infect\\w*") that match a whole word starting with `prefix`. */
    readonly stems: { prefix: string; meta: unknown }[] | undefined,
  ) {}
}

/** One entry per lexicon: the regex to run at a word, if any. */
type Slot = (Sticky | undefined)[];

export interface LexiconSet {
  readonly size: number;
  /** By hash of a whole word (see hashOf); the word is compared before use. */
  readonly exact: ReadonlyMap<number, { word: string; slot: Slot }[]>;
  /** By numeric key of a word's first 3 ASCII characters (see keyOf). */
  readonly prefixes: ReadonlyMap<number, Slot>;
  /** By first two ASCII character codes (c1 * 128 + c2), and by first character code. */
  readonly pairs: readonly (Slot | undefined)[];
  readonly singles: readonly (Slot | undefined)[];
  /** Prefixes with a non-ASCII character (accented words), by the prefix itself. */
  readonly wide: ReadonlyMap<string, Slot>;
  /** By ASCII character code, for alternatives that start with a symbol ("$"). */
  readonly symbols: readonly (Slot | undefined)[];
}

interface Alternative {
  pattern: string;
  meta: unknown;
  trigger: Trigger;
}

// Word characters for our boundaries: letters (incl. accented) and digits, not "_" or "'".
const WORD_AFTER = '(?![a-z0-9\\u00c0-\\u024f])';
const KEY_LENGTH = 3;
const ASCII = 128;

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 0xc0 && code <= 0x24f);
}

/**
 * Numeric key of a 1-3 character ASCII prefix (7 bits per character plus its length), small
 * enough to stay a V8 small integer; -1 when a character is not ASCII.
 */
function keyOf(text: string, start: number, length: number): number {
  let key = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(start + i);
    if (c >= ASCII) return -1;
    key = (key << 7) | c;
  }
  return (key << 2) | length;
}

/** 30-bit FNV-1a of a word (a V8 small integer), computed the same way at build and scan time. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

const ALL_CHARS = Array.from({ length: ASCII }, (_, i) => String.fromCharCode(i));

/** Compiles lexicons (lists of terms) into one scanner; hits come back per lexicon, in order. */
export function compileLexicons(lexicons: readonly (readonly TermSpec<unknown>[])[]): LexiconSet {
  const perLexicon = lexicons.map((terms) => {
    const alts: Alternative[] = [];
    for (const term of terms) {
      assertNoCaptures(term.pattern);
      for (const pattern of expandAlternatives(term.pattern)) alts.push({ pattern, meta: term.meta, trigger: triggerOf(pattern) });
    }
    return alts;
  });
  const exactWords = new Set<string>();
  const keys = new Set<string>();
  const symbolChars = new Set<string>();
  for (const alts of perLexicon) {
    for (const { trigger } of alts) {
      if (trigger.kind === 'exact') exactWords.add(trigger.word);
      else if (trigger.kind === 'prefix') keys.add(trigger.prefix.slice(0, KEY_LENGTH));
      else for (const c of trigger.chars ?? ALL_CHARS) (isWordCode(c.charCodeAt(0)) ? keys : symbolChars).add(c);
    }
  }
  // A leading lookbehind ("(?<!gym\\s)again") must run, so such a term always goes through its regex.
  const looksBehind = (a: Alternative) => a.pattern.startsWith('(?<');
  const isStem = (a: Alternative) => a.trigger.kind === 'prefix' && a.trigger.stem && !looksBehind(a);
  const caches = perLexicon.map(() => new Map<string, Sticky>());
  const indexes = perLexicon.map((alts) => new Map(alts.map((a, i) => [a, i])));
  const build = (lexicon: number, list: Alternative[]): Sticky | undefined => {
    if (list.length === 0) return undefined;
    const id = list.map((a) => indexes[lexicon].get(a)).join(',');
    let sticky = caches[lexicon].get(id);
    if (!sticky) caches[lexicon].set(id, (sticky = compileSticky(list)));
    return sticky;
  };
  // A word equal to `word`: its exact alternatives, and every prefix/char alternative it starts with.
  const fitsWord = (a: Alternative, word: string) =>
    a.trigger.kind === 'exact'
      ? a.trigger.word === word
      : a.trigger.kind === 'prefix'
        ? word.startsWith(a.trigger.prefix)
        : a.trigger.chars === null || a.trigger.chars.has(word[0]);
  // Any other word whose longest filed key is `key`.
  const fitsKey = (a: Alternative, key: string) =>
    a.trigger.kind === 'prefix'
      ? a.trigger.prefix.startsWith(key) || key.startsWith(a.trigger.prefix)
      : a.trigger.kind === 'chars' && (a.trigger.chars === null || a.trigger.chars.has(key[0]));

  const exact = new Map<number, { word: string; slot: Slot }[]>();
  for (const word of exactWords) {
    const slot = perLexicon.map((alts, l) => {
      // Alternatives that stay inside one word ("ref+il+(?:s|ed)?") are decided here, once: they
      // match this whole word or never match at it.
      const list = alts.filter((a) => fitsWord(a, word) && (!isWordInternal(a.pattern) || wholeWord(a.pattern, word)));
      // Terms that are exactly this word, a stem of it, or word-internal match the whole word without a regex.
      const isBare = (a: Alternative) =>
        !looksBehind(a) && ((a.trigger.kind === 'exact' && a.trigger.rest === '') || isStem(a) || isWordInternal(a.pattern));
      const bare = list.find(isBare);
      const longer = list.filter((a) => !isBare(a));
      const sticky = build(l, longer);
      if (sticky === undefined) return bare === undefined ? undefined : new Sticky(undefined, [bare.meta], undefined, bare.meta, undefined, undefined);
      return new Sticky(sticky.regex, sticky.metas, sticky.perMeta, bare?.meta, nextWordFilter(longer), undefined);
    });
    const hash = hashOf(word, 0, word.length);
    const list = exact.get(hash);
    if (list) list.push({ word, slot });
    else exact.set(hash, [{ word, slot }]);
  }
  const prefixes = new Map<number, Slot>();
  const wide = new Map<string, Slot>();
  const pairs: (Slot | undefined)[] = new Array(ASCII * ASCII).fill(undefined);
  const singles: (Slot | undefined)[] = new Array(ASCII).fill(undefined);
  for (const key of keys) {
    // Each lexicon's regex for this key: alternatives fitting the key or one of its shorter prefixes;
    // stems are checked in code.
    const slot = perLexicon.map((alts, l) => {
      const list = alts.filter((a) => fitsKey(a, key));
      const stems = list.filter(isStem).map((a) => ({ prefix: (a.trigger as { prefix: string }).prefix, meta: a.meta }));
      const sticky = build(l, list.filter((a) => !isStem(a)));
      if (stems.length === 0) return sticky;
      return new Sticky(sticky?.regex, sticky?.metas ?? [], sticky?.perMeta, undefined, undefined, stems);
    });
    const numeric = keyOf(key, 0, key.length);
    if (numeric < 0) wide.set(key, slot);
    else if (key.length === KEY_LENGTH) prefixes.set(numeric, slot);
    else if (key.length === 2) pairs[key.charCodeAt(0) * ASCII + key.charCodeAt(1)] = slot;
    else singles[key.charCodeAt(0)] = slot;
  }
  const symbols: (Slot | undefined)[] = new Array(ASCII).fill(undefined);
  for (const c of symbolChars) {
    if (c.charCodeAt(0) >= ASCII) continue;
    const fits = (a: Alternative) => a.trigger.kind === 'chars' && (a.trigger.chars === null || a.trigger.chars.has(c));
    symbols[c.charCodeAt(0)] = perLexicon.map((alts, l) => build(l, alts.filter(fits)));
  }
  return { size: lexicons.length, exact, prefixes, pairs, singles, wide, symbols };
}

/** True when a pattern can only consume letters and digits: it matches within one word or not at all. */
function isWordInternal(pattern: string): boolean {
  return /^(?:[a-z0-9()?:*+|{},]|\\[wd]|\[[a-z0-9-]+\])+$/.test(pattern) && !pattern.includes('(?=') && !pattern.includes('(?!');
}

function wholeWord(pattern: string, word: string): boolean {
  return new RegExp(`^(?:${pattern})$`).test(word);
}

function compileSticky(alts: readonly Alternative[]): Sticky {
  const byMeta = new Map<unknown, string[]>();
  for (const alt of alts) {
    const list = byMeta.get(alt.meta);
    if (list) list.push(alt.pattern);
    else byMeta.set(alt.meta, [alt.pattern]);
  }
  const metas = [...byMeta.keys()];
  const sources = [...byMeta.values()].map((patterns) => `(?:${patterns.join('|')})${WORD_AFTER}`);
  const regex = new RegExp(sources.length === 1 ? sources[0] : `(?:${sources.join('|')})`, 'y');
  const perMeta = sources.length === 1 ? undefined : sources.map((src) => new RegExp(src, 'y'));
  return new Sticky(regex, metas, perMeta, undefined, undefined, undefined);
}

/** The next-word filter for a word's longer alternatives, when each is "word\\s+next…" or "word'next…". */
function nextWordFilter(alts: readonly Alternative[]): Sticky['next'] {
  const space: NextFilter = { words: new Set(), prefixes: [], singles: new Set() };
  const apostrophe: NextFilter = { words: new Set(), prefixes: [], singles: new Set() };
  for (const a of alts) {
    if (a.trigger.kind !== 'exact') return undefined;
    const starts = nextWordStarts(a.trigger.rest);
    if (starts === null) return undefined;
    const filter = starts.apostrophe ? apostrophe : space;
    for (const w of starts.words) filter.words.add(hashOf(w, 0, w.length));
    for (const p of starts.prefixes) if (!filter.prefixes.includes(p)) filter.prefixes.push(p);
    for (const c of starts.singles) filter.singles.add(c.charCodeAt(0));
  }
  return { space, apostrophe };
}

/** The word after the current one, computed once per word and shared by the lexicons. */
interface NextWord {
  known: boolean;
  /** False when there is no next word in the right place. */
  present: boolean;
  apostrophe: boolean;
  start: number;
  first: number;
  hash: number;
}

function readNextWord(folded: string, end: number, out: NextWord): void {
  const n = folded.length;
  out.known = true;
  out.apostrophe = folded.charCodeAt(end) === 39;
  let q = out.apostrophe ? end + 1 : end;
  if (!out.apostrophe) {
    while (q < n) {
      const c = folded.charCodeAt(q);
      if (c !== 32 && c !== 10 && c !== 9 && c !== 13) break;
      q++;
    }
  }
  out.present = q < n && (out.apostrophe || q > end);
  out.start = q;
  out.first = q < n ? folded.charCodeAt(q) : -1;
  let hash = 0x811c9dc5;
  while (q < n) {
    const c = folded.charCodeAt(q);
    if (!isWordCode(c)) break;
    hash = Math.imul(hash ^ c, 0x01000193);
    q++;
  }
  out.hash = hash & 0x3fffffff;
}

/** False when the word after `end` cannot start any alternative of `sticky` (see Sticky.next). */
function nextWordFits(sticky: Sticky, folded: string, end: number, look: NextWord): boolean {
  const next = sticky.next;
  if (next === undefined) return true;
  if (!look.known) readNextWord(folded, end, look);
  if (!look.present) return false;
  const filter = look.apostrophe ? next.apostrophe : next.space;
  if (filter.singles.has(look.first) || filter.words.has(look.hash)) return true;
  const { prefixes } = filter;
  for (let i = 0; i < prefixes.length; i++) if (folded.startsWith(prefixes[i], look.start)) return true;
  return false;
}

/**
 * The slot for the word [start, end): its exact entry, else its longest filed prefix.
 * `hash` and `key3` (the first three characters as in keyOf, or -1) come from the caller's pass.
 */
function slotForWord(set: LexiconSet, folded: string, start: number, end: number, hash: number, key3: number): Slot | undefined {
  const candidates = set.exact.get(hash);
  if (candidates !== undefined) {
    for (const c of candidates) {
      if (c.word.length === end - start && folded.startsWith(c.word, start)) return c.slot;
    }
  }
  const length = end - start;
  if (key3 >= 0) {
    if (length >= KEY_LENGTH) {
      const slot = set.prefixes.get(key3);
      if (slot !== undefined) return slot;
    }
    const c1 = folded.charCodeAt(start);
    if (length >= 2) {
      const slot = set.pairs[c1 * ASCII + folded.charCodeAt(start + 1)];
      if (slot !== undefined) return slot;
    }
    return set.singles[c1];
  }
  for (let k = Math.min(KEY_LENGTH, length); k > 0; k--) {
    const slot = set.wide.get(folded.slice(start, start + k));
    if (slot !== undefined) return slot;
  }
  return undefined;
}

/**
 * Scans `folded` once for every lexicon of the set; `outs[l]` receives lexicon l's hits, left to
 * right and non-overlapping within that lexicon.
 */
export function scanLexicons(set: LexiconSet, folded: string, outs: Hit<unknown>[][]): void {
  const n = folded.length;
  const next: number[] = new Array(set.size).fill(0);
  const look: NextWord = { known: false, present: false, apostrophe: false, start: 0, first: 0, hash: 0 };
  let p = 0;
  while (p < n) {
    const code = folded.charCodeAt(p);
    look.known = false;
    let end = p + 1;
    let slot: Slot | undefined;
    if (isWordCode(code)) {
      // One pass over the word: its end, its hash and the key of its first three characters.
      let hash = Math.imul(0x811c9dc5 ^ code, 0x01000193);
      let key = code < ASCII ? code : -1;
      while (end < n) {
        const c = folded.charCodeAt(end);
        if (!isWordCode(c)) break;
        hash = Math.imul(hash ^ c, 0x01000193);
        if (end - p < KEY_LENGTH && key >= 0) key = c < ASCII ? (key << 7) | c : -1;
        end++;
      }
      const key3 = key < 0 ? -1 : end - p >= KEY_LENGTH ? (key << 2) | KEY_LENGTH : 0;
      slot = slotForWord(set, folded, p, end, hash & 0x3fffffff, key3);
    } else {
      slot = code < ASCII ? set.symbols[code] : undefined;
    }
    if (slot !== undefined) {
      for (let l = 0; l < slot.length; l++) {
        const sticky = slot[l];
        if (sticky === undefined || next[l] > p) continue;
        const { regex, perMeta, metas, bare, stems } = sticky;
        if (regex !== undefined) regex.lastIndex = p;
        if (regex === undefined || !nextWordFits(sticky, folded, end, look) || !regex.test(folded) || regex.lastIndex === p) {
          // No phrase from a regex here: a term that is exactly this word, or a stem of it, still matches.
          let whole = bare;
          if (whole === undefined && stems !== undefined) {
            for (let i = 0; i < stems.length; i++) {
              if (folded.startsWith(stems[i].prefix, p)) {
                whole = stems[i].meta;
                break;
              }
            }
          }
          if (whole !== undefined) {
            outs[l].push({ meta: whole, start: p, end });
            next[l] = end;
          }
          continue;
        }
        let meta = metas[0];
        let stop = regex.lastIndex;
        if (perMeta !== undefined) {
          // Several metas may match here: the longest phrase is the most specific ("sick note"
          // over "sick", "flu shot" over "flu"); on a tie the meta listed first wins.
          stop = p;
          for (let i = 0; i < perMeta.length; i++) {
            perMeta[i].lastIndex = p;
            if (perMeta[i].test(folded) && perMeta[i].lastIndex > stop) {
              meta = metas[i];
              stop = perMeta[i].lastIndex;
            }
          }
        }
        outs[l].push({ meta, start: p, end: stop });
        next[l] = stop;
      }
    }
    p = end;
  }
}

function assertNoCaptures(pattern: string): void {
  const groups = new RegExp(`${pattern}|`).exec('');
  if (groups === null || groups.length !== 1) {
    throw new Error(`lexicon pattern must not contain capturing groups: /${pattern}/`);
  }
}
