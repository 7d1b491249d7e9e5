import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** The portal integration authenticates with `X-Api-Key`. Compared in constant time. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly expected: Buffer | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // No key configured means no portal can authenticate: intake is closed, not open.
    this.expected = config.portalApiKey ? digest(config.portalApiKey) : null;
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const given = request.header('x-api-key');
    if (!given) throw new UnauthorizedException('X-Api-Key header is required');
    if (!this.expected || !timingSafeEqual(digest(given), this.expected)) throw new UnauthorizedException('X-Api-Key is not valid');
    return true;
  }
}
