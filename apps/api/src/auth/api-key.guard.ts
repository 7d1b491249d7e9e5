import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** The portal integration authenticates with `X-Api-Key`. Compared in constant time. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly expected: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.expected = digest(config.portalApiKey);
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const given = request.header('x-api-key');
    if (!given) throw new UnauthorizedException('X-Api-Key header is required');
    if (!timingSafeEqual(digest(given), this.expected)) throw new UnauthorizedException('X-Api-Key is not valid');
    return true;
  }
}
