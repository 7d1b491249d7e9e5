import type { StaffRole } from '@carequeue/contracts';
import { staffTitle } from './staff-titles';

/** Who sends a reply; the API fills this from the signed-in user, never from the request body. */
export interface Signer {
  name: string;
  role: StaffRole;
  /** Overrides the role's title ("Nurse Practitioner" instead of "Nurse"). */
  title?: string | null;
}

/** "— Dr. Ana Ruiz, Physician": patients should never face an unnamed stranger. */
export function signatureLine(signer: Signer): string {
  const name = collapse(signer.name);
  if (name === '') throw new RangeError('A reply must be signed with the sender’s name');
  const title = collapse(signer.title ?? '') || staffTitle(signer.role);
  return `— ${name}, ${title}`;
}

/**
 * The reply with its sign-off after a blank line. Length checks must run on this result, since the
 * signature is part of what the patient receives. Signing twice with the same signer changes nothing,
 * so a client preview that already shows the signature is not signed again; a different name is
 * appended, so the real sender always ends the message.
 */
export function signReply(body: string, signer: Signer): string {
  const line = signatureLine(signer);
  const text = body.replace(/\s+$/u, '');
  if (text === line || text.endsWith(`\n${line}`)) return text;
  return text === '' ? line : `${text}\n\n${line}`;
}

function collapse(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}
