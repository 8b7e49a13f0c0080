import { expect, test } from '@playwright/test';
import { accessibilityViolations, PHONE_SCANNED } from './support/a11y';

/** Accessibility of the page types not covered by pages.spec.ts, pricing.spec.ts and hardware.spec.ts. */
const PAGES = [
  '/',
  '/compare',
  '/compare?models=glm-4.5~glm-4.6~kimi-k2-0905&chart=price&y=swe-bench-verified',
  '/compare?models=glm-4.5~glm-4.6&variants=1&chart=params',
  '/compare/glm-4.6-vs-kimi-k2',
  '/models/glm-4.6',
  '/benchmarks/swe-bench-verified',
  '/changelog',
  '/api',
  '/embed/compare?models=glm-4.5~glm-4.6',
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of PAGES) {
      test(`${path} has no accessibility violations`, async ({ page, isMobile }) => {
        // Colours do not depend on the viewport: the dark theme is scanned once, on desktop.
        test.skip(isMobile && scheme === 'dark', 'dark theme scanned on desktop');
        test.skip(isMobile && !PHONE_SCANNED.has(path), 'this layout is scanned at 375 px on another page type');
        await page.goto(path);
        await page.waitForLoadState('load');
        expect(await accessibilityViolations(page)).toEqual([]);
      });
    }
  });
}

test('the explorer works with the keyboard alone', async ({ page, isMobile }) => {
  test.skip(isMobile, 'keyboard use is a desktop scenario');
  await page.goto('/compare?models=glm-4.5&benchmarks=swe-bench-verified~hle');
  // Open the model picker from the keyboard and add GLM-4.6.
  const summary = page.locator('[data-picker="model-picker"] summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab'); // first quick pick
  const search = page.getByRole('searchbox', { name: 'Search models' });
  await search.focus();
  await page.keyboard.type('GLM-4.6');
  // The options arrive with the version's catalogue (fetched when the page is idle, or on opening).
  await expect(page.locator('[data-picker="model-picker"] [data-item-id="glm-4.6"]')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('data-item-id', 'glm-4.6');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/models=glm-4\.5~glm-4\.6/);
  await page.keyboard.press('Escape');

  // Sort by a column with Enter on its header link.
  const header = page.locator('th[data-column="hle"] a');
  await header.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sort=-hle/);

  // A value's source opens on focus and closes with Escape, focus staying on the value.
  const cell = page.locator('tr[data-model="glm-4.5"] td[data-column="hle"] [data-tip]');
  await cell.focus();
  const panel = page.locator(`[id="${await cell.getAttribute('data-tip')}"]`);
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(cell).toBeFocused();

  // Switch the chart with the keyboard.
  const priceChart = page.getByTestId('chart-price');
  await priceChart.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/chart=price/);
});

test('every chart has a text alternative', async ({ page }) => {
  await page.goto('/compare?models=glm-4.5~glm-4.6~kimi-k2&benchmarks=swe-bench-verified~hle');
  const figures = page.locator('figure[data-chart]');
  const count = await figures.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const alt = figures.nth(i).locator('.sr-only table');
    await expect(alt).toHaveCount(1);
    expect((await alt.locator('tr').count()) > 0).toBe(true);
  }
});
