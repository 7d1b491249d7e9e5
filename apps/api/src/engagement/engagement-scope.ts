import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';

type Staff = Extract<Principal, { kind: 'staff' }>;

const forbidden = (message: string, field = 'providerId') =>
  new ForbiddenException({ statusCode: 403, error: 'Forbidden', message, errors: [{ field, message }] });

/**
 * Which EP's figures and patient lists a caller may read. Administrators: any EP, or the practice.
 * Physicians: their own EP only (the sign-in whose `staff_user.external_id` is the provider id);
 * the practice-wide counts stay visible to them (numbers, no patients), see docs/ACCESS.md.
 */
@Injectable()
export class EngagementScope {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The provider id to use for a request that asked for `requested` (undefined: none).
   * `required`: a physician's request without one is narrowed to their own (patient lists, the
   * per-EP list); otherwise it is left as asked (practice-wide counts).
   */
  async providerFor(staff: Staff, requested: string | undefined, required: boolean): Promise<string | undefined> {
    if (staff.role !== 'physician') return requested;
    const rows: { external_id: string | null }[] = await this.db.query(
      'SELECT external_id FROM staff_user WHERE id = $1 AND practice_id = $2',
      [staff.userId, staff.practiceId],
    );
    const own = rows[0]?.external_id ?? null;
    if (own === null) {
      throw forbidden('your sign-in is not linked to an EHR provider, so there are no figures of your own to show');
    }
    if (requested !== undefined && requested !== own) throw forbidden("providerId: a physician may read only their own provider's figures");
    return requested ?? (required ? own : undefined);
  }
}
