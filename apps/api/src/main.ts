import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app/app.module';
import { configureApp } from './app/configure-app';
import { checkRedis, REDIS_HELP } from './app/redis-check';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { DEMO_API_KEY_FILE, LOCAL_JWT_SECRET_FILE, localSecret } from './config/local-secret';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './database/embedded-postgres';
import { runMigrations } from './database/migrate';
import { DemoSeedService } from './seed/demo-seed.service';

const say = (line: string) => process.stdout.write(`${line}\n`);

function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const loaded = loadConfigOrExit();
  const config: AppConfig = {
    ...loaded,
    portalApiKey: loaded.portalApiKey ?? (await localSecret(DEMO_API_KEY_FILE, 'demo-')),
    jwtSecret: loaded.jwtSecret ?? (await localSecret(LOCAL_JWT_SECRET_FILE)),
  };

  try {
    await checkRedis(config.redisUrl);
  } catch (error) {
    process.stderr.write(`Cannot reach Redis at ${config.redisUrl} (${(error as Error).message}).\n${REDIS_HELP}\n`);
    process.exit(1);
  }

  let embedded: EmbeddedPostgresHandle | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: config.embeddedDataDir, database: 'carequeue', log: say });
    databaseUrl = embedded.url;
  }
  const applied = await runMigrations(databaseUrl);
  if (applied.length) say(`database: applied migrations ${applied.join(', ')}`);

  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register(config, { url: databaseUrl, embedded: embedded !== null }),
    { bufferLogs: true, bodyParser: false },
  );
  configureApp(app);
  await app.init();
  if (config.seedDemo) await app.get(DemoSeedService).seedIfEmpty();
  await app.listen(config.port, config.host);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: stopping CareQueue…`);
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    await app.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  say('');
  say(`CareQueue is running at http://${shownHost}:${config.port} (ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);
  say(`  API docs:  http://${shownHost}:${config.port}/api/docs`);
  say(`  database:  ${embedded ? `embedded PostgreSQL, data in ${embedded.dataDir}` : 'DATABASE_URL'}`);
  if (!loaded.portalApiKey) {
    say(`  demo portal API key (kept in ${DEMO_API_KEY_FILE}; set PORTAL_API_KEY in production): ${config.portalApiKey}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`CareQueue failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
