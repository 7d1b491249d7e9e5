import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const workspace = resolve(__dirname, '../..');

// ESLint runs as a child process: it loads eslint.config.mjs with a dynamic import, which
// Jest's module sandbox cannot do. Linting stdin with a made-up path places the file in a project.
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const run = spawnSync(
    process.execPath,
    [resolve(workspace, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', resolve(workspace, filePath), '--format', 'json'],
    { cwd: workspace, input: code, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' } },
  );
  if (!run.stdout) throw new Error(`eslint printed nothing: ${run.stderr}`);
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return (result?.messages ?? []).filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

/**
 * The lint rules are only worth having if they fail: each case lints a made-up file in a real
 * project and expects the boundary rule to reject it.
 */
describe('module boundaries are enforced', () => {
  it('forbids a library importing an app', async () => {
    const errors = await boundaryErrors('libs/contracts/src/lib/offender.ts', "import { AppModule } from '../../../../apps/api/src/app/app.module';\nexport const x = AppModule;\n");
    expect(errors.length).toBeGreaterThan(0);
  });

  it('forbids shared libraries importing Nest, TypeORM or Angular', async () => {
    for (const [pkg, symbol] of [['@nestjs/common', 'Injectable'], ['typeorm', 'Entity'], ['@angular/core', 'Component']]) {
      const errors = await boundaryErrors('libs/triage/src/lib/offender.ts', `import { ${symbol} } from '${pkg}';\nexport const x = ${symbol};\n`);
      expect(errors.join('\n')).toMatch(new RegExp(pkg.replace('/', '\\/')));
    }
  });

  it('forbids the dashboard importing server packages', async () => {
    const errors = await boundaryErrors('apps/dashboard/src/app/offender.ts', "import { Entity } from 'typeorm';\nexport const x = Entity;\n");
    expect(errors.join('\n')).toMatch(/typeorm/);
  });

  it('forbids apps importing test helpers', async () => {
    const errors = await boundaryErrors('apps/api/src/offender.ts', "import { freePort } from '@carequeue/testing';\nexport const x = freePort;\n");
    expect(errors.length).toBeGreaterThan(0);
  });

  it('allows what the architecture allows', async () => {
    expect(await boundaryErrors('apps/api/src/ok.ts', "import { POOLS } from '@carequeue/contracts';\nexport const x = POOLS;\n")).toEqual([]);
    expect(await boundaryErrors('libs/triage/src/lib/ok.ts', "import { POOLS } from '@carequeue/contracts';\nexport const x = POOLS;\n")).toEqual([]);
  });
});
