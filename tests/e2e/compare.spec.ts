import { expect, test, type Page } from '@playwright/test';

async function tableRows(page: Page) {
  return page.locator('[data-testid="compare-table"] tbody tr').evaluateAll((rows) =>
    rows.map((r) => ({
      model: r.getAttribute('data-model'),
      values: [...r.querySelectorAll('td')].map((td) => td.getAttribute('data-value')),
    })),
  );
}

async function chartBars(page: Page, benchmark: string) {
  // The chart's text alternative lists exactly the bars drawn.
  const rows = page.locator(`[data-chart="bars-${benchmark}"] .sr-only tbody tr`);
  return rows.evaluateAll((trs) => trs.map((tr) => tr.textContent));
}

async function openPicker(page: Page, id: string) {
  // An open picker covers its neighbours on a phone; a click outside closes it, as in a menu.
  for (const other of await page.locator('details.picker[open]').all()) {
    if ((await other.getAttribute('data-picker')) !== id) await page.locator('h1').click();
  }
  const picker = page.locator(`[data-picker="${id}"]`);
  if (!(await picker.evaluate((d) => (d as HTMLDetailsElement).open))) await picker.locator('summary').click();
  return picker;
}

test('choose two models and one benchmark, sort, share: a fresh browser sees the same view', async ({ page, browser }) => {
  await page.goto('/compare?models=glm-4.5');
  const models = await openPicker(page, 'model-picker');
  await models.locator('[data-item-id="glm-4.6"]').click();
  await expect(page).toHaveURL(/\/compare\?models=glm-4\.5~glm-4\.6$/);

  const benchmarks = await openPicker(page, 'benchmark-picker');
  await benchmarks.locator('[data-only-id="swe-bench-verified"]').click();
  await expect(page).toHaveURL(/\/compare\?models=glm-4\.5~glm-4\.6&benchmarks=swe-bench-verified$/);

  await page.locator('th[data-column="swe-bench-verified"] a').click();
  await expect(page).toHaveURL(/\/compare\?models=glm-4\.5~glm-4\.6&benchmarks=swe-bench-verified&sort=-swe-bench-verified$/);
  const url = page.url();

  const rows = await tableRows(page);
  expect(rows.map((r) => r.model)).toEqual(['glm-4.6', 'glm-4.5']);
  const values = rows.map((r) => Number(r.values[0]));
  expect(values[0]).toBeGreaterThan(values[1]!);
  const bars = await chartBars(page, 'swe-bench-verified');
  expect(bars).toHaveLength(2);

  const context = await browser.newContext();
  const fresh = await context.newPage();
  // Server-rendered: the view is in the HTML before any script runs.
  const html = await (await fresh.request.get(url)).text();
  expect(html).toContain('data-testid="compare-table"');
  expect(html.indexOf('data-model="glm-4.6"')).toBeLessThan(html.indexOf('data-model="glm-4.5"'));
  await fresh.goto(url);
  expect(await tableRows(fresh)).toEqual(rows);
  expect(await chartBars(fresh, 'swe-bench-verified')).toEqual(bars);
  await context.close();
});

test('back and forward step through view changes', async ({ page }) => {
  await page.goto('/compare?models=glm-4.5~glm-4.6&benchmarks=swe-bench-verified~hle');
  await page.locator('th[data-column="hle"] a').click();
  await expect(page).toHaveURL(/sort=-hle/);
  await page.getByTestId('chart-price').click();
  await expect(page).toHaveURL(/chart=price/);
  await page.goBack();
  await expect(page).toHaveURL(/sort=-hle$/);
  await expect(page.getByTestId('chart-bar')).toHaveAttribute('aria-current', 'true');
  await page.goBack();
  await expect(page).toHaveURL(/benchmarks=swe-bench-verified~hle$/);
  await page.goForward();
  await expect(page).toHaveURL(/sort=-hle$/);
});

test('a malformed URL shows a notice and a working page', async ({ page }) => {
  const response = await page.goto(
    '/compare?models=glm-4.5~no-such-model~%3Cscript%3E&benchmarks=hle~x..y&sort=-nope&chart=pie&v=1999-99&variants=2&price=gold',
  );
  expect(response?.status()).toBe(200);
  const notice = page.getByTestId('url-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('no-such-model');
  await expect(notice).toContainText('chart=pie');
  await expect(page.locator('[data-testid="compare-table"] tbody tr')).toHaveCount(1);
  await expect(page.locator('tr[data-model="glm-4.5"]')).toBeVisible();
});

test('a cell tooltip shows its source with a link', async ({ page }) => {
  await page.goto('/compare?models=glm-4.5&benchmarks=swe-bench-verified');
  const trigger = page.locator('tr[data-model="glm-4.5"] td[data-column="swe-bench-verified"] [data-tip]');
  await trigger.focus();
  const panel = page.locator(`[id="${await trigger.getAttribute('data-tip')}"]`);
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('GLM-4.5');
  const link = panel.getByRole('link').first();
  await expect(link).toHaveAttribute('href', /^https?:\/\//);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
});

test('a missing value is shown as not reported, never as zero', async ({ page }) => {
  await page.goto('/compare?models=glm-4.6~glm-4.5-air&benchmarks=aime-2024');
  const cell = page.locator('tr[data-model="glm-4.6"] td[data-column="aime-2024"]');
  await expect(cell).toContainText('—');
  await expect(cell).toContainText('not reported');
  await expect(page.getByTestId('bars-aime-2024-left-out')).toContainText('GLM-4.6 (not reported)');
});

test('copy link gives the canonical permalink with the data version pinned', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/compare?sort=-hle&models=glm-4.5~glm-4.6');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('button', { name: /copied/ })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/compare\?models=glm-4\.5~glm-4\.6&sort=-hle&v=\d{4}-\d{2}$/);
});

test('on a 375 px phone only the table scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/compare');
  // Phone emulation widens innerWidth to fit overflow, so compare with the 375 px we set.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const scroller = page.getByTestId('table-scroller');
  const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
});

test('the pickers say so when their options cannot be loaded, and try again on request', async ({ page }) => {
  let fail = true;
  await page.route('**/compare/options?**', (route) =>
    fail
      ? route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: '{"error":{"status":503,"message":"the server is busy"}}',
        })
      : route.continue(),
  );
  await page.goto('/compare?models=glm-4.5&benchmarks=hle');
  const models = await openPicker(page, 'model-picker');
  await expect(models.getByRole('alert')).toContainText('Could not load the options: the server is busy');
  fail = false;
  await models.getByRole('button', { name: 'Try again' }).click();
  await expect(models.locator('[data-item-id="glm-4.6"]')).toBeVisible();
  await expect(models.getByRole('alert')).toHaveCount(0);
});
