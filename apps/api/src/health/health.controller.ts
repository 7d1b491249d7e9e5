import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HealthReport } from '@carequeue/contracts';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { Public } from '../auth/decorators';
import { DATABASE_INFO, type DatabaseInfo } from '../config/config.module';
import { RedisHealth } from './redis-health';

const VERSION = process.env['npm_package_version'] ?? '0.0.0';

async function timed(check: () => Promise<unknown>): Promise<{ status: 'up' | 'down'; latencyMs?: number; error?: string }> {
  const started = performance.now();
  try {
    await check();
    return { status: 'up', latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  }
}

@ApiTags('health')
@Controller({ path: 'health', version: '1' })
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(DATABASE_INFO) private readonly database: DatabaseInfo,
    private readonly redis: RedisHealth,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Database and Redis status; 503 when either is down' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    const [database, redis] = await Promise.all([timed(() => this.db.query('SELECT 1')), timed(() => this.redis.ping())]);
    const ok = database.status === 'up' && redis.status === 'up';
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: ok ? 'ok' : 'degraded',
      database: { ...database, embedded: this.database.embedded },
      redis,
      version: VERSION,
      uptimeSeconds: Math.round(process.uptime()),
    };
  }
}
