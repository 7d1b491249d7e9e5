import type { DataSourceOptions } from 'typeorm';
import { ENTITIES, MIGRATIONS } from './entities';

/** One place that turns a URL into TypeORM options, for the app, the CLI and the tests. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    // Never synchronize: the schema changes only through migrations, here and in production.
    synchronize: false,
    migrationsRun: false,
    extra: { max: 20, connectionTimeoutMillis: 5_000 },
  };
}
