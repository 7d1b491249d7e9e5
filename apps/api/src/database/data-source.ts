import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './database-options';

/**
 * For the TypeORM CLI (`npm run migration:run`, `migration:generate`): reads DATABASE_URL.
 * The running app resolves its own database (embedded or DATABASE_URL) in main.ts.
 */
const url = process.env['DATABASE_URL'];
if (!url) throw new Error('DATABASE_URL must be set to run TypeORM CLI commands');
export default new DataSource(dataSourceOptions(url));
