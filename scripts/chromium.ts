import fs from 'node:fs';

/** Chromium from CHROME_PATH, else Debian's /usr/bin/chromium, else undefined (Playwright's own download). */
export function chromiumPath(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/**
 * Flags for Chromium on these machines: no sandbox (containers run as root), no GPU, and none of
 * the background connections the closed network refuses. Shared by the browser tests, the
 * screenshots and Lighthouse.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
] as const;
