import { chmodSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { resolveDataDir } from './embedded-postgres';

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('resolveDataDir', () => {
  const root = mkdtempSync('/tmp/cq-datadir-');
  chmodSync(root, 0o755); // mkdtemp makes it 0700
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('keeps a directory every user can reach', async () => {
    const open = join(root, 'open');
    mkdirSync(open, { mode: 0o755 });
    expect(await resolveDataDir(join(open, 'data/postgres'))).toEqual({ dir: join(open, 'data/postgres') });
  });

  (asRoot ? it : it.skip)('as root, moves the cluster out from under a directory the postgres user cannot enter', async () => {
    const closed = join(root, 'closed');
    mkdirSync(closed, { mode: 0o700 });
    const result = await resolveDataDir(join(closed, 'data/postgres'));
    expect(result.dir).toMatch(/^\/var\/tmp\/carequeue-postgres-[0-9a-f]{10}$/);
    expect(result.movedBecause).toBe(`${closed} cannot be entered by the postgres user (mode 700)`);
    // The same request maps to the same place every time, so data persists across restarts.
    expect((await resolveDataDir(join(closed, 'data/postgres'))).dir).toBe(result.dir);
  });
});
