import { createParamDecorator, ExecutionContext, ForbiddenException, SetMetadata } from '@nestjs/common';
import type { StaffRole } from '@carequeue/contracts';
import type { Request } from 'express';
import { isStaff, type Principal } from './principal';

export const IS_PUBLIC = 'auth:public';
export const ROLES = 'auth:roles';
export const ALLOW_PORTAL_KEY = 'auth:allow-portal-key';

/** No sign-in needed (health, login). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Signed-in staff or, instead, the portal integration's X-Api-Key. */
export const AllowPortalKey = () => SetMetadata(ALLOW_PORTAL_KEY, true);

/** Only these staff roles; without it, any signed-in staff member. */
export const Roles = (...roles: StaffRole[]) => SetMetadata(ROLES, roles);

export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal | undefined => {
  return context.switchToHttp().getRequest<Request>().principal;
});

/** The signed-in staff member; a route using it is closed to the portal key. */
export const CurrentStaff = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const principal = context.switchToHttp().getRequest<Request>().principal;
  if (!isStaff(principal)) throw new ForbiddenException('a staff sign-in is required');
  return principal;
});
