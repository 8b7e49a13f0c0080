/**
 * npm start: the one command. Builds the database and the app only when something they
 * depend on changed since the last successful build (scripts/build-stamp.ts), then serves the
 * standalone build on PORT (default 3000) and HOSTNAME (default all interfaces).
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { databasePath } from '../lib/db/path';
import { configuredSiteUrl } from '../lib/site-url';
import { ROOT, distDir, inputsHash, staleReason, standaloneDir } from './build-stamp';

const started = performance.now();
const siteUrl = configuredSiteUrl(); // a malformed SITE_URL stops here, before any build
const reason = staleReason(inputsHash());
if (reason) {
  console.log(`start: building (${reason})…`);
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else {
  console.log(
    `start: the build in ${distDir()}/ is current (${((performance.now() - started) / 1000).toFixed(1)} s to check); not rebuilding.`,
  );
}
if (!siteUrl) console.log('start: SITE_URL is not set; the server will say what that means.');

const server = spawn(process.execPath, [path.join(standaloneDir(), 'glm-server.cjs')], {
  stdio: 'inherit',
  env: {
    NEXT_TELEMETRY_DISABLED: '1',
    ...process.env,
    NODE_ENV: 'production',
    PORT: process.env.PORT || '3000',
    // Read the project's database, so `npm run db:build` shows up without a restart.
    DATABASE_PATH: databasePath(),
  },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
