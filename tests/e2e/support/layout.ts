import { expect, type Page } from '@playwright/test';

/**
 * The page is no wider than the window. Phone emulation widens window.innerWidth to fit
 * overflowing content, so the limit is the viewport the test set, not innerWidth alone.
 */
export async function expectNoSidewaysScroll(page: Page) {
  const viewport = page.viewportSize();
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  const limit = Math.min(innerWidth, viewport?.width ?? innerWidth);
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${limit}px window`).toBeLessThanOrEqual(limit);
}

/** Nothing overflows the document, and every table scroller is a labelled, focusable region (so keyboards can scroll it). */
export async function expectTablesScrollInTheirOwnRegion(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  for (const region of await page.locator('div[role="region"]').all()) {
    await expect(region).toHaveAttribute('tabindex', '0');
    await expect(region).toHaveAttribute('aria-label', /.+/);
  }
}
