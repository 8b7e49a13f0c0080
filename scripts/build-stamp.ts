/**
 * What a production build depends on, as one hash, and the stamp the last successful build
 * left in its folder. `npm start` (scripts/start.ts) rebuilds only when they differ;
 * `npm run build` (scripts/build.ts) always rebuilds and writes the stamp.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { databasePath } from '../lib/db/path';
import { configuredSiteUrl } from '../lib/site-url';

export const ROOT = path.resolve(__dirname, '..');

/** Folders and files whose content goes into the build (the database and the app). */
export const BUILD_INPUTS = [
  'app',
  'components',
  'lib',
  'data',
  'drizzle',
  'public',
  'instrumentation.ts',
  'proxy.ts',
  'next.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'scripts/db-build.ts',
  'scripts/build.ts',
  'scripts/build-stamp.ts',
  'scripts/standalone-server.cjs',
];

export function distDir(): string {
  return process.env.NEXT_DIST_DIR ?? '.next';
}

export function stampFile(): string {
  return path.join(ROOT, distDir(), 'glm-build-stamp.json');
}

/** The folder `node <it>/glm-server.cjs` serves from: Next's standalone output plus what it reads. */
export function standaloneDir(): string {
  return path.join(ROOT, distDir(), 'standalone');
}

function walk(rel: string, out: string[]): void {
  const abs = path.join(ROOT, rel);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch {
    return; // optional inputs (proxy.ts) may be absent
  }
  if (stat.isDirectory()) {
    for (const entry of fs.readdirSync(abs).sort()) walk(path.posix.join(rel, entry), out);
  } else if (stat.isFile()) {
    out.push(rel);
  }
}

/** SHA-256 over every input file's path and content, plus the settings a build bakes in. */
export function inputsHash(): string {
  const files: string[] = [];
  for (const input of BUILD_INPUTS) walk(input, files);
  const hash = crypto.createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(ROOT, file)));
    hash.update('\0');
  }
  // Prerendered pages carry SITE_URL; the native SQLite driver is tied to Node's ABI.
  hash.update(`SITE_URL=${configuredSiteUrl() ?? ''}\0node-abi=${process.versions.modules}\0`);
  return hash.digest('hex');
}

export interface Stamp {
  hash: string;
  siteUrl: string | null;
  builtAt: string;
}

export function readStamp(): Stamp | null {
  try {
    return JSON.parse(fs.readFileSync(stampFile(), 'utf8')) as Stamp;
  } catch {
    return null;
  }
}

export function writeStamp(hash: string): void {
  const stamp: Stamp = { hash, siteUrl: configuredSiteUrl(), builtAt: new Date().toISOString() };
  fs.writeFileSync(stampFile(), `${JSON.stringify(stamp, null, 2)}\n`);
}

/** Why a build is needed, or null when the last one is current and complete. */
export function staleReason(hash: string): string | null {
  const stamp = readStamp();
  if (!stamp) return `no build stamp in ${distDir()}/`;
  if (stamp.hash !== hash) return 'sources, data or settings changed since the last build';
  for (const needed of [path.join(distDir(), 'BUILD_ID'), path.join(distDir(), 'standalone', 'glm-server.cjs')]) {
    if (!fs.existsSync(path.join(ROOT, needed))) return `${needed} is missing`;
  }
  if (!fs.existsSync(databasePath())) return `the database ${path.relative(ROOT, databasePath())} is missing`;
  return null;
}
