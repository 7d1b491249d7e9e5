import type { FieldError } from '@carequeue/contracts';
import { DEFAULT_CHANNEL, checkLength, formatCount, type Channel, type ChannelLimits, type LengthCheck } from './channel-limits';
import type { TemplateContext } from './placeholder-catalogue';
import { signReply, type Signer } from './reply-signature';
import { renderTemplate } from './template-renderer';

export interface ComposeReplyInput {
  /** Template body or free text; placeholders in either are filled. */
  body: string;
  context?: TemplateContext;
  signer: Signer;
  channel?: Channel;
  /** The practice's channel limits; defaults apply to channels it leaves out. */
  limits?: Partial<ChannelLimits> | null;
  /** The template's own limit, when the reply started from a template that has one. */
  templateLimit?: number | null;
}

export interface ComposedReply {
  /** Rendered and signed: exactly what the patient will receive. Plain text. */
  text: string;
  missing: string[];
  unknown: string[];
  /** Measured on `text`, signature included. */
  length: LengthCheck;
  /** Empty when the reply may be sent; otherwise the reasons, for a 400 or for the editor. */
  errors: FieldError[];
}

/**
 * Render, sign, measure: the one sequence the dashboard's live counter and the API's send check both
 * run, so they cannot disagree about what is counted. Nothing is ever cut to fit.
 */
export function composeReply(input: ComposeReplyInput): ComposedReply {
  const rendered = renderTemplate(input.body, input.context ?? {});
  const text = signReply(rendered.text, input.signer);
  const length = checkLength(text, input.channel ?? DEFAULT_CHANNEL, input.limits, input.templateLimit);
  const errors: FieldError[] = [];
  if (rendered.text.trim() === '') errors.push({ field: 'body', message: 'Reply is empty' });
  for (const name of rendered.missing) {
    errors.push({
      field: 'body',
      message: rendered.unknown.includes(name)
        ? `Unknown placeholder {{${name}}}: replace it before sending`
        : `No value for {{${name}}} for this patient: fill it in before sending`,
    });
  }
  if (length.over) {
    errors.push({
      field: 'body',
      message:
        `Reply is ${formatCount(length.length)} characters with the signature; the limit is ` +
        `${formatCount(length.limit)}. Shorten it by ${formatCount(-length.remaining)}`,
    });
  }
  return { text, missing: rendered.missing, unknown: rendered.unknown, length, errors };
}
