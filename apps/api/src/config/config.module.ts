import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from './app-config';

export const DATABASE_INFO = Symbol('DATABASE_INFO');
export interface DatabaseInfo {
  url: string;
  embedded: boolean;
}

@Global()
@Module({})
export class ConfigModule {
  static register(config: AppConfig, database: DatabaseInfo): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DATABASE_INFO, useValue: database },
      ],
      exports: [APP_CONFIG, DATABASE_INFO],
    };
  }
}
