import {
  PLACEHOLDER_RESOLVERS,
  isPlaceholderName,
  present,
  type TemplateContext,
} from './placeholder-catalogue';
import { parseTemplate } from './template-parser';

export interface RenderResult {
  /**
   * Plain text, not HTML: values are inserted as they are, so whoever displays the text must escape
   * it as text (Angular interpolation does; innerHTML would not).
   */
  text: string;
  /**
   * Names of placeholders with no value (absent, null or blank), unknown names included, each once
   * in order of first appearance. Their tokens stay in `text` as written, so a preview shows the gap;
   * the API must refuse to send a reply while this is not empty.
   */
  missing: string[];
  /** The subset of `missing` that is not in the catalogue at all (a template saved before a rename). */
  unknown: string[];
}

/**
 * Fills the placeholders of a template. Never throws and never writes "undefined" or "null".
 * Substitution is a single pass, so a value that itself contains "{{…}}" (a patient named
 * "{{practice.phone}}") is inserted literally and not expanded. Brace mistakes are left as text:
 * `validateTemplate` reports them when the template is saved.
 */
export function renderTemplate(text: string, context: TemplateContext): RenderResult {
  const { placeholders } = parseTemplate(text);
  const missing: string[] = [];
  const unknown: string[] = [];
  let output = '';
  let cursor = 0;
  for (const token of placeholders) {
    const value = isPlaceholderName(token.name) ? present(PLACEHOLDER_RESOLVERS[token.name](context)) : null;
    output += text.slice(cursor, token.index) + (value ?? token.raw);
    cursor = token.end;
    if (value === null) {
      addOnce(missing, token.name);
      if (!token.known) addOnce(unknown, token.name);
    }
  }
  output += text.slice(cursor);
  return { text: output, missing, unknown };
}

function addOnce(list: string[], name: string): void {
  if (!list.includes(name)) list.push(name);
}
