#!/usr/bin/env node
// `npm start`: build the API and the dashboard for production (Nx's cache makes this a no-op
// when nothing changed), then run the API, which serves the dashboard on the same port.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`CareQueue needs Node.js 20.19 or later (this is ${process.versions.node}).`);
  process.exit(1);
}

console.log('Building the API and the dashboard (cached after the first run)…');
const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'dashboard', '--outputStyle=static'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, NX_DAEMON: process.env.NX_DAEMON ?? 'false', NX_TUI: 'false' },
});
if (build.status !== 0) {
  process.stdout.write(build.stdout);
  console.error('The build failed; see above.');
  process.exit(build.status ?? 1);
}

const api = spawn(process.execPath, [resolve(root, 'dist/apps/api/main.js')], { cwd: root, stdio: 'inherit' });
// Pass Ctrl+C and termination on, and leave with the API's own exit code once it has shut down.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
