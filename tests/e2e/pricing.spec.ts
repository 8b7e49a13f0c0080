import { expect, test, type Page } from '@playwright/test';
import { accessibilityViolations } from './support/a11y';
import { expectTablesScrollInTheirOwnRegion } from './support/layout';

// GLM-4.5's Z.ai list price is $0.60 input, $0.11 cached input, $2.20 output per 1M tokens (in the
// fixture data and in the authored data alike). For 500M input (half cached) and 100M output:
// 250 × 0.60 + 250 × 0.11 + 100 × 2.20 = $397.50.
const GLM45_COST = '$397.50';

async function fillCalculator(page: Page, input: string, output: string, cache: string) {
  const form = page.locator('#cost-form');
  await form.getByLabel('Input tokens a month (millions)').fill(input);
  await form.getByLabel('Output tokens a month (millions)').fill(output);
  await form.getByLabel('Input served from cache (%)').fill(cache);
  await form.getByRole('button', { name: 'Calculate' }).click();
}

const usdCosts = (page: Page) => page.locator('[data-testid="cost-table-USD"] [data-testid="cost"]').allInnerTexts();

test('the calculator keeps its state in the URL, and the URL alone reproduces the result', async ({ page, browser }) => {
  await page.goto('/pricing');
  await fillCalculator(page, '500', '100', '50');
  await expect(page).toHaveURL(/\/pricing\?in=500&out=100&cache=50$/);
  const glm = page.locator('[data-testid="cost-table-USD"] tr[data-model="glm-4.5"]');
  await expect(glm.getByTestId('cost')).toContainText(GLM45_COST);
  await expect(page.getByTestId('cost-summary')).toContainText('500M input tokens (50% from cache) and 100M output tokens');
  const costs = await usdCosts(page);

  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto(page.url());
  await expect(fresh.locator('#cost-form').getByLabel('Input tokens a month (millions)')).toHaveValue('500');
  await expect(fresh.locator('[data-testid="cost-table-USD"] tr[data-model="glm-4.5"]').getByTestId('cost')).toContainText(
    GLM45_COST,
  );
  expect(await usdCosts(fresh)).toEqual(costs);
  await context.close();
});

test('the ranking is cheapest first within a currency', async ({ page }) => {
  await page.goto('/pricing?in=500&out=100&cache=50');
  const lows = await page.locator('[data-testid="cost-table-USD"] [data-testid="cost"]').evaluateAll((cells) =>
    cells
      .map((c) => c.getAttribute('data-sort'))
      .filter((v): v is string => v !== null && v !== '')
      .map(Number),
  );
  expect(lows.length).toBeGreaterThan(0);
  expect(lows).toEqual([...lows].sort((a, b) => a - b));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the calculator is a plain GET form that the server answers', async ({ page }) => {
    await page.goto('/pricing');
    await fillCalculator(page, '500', '100', '50');
    await expect(page).toHaveURL(/\/pricing\?in=500&out=100&cache=50$/);
    await expect(page.locator('[data-testid="cost-table-USD"] tr[data-model="glm-4.5"]').getByTestId('cost')).toContainText(
      GLM45_COST,
    );
  });
});

test('a malformed URL shows the notice and a working calculator', async ({ page }) => {
  const response = await page.goto('/pricing?in=abc&out=-5&cache=200&v=1999-01');
  expect(response?.status()).toBe(200);
  const notice = page.getByTestId('url-notice');
  await expect(notice).toBeVisible();
  for (const param of ['in=abc', 'out=-5', 'cache=200', 'v=1999-01']) await expect(notice).toContainText(param);
  // in falls back to its default, out and cache are clamped to their ranges.
  await expect(page.locator('#cost-form').getByLabel('Input tokens a month (millions)')).toHaveValue('100');
  await expect(page.locator('#cost-form').getByLabel('Output tokens a month (millions)')).toHaveValue('0');
  await expect(page.locator('#cost-form').getByLabel('Input served from cache (%)')).toHaveValue('100');
  await expect(page.getByTestId('cost-table-USD')).toBeVisible();
});

test('CNY prices are ranked on their own and never shown as dollars', async ({ page }) => {
  await page.goto('/pricing?in=100&out=20&cache=50');
  const cny = page.getByTestId('cost-group-CNY');
  await expect(cny).toBeVisible();
  for (const text of await cny.locator('[data-testid="cost"]').allInnerTexts()) {
    if (text.trim().startsWith('—')) continue;
    expect(text).toContain('¥');
    expect(text).not.toContain('$');
  }
  for (const text of await usdCosts(page)) expect(text).not.toContain('¥');
});

test('every disputed price in the full table is struck through and marked', async ({ page }) => {
  await page.goto('/pricing');
  const disputed = page.locator('[data-disputed]');
  for (const cell of await disputed.all()) {
    await expect(cell.getByTestId('disputed')).toHaveText('disputed');
    await expect(cell.locator('.line-through')).toHaveCount(1);
  }
});

test('a cost reveals its arithmetic and sources on focus', async ({ page }) => {
  await page.goto('/pricing?in=500&out=100&cache=50');
  const trigger = page.locator('[data-testid="cost-table-USD"] tr[data-model="glm-4.5"] [data-testid="cost"] [data-tip]');
  await trigger.focus();
  const panel = page.locator(`[id="${await trigger.getAttribute('data-tip')}"]`);
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('250M uncached input tokens');
  await expect(panel.getByRole('link').first()).toBeVisible();
});

test('the page does not scroll sideways; tables scroll in their own region', async ({ page }) => {
  await page.goto('/pricing?in=500&out=100&cache=50');
  await expectTablesScrollInTheirOwnRegion(page);
});

test('no WCAG 2.1 A/AA violations', async ({ page }) => {
  test.setTimeout(120_000); // the page holds a source panel per number; axe takes a while on it
  await page.goto('/pricing?in=500&out=100&cache=50');
  expect(await accessibilityViolations(page)).toEqual([]);
});
