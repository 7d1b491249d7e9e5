import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Checks the portal integration's key in constant time. */
@Injectable()
export class PortalKeyVerifier {
  private readonly expected: Buffer | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // No key configured means no portal can authenticate: intake is closed, not open.
    this.expected = config.portalApiKey ? digest(config.portalApiKey) : null;
  }

  /** Throws 401 unless `given` is the portal's key. */
  verify(given: string | undefined): void {
    if (!given) throw new UnauthorizedException('X-Api-Key header is required');
    if (!this.expected || !timingSafeEqual(digest(given), this.expected)) throw new UnauthorizedException('X-Api-Key is not valid');
  }
}

/** The portal integration authenticates with `X-Api-Key`: routes only the portal may call. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(private readonly key: PortalKeyVerifier) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    this.key.verify(request.header('x-api-key'));
    request.principal = { kind: 'portal' };
    return true;
  }
}
