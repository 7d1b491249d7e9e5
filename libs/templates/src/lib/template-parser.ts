import { graphemeLength } from './grapheme-length';
import { isPlaceholderName } from './placeholder-catalogue';

/**
 * Finds the `{{ name }}` placeholders in a template and the brace mistakes around them.
 *
 * Syntax: a placeholder is "{{", a name, "}}", on one line; whitespace inside the braces is ignored.
 * Single braces are ordinary text. There is no escape for a literal "{{": patient replies never need
 * one, and refusing it keeps half-typed placeholders from slipping through.
 *
 * Positions are given twice: `index`/`end` in UTF-16 code units (what a textarea's selectionStart
 * uses, to highlight the spot) and `line`/`column`, 1-based with the column in user-perceived
 * characters, for messages a person reads. Positions follow logical order, so they are also right in
 * Hebrew or Arabic text whatever the display direction.
 */

export interface TextPosition {
  /** Offset in UTF-16 code units of the first brace. */
  index: number;
  /** 1-based line; "\r\n", "\n" and "\r" each end a line. */
  line: number;
  /** 1-based column, counted in graphemes. */
  column: number;
}

export interface PlaceholderToken extends TextPosition {
  /** The name with the surrounding whitespace removed: "patient.firstName". */
  name: string;
  /** Exactly as written, braces included: "{{ patient.firstName }}". */
  raw: string;
  /** Offset just after the closing braces. */
  end: number;
  /** Whether the name is in the placeholder catalogue. */
  known: boolean;
}

export type SyntaxProblemCode = 'unclosed_braces' | 'unopened_braces' | 'empty_placeholder';

export interface SyntaxProblem extends TextPosition {
  code: SyntaxProblemCode;
}

export interface ParsedTemplate {
  placeholders: PlaceholderToken[];
  problems: SyntaxProblem[];
}

// Longer than any real name: a "{{" this far from its "}}" was almost surely never closed.
const MAX_NAME_SPAN = 100;

export function parseTemplate(text: string): ParsedTemplate {
  const locate = positionFinder(text);
  const placeholders: PlaceholderToken[] = [];
  const problems: SyntaxProblem[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    const close = text.indexOf('}}', i);
    if (open === -1 && close === -1) break;
    if (open === -1 || (close !== -1 && close < open)) {
      problems.push({ code: 'unopened_braces', ...locate(close) });
      i = close + 2;
      continue;
    }
    const end = text.indexOf('}}', open + 2);
    const nextOpen = text.indexOf('{{', open + 2);
    const inner = end === -1 ? '' : text.slice(open + 2, end);
    if (end === -1 || (nextOpen !== -1 && nextOpen < end) || /[\r\n]/.test(inner) || inner.length > MAX_NAME_SPAN) {
      problems.push({ code: 'unclosed_braces', ...locate(open) });
      i = open + 2;
      continue;
    }
    const name = inner.trim();
    if (name === '') {
      problems.push({ code: 'empty_placeholder', ...locate(open) });
    } else {
      placeholders.push({ name, raw: text.slice(open, end + 2), end: end + 2, known: isPlaceholderName(name), ...locate(open) });
    }
    i = end + 2;
  }
  problems.sort((a, b) => a.index - b.index);
  return { placeholders, problems };
}

/** Maps a code-unit offset to line and grapheme column, computing line starts once. */
function positionFinder(text: string): (index: number) => TextPosition {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\r' && text[i + 1] === '\n') i++;
    if (ch === '\r' || ch === '\n') lineStarts.push(i + 1);
  }
  return (index) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= index) line++;
    return { index, line: line + 1, column: graphemeLength(text.slice(lineStarts[line], index)) + 1 };
  };
}
