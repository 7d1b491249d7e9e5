import type { StaffRole } from '@carequeue/contracts';

/** Who is calling: a signed-in staff member, or the portal integration with its API key. */
export type Principal =
  | { kind: 'staff'; userId: string; practiceId: string; role: StaffRole; name: string }
  | { kind: 'portal' };

export interface AccessTokenClaims {
  sub: string;
  practiceId: string;
  role: StaffRole;
  name: string;
}

declare module 'express' {
  interface Request {
    principal?: Principal;
  }
}

export function isStaff(principal: Principal | undefined): principal is Extract<Principal, { kind: 'staff' }> {
  return principal?.kind === 'staff';
}
