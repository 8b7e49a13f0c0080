/**
 * What the measurement scripts (bench, lighthouse, load) share: a production build, and a
 * `next start` they start and stop themselves.
 *
 * The server runs in a session and process group of its own (spawn's `detached` is setsid):
 * stopping it means signalling that group, because stopping only the launcher would leave
 * next-server holding the port. Nothing here ever signals a process it did not start.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

export function distDir(): string {
  return process.env.NEXT_DIST_DIR ?? '.next';
}

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return n;
}
export { envNumber };

/** Runs a command in the project folder, inheriting the output; throws on a non-zero exit. */
export function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  return performance.now() - started;
}

/**
 * `npm run build` (database, then next build) unless SKIP_BUILD=1 and a build exists.
 * next build rewrites tsconfig.json and next-env.d.ts when the dist folder is not .next;
 * they are put back as they were.
 */
/** The port both `npm run bench` and `npm run lighthouse` serve the main build on. */
export const PERF_PORT = 3300;

/**
 * Figures are taken from a build made as a deployment makes it: with SITE_URL set, so pages whose
 * view does not depend on the request are prerendered (README › Deploy). Without one given, the
 * address the perf server listens on, so canonical links point at the page Lighthouse loads.
 */
export function perfSiteUrl(): string {
  process.env.SITE_URL ||= `http://127.0.0.1:${PERF_PORT}`;
  return process.env.SITE_URL;
}

export function ensureBuild(): void {
  console.log(`SITE_URL=${perfSiteUrl()}`);
  const buildId = path.join(ROOT, distDir(), 'BUILD_ID');
  if (process.env.SKIP_BUILD === '1') {
    if (!fs.existsSync(buildId)) throw new Error(`SKIP_BUILD=1 but there is no build in ${distDir()}/ (run npm run build first)`);
    console.log(`Using the existing production build in ${distDir()}/ (SKIP_BUILD=1).`);
    return;
  }
  const kept = ['tsconfig.json', 'next-env.d.ts'].map((f) => {
    const file = path.join(ROOT, f);
    return { file, text: fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null };
  });
  try {
    console.log(`Building for production into ${distDir()}/ (set SKIP_BUILD=1 to reuse a build)…`);
    run('npm', ['run', 'build', '--silent']);
  } finally {
    for (const k of kept) {
      if (k.text !== null && fs.readFileSync(k.file, 'utf8') !== k.text) fs.writeFileSync(k.file, k.text);
    }
  }
}

export interface Server {
  url: string;
  port: number;
  /** Process group id (= the pid of next start, which is also next-server). */
  pid: number;
  stop(): Promise<void>;
}

const running = new Set<Server>();

/** Stops every server this process started, on Ctrl-C or a crash too. */
async function stopAll(): Promise<void> {
  await Promise.all([...running].map((s) => s.stop()));
}
let hooked = false;
function hookExit() {
  if (hooked) return;
  hooked = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      void stopAll().finally(() => process.exit(130));
    });
  }
  process.on('exit', () => {
    for (const s of running) {
      try {
        process.kill(-s.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(url: string, child: ChildProcess, log: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`next start did not answer ${url} within ${timeoutMs / 1000} s:\n${log()}`);
}

/** True when something already accepts connections on the port (another server would answer in ours' place). */
export function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** `next start -p <port>` on 127.0.0.1 from the production build, with extra env (DATABASE_PATH). */
export async function startServer(port: number, env: Record<string, string> = {}): Promise<Server> {
  hookExit();
  if (await portTaken(port)) throw new Error(`port ${port} is already in use: stop what listens there or choose another port`);
  const bin = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
  const child = spawn(process.execPath, [bin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start next start');
  const url = `http://127.0.0.1:${port}`;
  const server: Server = {
    url,
    port,
    pid,
    stop: async () => {
      running.delete(server);
      if (!alive(pid)) return;
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        return;
      }
      const deadline = Date.now() + 5000;
      while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      if (alive(pid)) {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          // gone meanwhile
        }
      }
    },
  };
  running.add(server);
  try {
    await waitFor(`${url}/robots.txt`, child, () => output);
    // A server that could not listen exits at once; make sure the one answering is ours.
    await new Promise((r) => setTimeout(r, 300));
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

/** Resident memory of a process group (next start and anything it spawned), in bytes, from /proc. */
export function groupRss(pgid: number): number {
  let total = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name "(...)": state ppid pgrp ...
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(rest[2]) !== pgid) continue;
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8');
      const match = /VmRSS:\s+(\d+) kB/.exec(status);
      if (match?.[1]) total += Number(match[1]) * 1024;
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

export function writeJson(folder: string, name: string, value: unknown): string {
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
  return path.relative(ROOT, file);
}

/** A small deterministic PRNG (mulberry32) so runs pick the same URLs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
