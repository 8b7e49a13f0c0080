/**
 * Screenshots of pages in Debian's Chromium, desktop and 375 px phone, light and dark, for
 * looking at what we build. Usage (with the app running):
 *   npx tsx scripts/screenshots.ts http://127.0.0.1:3000 /compare "/models/glm-4.6" ...
 * Writes var/screens/<name>-<desktop|phone>-<light|dark>.png (git-ignored).
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

const [base = 'http://127.0.0.1:3000', ...paths] = process.argv.slice(2);
const out = path.join(process.cwd(), 'var', 'screens');
fs.mkdirSync(out, { recursive: true });

const executablePath = chromiumPath();
async function main() {
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS],
  });
  const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 812 } } as const;
  for (const p of paths.length ? paths : ['/']) {
    for (const [device, viewport] of Object.entries(viewports)) {
      for (const scheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({
          viewport,
          colorScheme: scheme,
          deviceScaleFactor: 1,
          isMobile: device === 'phone',
          hasTouch: device === 'phone',
        });
        const page = await context.newPage();
        await page.goto(base + p, { waitUntil: 'load' });
        // Charts draw when they scroll into view (components/compare/chart-slot.tsx); a full-page
        // screenshot does not scroll, so ask them all to draw, as a download does.
        await page.waitForTimeout(800); // hydration: the slots listen from then on
        await page.evaluate(() => window.dispatchEvent(new Event('glm-compare:draw-charts')));
        await page.waitForTimeout(1200);
        const name = (p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home').slice(0, 80);
        const file = path.join(out, `${name}-${device}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        // Phone emulation widens innerWidth to fit overflowing content, so compare with the viewport we set.
        const overflow = (await page.evaluate(() => document.documentElement.scrollWidth)) - viewport.width;
        console.log(`${file}${overflow > 0 ? `  (page scrolls sideways by ${overflow}px)` : ''}`);
        await context.close();
      }
    }
  }
  await browser.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
