import { expect, test } from '@playwright/test';
import { accessibilityViolations } from './support/a11y';
import { expectNoSidewaysScroll } from './support/layout';

test('search finds GLM-4.6 from the header box as you type', async ({ page }) => {
  await page.goto('/about');
  const box = page.getByRole('combobox', { name: /Search models/ });
  await box.fill('glm-4.6');
  const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await expect(first).toContainText('GLM-4.6');
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/models\/glm-4\.6$/);
  await expect(page.getByRole('heading', { level: 1, name: 'GLM-4.6' })).toBeVisible();
});

test('"/" focuses the header search box', async ({ page, isMobile }) => {
  test.skip(isMobile, 'a keyboard shortcut');
  await page.goto('/models');
  await page.locator('body').press('/');
  await expect(page.getByRole('combobox', { name: /Search models/ })).toBeFocused();
});

test('search finds GLM-4.6 without JavaScript: /search?q=glm-4.6 is a server-rendered page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search?q=glm-4.6');
  const results = page.getByTestId('search-results');
  const first = results.getByRole('link').first();
  await expect(first).toHaveText('GLM-4.6');
  await expect(first).toHaveAttribute('href', '/models/glm-4.6');
  // The header box submits to the same page.
  await page.getByRole('combobox', { name: /Search models/ }).fill('swe-bench');
  await page.getByRole('combobox', { name: /Search models/ }).press('Enter');
  await expect(page).toHaveURL(/\/search\?q=swe-bench$/);
  await expect(page.getByTestId('search-results').getByRole('link', { name: 'SWE-bench Verified' })).toBeVisible();
  await context.close();
});

test('search finds organizations and pages', async ({ page }) => {
  await page.goto('/search?q=qwen');
  await expect(page.getByRole('region', { name: 'Organizations' }).getByRole('link').first()).toHaveAttribute(
    'href',
    '/models?org=alibaba',
  );
  await page.goto('/search?q=pricing');
  await expect(page.getByRole('region', { name: 'Pages' }).getByRole('link', { name: 'Pricing' })).toHaveAttribute(
    'href',
    '/pricing',
  );
});

test('the search index is JSON per data version, cached for good when pinned', async ({ request }) => {
  const pinned = await request.get('/search/index?v=2026-12');
  expect(pinned.status()).toBe(200);
  expect(pinned.headers()['cache-control']).toContain('immutable');
  const body = (await pinned.json()) as { version: string; entries: Array<{ label: string; href: string }> };
  expect(body.version).toBe('2026-12');
  expect(body.entries.some((e) => e.href === '/models/glm-4.6')).toBe(true);
  const latest = await request.get('/search/index');
  expect(latest.headers()['cache-control']).not.toContain('immutable');
});

test('/search does not scroll sideways and has no accessibility violations', async ({ page }) => {
  await page.goto('/search?q=glm');
  await expectNoSidewaysScroll(page);
  expect(await accessibilityViolations(page)).toEqual([]);
});
