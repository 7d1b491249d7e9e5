import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { GUARDS_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { StaffRole } from '@carequeue/contracts';
import type { Request } from 'express';
import { ApiKeyGuard, PortalKeyVerifier } from './api-key.guard';
import { ALLOW_PORTAL_KEY, IS_PUBLIC, ROLES } from './decorators';
import type { AccessTokenClaims } from './principal';

/**
 * Global guard: every route needs a signed-in staff member unless it is @Public() or guarded
 * by ApiKeyGuard (a portal route, which that guard checks). @AllowPortalKey() also accepts the
 * portal's key instead of a sign-in. @Roles() narrows staff by role.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly portalKey: PortalKeyVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const guards = targets.flatMap((t) => (Reflect.getMetadata(GUARDS_METADATA, t) as unknown[] | undefined) ?? []);
    if (guards.includes(ApiKeyGuard)) return true;

    const request = context.switchToHttp().getRequest<Request>();
    if (this.reflector.getAllAndOverride<boolean>(ALLOW_PORTAL_KEY, targets) && request.header('x-api-key') !== undefined) {
      this.portalKey.verify(request.header('x-api-key'));
      request.principal = { kind: 'portal' };
      return true;
    }
    const header = request.header('authorization') ?? '';
    const token = /^Bearer (.+)$/i.exec(header)?.[1];
    if (!token) throw new UnauthorizedException('sign in first: Authorization: Bearer <access token> is required');
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch {
      throw new UnauthorizedException('the access token is invalid or has expired');
    }
    request.principal = { kind: 'staff', userId: claims.sub, practiceId: claims.practiceId, role: claims.role, name: claims.name };

    const roles = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(claims.role)) {
      throw new ForbiddenException(`this needs one of these roles: ${roles.join(', ')}`);
    }
    return true;
  }
}
