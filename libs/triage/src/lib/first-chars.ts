/**
 * Which characters can a regex source start with? A small analysis of the constructs our lexicons
 * use (literals, classes, groups, alternation, optional quantifiers, lookarounds), so that a scan
 * only tries the few terms that can start with the character in front of it.
 * Returns null when it cannot tell (e.g. "." or a negated class): such a term is tried everywhere.
 */
export function firstChars(source: string): Set<string> | null {
  const parser = new Parser(source);
  const result = parser.alternation();
  if (parser.pos !== source.length) return null;
  return result.any ? null : result.first;
}

const TOKEN_CHAR = /[a-z0-9\u00c0-\u024f]/;

/** How a scan finds the words where an alternative may start. */
export type Trigger =
  | { kind: 'exact'; word: string; rest: string } // only where the word is exactly this ("pain\\s+in")
  | { kind: 'prefix'; prefix: string; stem: boolean } // where the word starts with this ("pregnan\\w*"); stem: the rest is only "\\w*"
  | { kind: 'chars'; chars: Set<string> | null }; // where the text starts with one of these (null: anywhere)

/**
 * Reads the literal word an alternative starts with. "x+" counts one "x"; an optional or
 * repeated character ends the literal. Leading lookbehinds are skipped (they stay in the pattern).
 */
export function triggerOf(alt: string): Trigger {
  let i = 0;
  while (alt.startsWith('(?<=', i) || alt.startsWith('(?<!', i)) {
    const close = matchingParen(alt, i);
    if (close < 0) return { kind: 'chars', chars: null };
    i = close + 1;
  }
  let lit = '';
  while (i < alt.length && TOKEN_CHAR.test(alt[i])) {
    const q = alt[i + 1];
    if (q === '?' || q === '*' || q === '{') break;
    lit += alt[i];
    i++;
    if (q === '+') {
      i++;
      break;
    }
  }
  const rest = alt.slice(i);
  if (lit === '') return { kind: 'chars', chars: firstChars(rest) };
  if (alt[i - 1] === '+') return { kind: 'prefix', prefix: lit, stem: false };
  const parser = new Parser(rest);
  const info = parser.alternation();
  const ends = parser.pos === rest.length && !info.any && ![...info.first].some((c) => TOKEN_CHAR.test(c));
  if (ends) return { kind: 'exact', word: lit, rest };
  // "pregnan\\w*" matches any word starting with "pregnan", to its end: no regex needed.
  return { kind: 'prefix', prefix: lit, stem: rest === '\\w*' || rest === '[a-z]*' };
}

interface Info {
  first: Set<string>;
  nullable: boolean;
  any: boolean;
}

const DIGITS = '0123456789';
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const SPACE = ' \t\n\r\f\v\u00a0';

class Parser {
  pos = 0;
  constructor(private readonly src: string) {}

  alternation(): Info {
    const out: Info = { first: new Set(), nullable: false, any: false };
    for (;;) {
      const seq = this.sequence();
      seq.first.forEach((c) => out.first.add(c));
      out.nullable ||= seq.nullable;
      out.any ||= seq.any;
      if (this.src[this.pos] !== '|') return out;
      this.pos++;
    }
  }

  private sequence(): Info {
    const out: Info = { first: new Set(), nullable: true, any: false };
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const el = this.quantified();
      if (out.nullable) {
        el.first.forEach((c) => out.first.add(c));
        out.any ||= el.any;
        out.nullable = el.nullable;
      }
    }
    return out;
  }

  private quantified(): Info {
    const el = this.atom();
    const q = this.src[this.pos];
    if (q === '?' || q === '*') {
      this.pos++;
      el.nullable = true;
    } else if (q === '+') {
      this.pos++;
    } else if (q === '{') {
      const close = this.src.indexOf('}', this.pos);
      const body = this.src.slice(this.pos + 1, close);
      if (close > 0 && /^\d+(,\d*)?$/.test(body)) {
        if (body.startsWith('0')) el.nullable = true;
        this.pos = close + 1;
      }
    }
    if (this.src[this.pos] === '?') this.pos++; // lazy
    return el;
  }

  private atom(): Info {
    const ch = this.src[this.pos];
    if (ch === '(') return this.group();
    if (ch === '[') return this.charClass();
    if (ch === '\\') return this.escape();
    this.pos++;
    if (ch === '.') return { first: new Set(), nullable: false, any: true };
    if (ch === '^' || ch === '$') return { first: new Set(), nullable: true, any: false };
    return { first: new Set([ch]), nullable: false, any: false };
  }

  private group(): Info {
    this.pos++;
    let lookaround = false;
    if (this.src[this.pos] === '?') {
      const rest = this.src.slice(this.pos, this.pos + 3);
      if (rest.startsWith('?:')) this.pos += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        this.pos += 2;
        lookaround = true;
      } else if (rest === '?<=' || rest === '?<!') {
        this.pos += 3;
        lookaround = true;
      } else if (rest.startsWith('?<')) {
        this.pos = this.src.indexOf('>', this.pos) + 1;
      }
    }
    const inner = this.alternation();
    this.pos++; // ')'
    return lookaround ? { first: new Set(), nullable: true, any: false } : inner;
  }

  private escape(): Info {
    const c = this.src[this.pos + 1];
    this.pos += 2;
    switch (c) {
      case 'd':
        return { first: new Set(DIGITS), nullable: false, any: false };
      case 's':
        return { first: new Set(SPACE), nullable: false, any: false };
      case 'w':
        return { first: new Set(LETTERS + DIGITS + '_'), nullable: false, any: false };
      case 'b':
      case 'B':
        return { first: new Set(), nullable: true, any: false };
      case 'n':
        return { first: new Set('\n'), nullable: false, any: false };
      case 'u': {
        const code = parseInt(this.src.slice(this.pos, this.pos + 4), 16);
        this.pos += 4;
        return { first: new Set([String.fromCharCode(code)]), nullable: false, any: false };
      }
      case 'W':
      case 'S':
      case 'D':
        return { first: new Set(), nullable: false, any: true };
      default:
        return { first: new Set([c]), nullable: false, any: false };
    }
  }

  private charClass(): Info {
    this.pos++;
    if (this.src[this.pos] === '^') {
      this.pos = this.classEnd();
      return { first: new Set(), nullable: false, any: true };
    }
    const chars: string[] = [];
    while (this.src[this.pos] !== ']') {
      let c = this.src[this.pos];
      if (c === '\\') {
        const e = this.src[this.pos + 1];
        this.pos += 2;
        if (e === 'd') chars.push(...DIGITS);
        else if (e === 's') chars.push(...SPACE);
        else if (e === 'w') chars.push(...LETTERS, ...DIGITS, '_');
        else if (e === 'u') {
          chars.push(String.fromCharCode(parseInt(this.src.slice(this.pos, this.pos + 4), 16)));
          this.pos += 4;
        } else chars.push(e === 'n' ? '\n' : e);
        continue;
      }
      this.pos++;
      if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']') {
        let to = this.src[this.pos + 1];
        this.pos += 2;
        if (to === '\\') {
          to = String.fromCharCode(parseInt(this.src.slice(this.pos + 1, this.pos + 5), 16));
          this.pos += 5;
        }
        for (let code = c.charCodeAt(0); code <= to.charCodeAt(0); code++) chars.push(String.fromCharCode(code));
        c = '';
      }
      if (c) chars.push(c);
    }
    this.pos++;
    return { first: new Set(chars), nullable: false, any: false };
  }

  private classEnd(): number {
    let i = this.pos;
    while (this.src[i] !== ']') i += this.src[i] === '\\' ? 2 : 1;
    return i + 1;
  }
}

/** Splits a regex source at its top-level "|" (outside groups and classes). */
export function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/**
 * For "my\\s+heart…" or "can't…": which words may follow, and after what separator (space, or
 * an apostrophe as in "can't" where the next word is "t")? As whole words, word prefixes, or
 * single first characters. Null when any word may, or none is required.
 */
export function nextWordStarts(
  rest: string,
): { apostrophe: boolean; words: Set<string>; prefixes: Set<string>; singles: Set<string> } | null {
  let after: string;
  let apostrophe = false;
  if (rest.startsWith('\\s+')) after = rest.slice(3);
  else if (rest.startsWith("'") && !isQuantifier(rest[1])) {
    after = rest.slice(1);
    apostrophe = true;
  } else return null;
  const words = new Set<string>();
  const prefixes = new Set<string>();
  const singles = new Set<string>();
  for (const alt of expandAlternatives(after)) {
    const t = triggerOf(alt);
    if (t.kind === 'chars') {
      if (t.chars === null) return null;
      t.chars.forEach((c) => singles.add(c));
    } else if (t.kind === 'exact') words.add(t.word);
    else if (t.prefix.length >= 2) prefixes.add(t.prefix);
    else singles.add(t.prefix);
  }
  return { apostrophe, words, prefixes, singles };
}

/**
 * Rewrites an alternative so that its first word is spelled out: optional characters, small
 * character classes and groups at the start (after any lookbehind) are multiplied out,
 * "(?:pain|ache)\\s+in" into ["pain\\s+in", "ache\\s+in"], "can'?t" into ["can't", "cant"],
 * "an[ae]?ph" into ["anaph", "aneph", "anph"]. Each can then be filed under its own word.
 * Patterns that would grow too much come back split at top-level "|" only.
 */
export function expandAlternatives(source: string): string[] {
  const out: string[] = [];
  for (const alt of splitTopLevel(source)) {
    const expanded = expandLeading(alt);
    if (out.length + expanded.length > MAX_EXPANSION) return splitTopLevel(source);
    out.push(...expanded);
  }
  return out;
}

const MAX_EXPANSION = 200;
const TOKEN = /[a-z0-9\u00c0-\u024f]/;

function expandLeading(alt: string): string[] {
  // Leading lookbehinds stay in front of every expanded alternative (they are part of `head`).
  let i = 0;
  while (alt.startsWith('(?<=', i) || alt.startsWith('(?<!', i)) {
    const close = matchingParen(alt, i);
    if (close < 0) return [alt];
    i = close + 1;
  }
  // Walk the literal start of the word.
  while (i < alt.length && TOKEN.test(alt[i]) && !isQuantifier(alt[i + 1])) i++;
  const head = alt.slice(0, i);
  const at = alt.slice(i);
  let choices: string[] | null = null;
  let rest = '';
  if (at.startsWith('(?:')) {
    const close = matchingParen(at, 0);
    if (close < 0) return [alt];
    const q = at[close + 1];
    if (q === '*' || q === '+' || q === '{' || (q === '?' && at[close + 2] === '?')) return [alt];
    choices = expandAlternatives(at.slice(3, close));
    rest = at.slice(close + (q === '?' ? 2 : 1));
    if (q === '?') choices.push('');
  } else if (at.startsWith('[') && !at.startsWith('[^')) {
    const close = at.indexOf(']');
    const body = at.slice(1, close);
    const q = at[close + 1];
    if (close < 0 || body.length > 4 || /[\\-]/.test(body) || (q !== undefined && isQuantifier(q) && q !== '?')) return [alt];
    choices = [...body];
    rest = at.slice(close + (q === '?' ? 2 : 1));
    if (q === '?') choices.push('');
  } else if (at.length >= 2 && at[1] === '?' && at[2] !== '?' && /[a-z0-9'-]/.test(at[0])) {
    choices = [at[0], ''];
    rest = at.slice(2);
  } else if (at.startsWith('\\.?')) {
    choices = ['\\.', ''];
    rest = at.slice(3);
  }
  if (choices === null) return [alt];
  const out: string[] = [];
  for (const choice of choices) {
    out.push(...expandLeading(head + choice + rest));
    if (out.length > MAX_EXPANSION) return [alt];
  }
  return out;
}

function isQuantifier(c: string | undefined): boolean {
  return c === '?' || c === '*' || c === '+' || c === '{';
}

function matchingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

