import type { FieldError } from '@carequeue/contracts';
import { graphemeLength, graphemes } from './grapheme-length';
import {
  CHANNELS,
  DEFAULT_CHANNEL,
  effectiveLimit,
  formatCount,
  isChannel,
  isValidLimit,
  type ChannelLimits,
} from './channel-limits';
import { placeholderToken } from './placeholder-catalogue';
import { suggestPlaceholder } from './placeholder-suggestion';
import { parseTemplate, type SyntaxProblemCode } from './template-parser';

/** A template as the editor or the API receives it; fields are untrusted. */
export interface TemplateDraft {
  name?: unknown;
  body?: unknown;
  channel?: unknown;
  maxLength?: unknown;
}

export type TemplateErrorCode =
  | 'name_required'
  | 'body_required'
  | 'invalid_channel'
  | 'invalid_max_length'
  | 'unknown_placeholder'
  | 'body_too_long'
  | SyntaxProblemCode;

/**
 * A FieldError (so the API can return it as is in a 400) with what the editor needs to highlight the
 * spot: the code-unit offset and span, and for unknown placeholders the suggested replacement.
 */
export interface TemplateError extends FieldError {
  code: TemplateErrorCode;
  index?: number;
  length?: number;
  placeholder?: string;
  suggestion?: string;
}

export interface ValidateTemplateOptions {
  /** The practice's channel limits; defaults apply to channels it leaves out. */
  limits?: Partial<ChannelLimits> | null;
}

const PROBLEM_TEXT: Record<SyntaxProblemCode, string> = {
  unclosed_braces: '"{{" is never closed with "}}"',
  unopened_braces: '"}}" has no matching "{{"',
  empty_placeholder: 'Empty placeholder "{{}}"',
};

/**
 * Save-time checks; an empty list means the template may be stored. The length check is on the body
 * as written (placeholders as their tokens): the rendered, signed reply is checked again when sent.
 */
export function validateTemplate(draft: TemplateDraft, options: ValidateTemplateOptions = {}): TemplateError[] {
  const errors: TemplateError[] = [];
  if (typeof draft.name !== 'string' || draft.name.trim() === '') {
    errors.push({ field: 'name', code: 'name_required', message: 'Name is required' });
  }

  const channelOk = draft.channel === undefined || draft.channel === null || isChannel(draft.channel);
  if (!channelOk) {
    errors.push({
      field: 'channel',
      code: 'invalid_channel',
      message: `Channel must be one of ${CHANNELS.join(', ')}`,
    });
  }
  const maxLengthOk = draft.maxLength === undefined || draft.maxLength === null || isValidLimit(draft.maxLength);
  if (!maxLengthOk) {
    errors.push({
      field: 'maxLength',
      code: 'invalid_max_length',
      message: 'Maximum length must be a whole number of characters, at least 1',
    });
  }

  const body = draft.body;
  if (typeof body !== 'string' || body.trim() === '') {
    errors.push({ field: 'body', code: 'body_required', message: 'Body is required' });
    return errors;
  }

  const { placeholders, problems } = parseTemplate(body);
  for (const problem of problems) {
    errors.push({
      field: 'body',
      code: problem.code,
      message: `${PROBLEM_TEXT[problem.code]} at line ${problem.line}, column ${problem.column}`,
      index: problem.index,
      length: 2,
    });
  }
  for (const token of placeholders) {
    if (token.known) continue;
    const suggestion = suggestPlaceholder(token.name);
    const hint = suggestion ? `; did you mean ${placeholderToken(suggestion)}?` : '';
    errors.push({
      field: 'body',
      code: 'unknown_placeholder',
      message: `Unknown placeholder {{${quote(token.name)}}} at line ${token.line}, column ${token.column}${hint}`,
      index: token.index,
      length: token.end - token.index,
      placeholder: token.name,
      ...(suggestion ? { suggestion } : {}),
    });
  }
  errors.sort((a, b) => (a.index ?? -1) - (b.index ?? -1));

  // Without a valid channel and limit there is no limit to compare with; those errors are reported.
  if (channelOk && maxLengthOk) {
    const channel = isChannel(draft.channel) ? draft.channel : DEFAULT_CHANNEL;
    const limit = effectiveLimit(channel, options.limits, (draft.maxLength as number | null | undefined) ?? null);
    const length = graphemeLength(body);
    if (length > limit) {
      errors.push({
        field: 'body',
        code: 'body_too_long',
        message: `Body is ${formatCount(length)} characters; the limit for this template is ${formatCount(limit)}`,
      });
    }
  }
  return errors;
}

// Keep messages readable when a stray "{{" swallowed a long stretch of text.
function quote(name: string): string {
  const parts = graphemes(name);
  return parts.length > 40 ? `${parts.slice(0, 39).join('')}…` : name;
}
