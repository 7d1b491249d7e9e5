import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import type { AppConfig } from '../config/app-config';
import { ConfigModule, type DatabaseInfo } from '../config/config.module';
import { dataSourceOptions } from '../database/database-options';
import { EngagementModule } from '../engagement/engagement.module';
import { HealthModule } from '../health/health.module';
import { MessagesModule } from '../messages/messages.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OperationsModule } from '../operations/operations.module';
import { OutboxModule } from '../outbox/outbox.module';
import { PracticesModule } from '../practices/practices.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { RepliesModule } from '../replies/replies.module';
import { RulesModule } from '../rules/rules.module';
import { SeedModule } from '../seed/seed.module';
import { SlaModule } from '../sla/sla.module';
import { TemplatesModule } from '../templates/templates.module';
import { ThreadsModule } from '../threads/threads.module';
import { TriageModule } from '../triage/triage.module';

function staticDashboard(config: AppConfig): DynamicModule[] {
  const rootPath = resolve(config.dashboardDir);
  if (!existsSync(resolve(rootPath, 'index.html'))) return [];
  return [ServeStaticModule.forRoot({ rootPath, exclude: ['/api/{*path}', '/socket.io/{*path}'] })];
}

@Module({})
export class AppModule {
  static register(config: AppConfig, database: DatabaseInfo): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.register(config, database),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // Health data: request logs carry method, path and status only. Bodies, query
            // strings and credentials never reach the log.
            serializers: {
              req: (req: IncomingMessage & { id?: unknown }) => ({ id: req.id, method: req.method, path: req.url?.split('?')[0] }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
            redact: ['req.headers', 'req.body'],
            autoLogging: { ignore: (req) => req.url?.startsWith('/api/v1/health') ?? false },
          },
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        }),
        TypeOrmModule.forRoot(dataSourceOptions(database.url)),
        EventEmitterModule.forRoot(),
        BullModule.forRoot({ connection: { url: config.redisUrl }, prefix: config.queuePrefix }),
        AuditModule,
        AuthModule,
        PracticesModule,
        ThreadsModule,
        MessagesModule,
        OutboxModule,
        SlaModule.register(config.runWorkers),
        TriageModule.register(config.runWorkers),
        NotificationsModule.register(config.runWorkers),
        RepliesModule,
        RulesModule,
        TemplatesModule,
        EngagementModule,
        OperationsModule,
        RealtimeModule,
        HealthModule,
        SeedModule,
        ...staticDashboard(config),
      ],
    };
  }
}
