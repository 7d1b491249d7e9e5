import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** A small dedicated connection for health checks: fails fast instead of queueing commands. */
@Injectable()
export class RedisHealth implements OnModuleDestroy {
  private readonly client: Redis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.client = new Redis(config.redisUrl, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 1_000,
      retryStrategy: (times) => Math.min(times * 200, 2_000),
    });
    this.client.on('error', () => undefined);
    this.client.connect().catch(() => undefined);
  }

  async ping(): Promise<number> {
    const started = performance.now();
    await this.client.ping();
    return Math.round((performance.now() - started) * 10) / 10;
  }

  async onModuleDestroy(): Promise<void> {
    this.client.disconnect();
  }
}
