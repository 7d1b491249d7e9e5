import { HttpException, HttpStatus, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { AuthSession, DemoLogins, StaffProfile } from '@carequeue/contracts';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PracticeEntity } from '../practices/practice.entity';
import { DEMO_PRACTICE_NAME } from '../seed/demo-practice';
import { StaffUserEntity } from '../staff/staff-user.entity';
import { hashPassword, verifyPassword } from './password';
import type { AccessTokenClaims } from './principal';
import { RefreshTokenEntity } from './refresh-token.entity';

const WRONG_CREDENTIALS = 'the e-mail or the password is wrong';
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export function toStaffProfile(user: StaffUserEntity): StaffProfile {
  return { id: user.id, name: user.displayName, email: user.email, role: user.role };
}

@Injectable()
export class AuthService {
  /** Verified against when the e-mail is unknown, so both cases take the same time. */
  private readonly decoyHash = hashPassword(randomBytes(16).toString('hex'));

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(StaffUserEntity) private readonly users: Repository<StaffUserEntity>,
    @InjectRepository(RefreshTokenEntity) private readonly tokens: Repository<RefreshTokenEntity>,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
  ) {}

  async login(email: string, password: string): Promise<AuthSession> {
    const user = await this.users
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
    if (!user || !user.passwordHash || !user.active) {
      await verifyPassword(await this.decoyHash, password);
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    if (user.lockedUntil && user.lockedUntil > new Date()) {
      const minutes = Math.ceil((user.lockedUntil.getTime() - Date.now()) / 60_000);
      throw new HttpException(
        { statusCode: HttpStatus.LOCKED, error: 'Locked', message: `too many failed sign-ins: try again in ${minutes} minute(s) or ask an administrator` },
        HttpStatus.LOCKED,
      );
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      await this.recordFailure(user);
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    await this.users.update({ id: user.id }, { failedSignIns: 0, lockedUntil: null });
    await this.audit.record({ actorType: 'staff', actorId: user.id, action: 'staff.signed_in' });
    return this.issue(user, randomUUID());
  }

  /** Rotates the refresh token. A token used twice means it was copied: the whole family is revoked. */
  async refresh(refreshToken: string): Promise<AuthSession> {
    const stored = await this.tokens.findOneBy({ tokenHash: sha256(refreshToken) });
    if (!stored || stored.revokedAt || stored.expiresAt < new Date()) {
      throw new UnauthorizedException('the refresh token is invalid or has expired: sign in again');
    }
    const claimed = await this.tokens
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where('id = :id AND used_at IS NULL', { id: stored.id })
      .execute();
    if (claimed.affected !== 1) {
      await this.tokens.update({ familyId: stored.familyId }, { revokedAt: new Date() });
      await this.audit.record({ actorType: 'staff', actorId: stored.userId, action: 'staff.refresh_token_reused' });
      throw new UnauthorizedException('this refresh token was already used: every session from that sign-in is now closed');
    }
    const user = await this.users.findOneBy({ id: stored.userId });
    if (!user || !user.active) throw new UnauthorizedException('the account is no longer active');
    return this.issue(user, stored.familyId);
  }

  async logout(refreshToken: string): Promise<void> {
    const stored = await this.tokens.findOneBy({ tokenHash: sha256(refreshToken) });
    if (!stored) return;
    await this.tokens.update({ familyId: stored.familyId }, { revokedAt: new Date() });
    await this.audit.record({ actorType: 'staff', actorId: stored.userId, action: 'staff.signed_out' });
  }

  async profile(userId: string): Promise<StaffProfile> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user || !user.active) throw new UnauthorizedException('the account is no longer active');
    return toStaffProfile(user);
  }

  /**
   * Only when demo seeding is on and the one practice is the seeded demo practice: a real
   * deployment (SEED_DEMO=false, or its own practice) never publishes anything here.
   */
  async demoLogins(): Promise<DemoLogins> {
    if (!this.config.seedDemo) return { demo: false };
    const practices = await this.users.manager.getRepository(PracticeEntity).find({ take: 2 });
    if (practices.length !== 1 || practices[0]?.name !== DEMO_PRACTICE_NAME) return { demo: false };
    const staff = await this.users.find({ where: { practiceId: practices[0].id, active: true }, order: { role: 'ASC', displayName: 'ASC' } });
    return {
      demo: true,
      password: this.config.demoPassword,
      logins: staff.map((s) => ({ email: s.email, name: s.displayName, role: s.role })),
    };
  }

  private async recordFailure(user: StaffUserEntity): Promise<void> {
    const failures = user.failedSignIns + 1;
    const lock = failures >= this.config.maxFailedSignIns;
    await this.users.update(
      { id: user.id },
      lock
        ? { failedSignIns: 0, lockedUntil: new Date(Date.now() + this.config.lockoutMinutes * 60_000) }
        : { failedSignIns: failures },
    );
    await this.audit.record({ actorType: 'staff', actorId: user.id, action: lock ? 'staff.locked_out' : 'staff.sign_in_failed', details: { failures } });
  }

  private async issue(user: StaffUserEntity, familyId: string): Promise<AuthSession> {
    const claims: AccessTokenClaims = { sub: user.id, practiceId: user.practiceId, role: user.role, name: user.displayName };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.accessTokenTtlSeconds });
    const refreshToken = randomBytes(32).toString('base64url');
    await this.tokens.insert({
      userId: user.id,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlHours * 3_600_000),
    });
    return { accessToken, expiresIn: this.config.accessTokenTtlSeconds, refreshToken, user: toStaffProfile(user) };
  }
}
