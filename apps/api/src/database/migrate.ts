import { DataSource } from 'typeorm';
import { dataSourceOptions } from './database-options';

/** Applies pending migrations; returns the names applied. */
export async function runMigrations(url: string): Promise<string[]> {
  const source = new DataSource(dataSourceOptions(url));
  await source.initialize();
  try {
    const applied = await source.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await source.destroy();
  }
}
