import Redis from 'ioredis';

/** Resolves when Redis answers PING; rejects after `timeoutMs` without retrying forever. */
export async function checkRedis(url: string, timeoutMs = 3_000): Promise<void> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } finally {
    client.disconnect();
  }
}

export const REDIS_HELP = [
  'CareQueue needs Redis for its job queues. Start one and try again:',
  '  Debian/Ubuntu: sudo apt-get install -y redis-server && sudo service redis-server start',
  '  macOS:         brew install redis && brew services start redis',
  '  Docker:        docker run -d --name redis -p 6379:6379 redis:7',
  'or point REDIS_URL at a running server.',
].join('\n');
