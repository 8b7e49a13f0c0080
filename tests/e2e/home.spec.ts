import { expect, test } from '@playwright/test';
import { accessibilityViolations } from './support/a11y';
import { expectNoSidewaysScroll } from './support/layout';

test('the home page answers first: the newest GLM release against its launch peers, with the verdict and a /compare link', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'GLM Compare' })).toBeVisible();
  const answer = page.getByTestId('home-answer');
  await expect(answer.getByRole('heading', { level: 2, name: /against its launch peers$/ })).toBeVisible();
  await expect(answer.getByTestId('verdict-sentence')).not.toBeEmpty();
  await expect(answer.getByTestId('bar-chart').locator('figure').first()).toBeVisible();
  // The answer's bars come with the page (no chart script to wait for): one per model, scaled to 0–100.
  const firstPanel = answer.locator('[data-static-bars]').first();
  const rows = await answer.locator('figure').first().locator('tbody tr').count();
  expect(rows).toBeGreaterThan(1);
  await expect(firstPanel.locator('[data-model]')).toHaveCount(rows);
  const first = firstPanel.locator('[data-model]').first();
  const value = Number(await first.getAttribute('data-value'));
  const width = await first.locator('[data-bar]').evaluate((el) => parseFloat((el as HTMLElement).style.width));
  expect(width).toBeCloseTo(value, 2);
  await expect(answer.locator('svg.recharts-surface')).toHaveCount(0);
  const href = await answer.getByTestId('answer-link').getAttribute('href');
  expect(href).toMatch(/^\/compare\?models=[^&]+&benchmarks=/);
  // The link shows the same comparison: the same verdict.
  const verdict = await answer.getByTestId('verdict-sentence').textContent();
  await page.goto(href!);
  await expect(page.getByTestId('verdict-sentence')).toHaveText(verdict!);
});

test('the home page shows the open-weights price frontier, category leaders on a stated basis and the latest releases', async ({
  page,
}) => {
  await page.goto('/');
  const frontier = page.getByTestId('home-frontier');
  await expect(frontier.locator('figure[data-chart="home-frontier"]')).toHaveCount(1);
  await expect(frontier.getByRole('link', { name: 'See it on /compare' })).toHaveAttribute('href', /chart=price/);

  const leaders = page.getByTestId('home-leaders').locator('li');
  expect(await leaders.count()).toBeGreaterThan(1);
  for (const card of await leaders.all()) {
    await expect(card).toContainText(/Best of \d+ compared on: .+\./);
    await expect(card.getByRole('link', { name: 'See the comparison' })).toHaveAttribute(
      'href',
      /^\/compare\?models=.+&benchmarks=[^~&]+$/,
    );
  }

  const releases = page.getByTestId('home-releases').locator('li');
  expect(await releases.count()).toBeGreaterThan(2);
  const dates = await releases.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
  expect([...dates].sort().reverse()).toEqual(dates);
});

test('the home model list sorts and filters through the URL, hiding columns no shown row fills', async ({ page }) => {
  await page.goto('/');
  const list = page.getByTestId('model-list');
  await expect(list.locator('tr[data-model="glm-4.6"]')).toHaveCount(1);

  await list.getByRole('link', { name: 'Model', exact: true }).click();
  await expect(page).toHaveURL(/\/\?sort=name$/);
  const names = await list.locator('tbody th').allTextContents();
  expect(names.length).toBeGreaterThan(10);
  expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  await expect(list.getByRole('columnheader', { name: /^Model/ })).toHaveAttribute('aria-sort', 'ascending');

  await page.goto('/?org=zai&weights=open');
  const orgs = await list.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-org')));
  expect(orgs.length).toBeGreaterThan(0);
  expect(new Set(orgs)).toEqual(new Set(['zai']));
  await expect(list.getByTestId('model-count')).toContainText('of');

  // Closed-weights models publish no parameter counts: the columns go rather than show rows of "—".
  await page.goto('/?weights=closed');
  const headers = await list.locator('thead th').allTextContents();
  expect(headers.join(' ')).not.toMatch(/Total params/);
  await expect(list.getByTestId('hidden-columns')).toContainText('Total params');
});

test('the home filters work without JavaScript (a GET form)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const form = page.getByTestId('model-filters');
  await form.getByLabel('Weights').selectOption('open');
  await form.getByLabel('Size').selectOption('large');
  await form.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/weights=open&size=large/);
  await expect(page.getByTestId('model-count')).toContainText('of');
  await context.close();
});

test('the home page stays light: at most 1,500 elements and 150 KB of HTML', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  expect(Buffer.byteLength(html)).toBeLessThanOrEqual(150 * 1024);
  await page.goto('/');
  const count = await page.evaluate(() => document.querySelectorAll('*').length);
  expect(count).toBeLessThanOrEqual(1500);
});

test('the home page does not scroll sideways and has no accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expectNoSidewaysScroll(page);
  expect(await accessibilityViolations(page)).toEqual([]);
});
