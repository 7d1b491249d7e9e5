#!/usr/bin/env node
// `npm test`: lint and every test project (unit, integration against real PostgreSQL and
// Redis, browser tests in Chromium). Builds come first where a project needs them. Ends with
// one plain line that totals every Jest run: "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const results = join(root, 'test-output/results');
rmSync(results, { recursive: true, force: true });

const run = spawnSync(
  'npx',
  ['nx', 'run-many', '-t', 'lint', 'test', '--outputStyle=stream', '--parallel=2', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, NX_DAEMON: process.env.NX_DAEMON ?? 'false', NX_TUI: 'false' } },
);

let passed = 0;
let failed = 0;
let suites = 0;
if (existsSync(results)) {
  for (const file of readdirSync(results)) {
    const summary = JSON.parse(readFileSync(join(results, file), 'utf8'));
    passed += summary.passed;
    failed += summary.failed;
    suites += 1;
  }
}
console.log(`\n${suites} Jest projects ran.`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(run.status ?? 1);
