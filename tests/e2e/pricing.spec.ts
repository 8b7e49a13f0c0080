import { expect, test, type Page } from '@playwright/test';
import { accessibilityViolations } from './support/a11y';
import { expectTablesScrollInTheirOwnRegion } from './support/layout';

// GLM-4.6's Z.ai list price (the same as GLM-4.5's) is $0.60 input, $0.11 cached input, $2.20 output per 1M tokens.
// For 500M input (half cached) and 100M output a month: 250 × 0.60 + 250 × 0.11 + 100 × 2.20 = $397.50.
const GLM45_COST = '$397.50';

async function fillWorkload(page: Page, input: string, output: string, cache: string, per: 'day' | 'month') {
  const form = page.locator('#cost-form');
  await form.getByLabel('Input tokens (millions)').fill(input);
  await form.getByLabel('Output tokens (millions)').fill(output);
  await form.getByLabel('Tokens counted per').selectOption(per);
  await form.getByLabel('Input served from cache (%)').fill(cache);
  await form.getByRole('button', { name: 'Calculate' }).click();
}

const sellerRows = (page: Page) => page.locator('[data-testid="api-ways"] tbody tr');

for (const model of ['glm-4.6', 'glm-5', 'glm-5.2']) {
  test(`${model}: at least three sellers, each price with its seller and source, plans and a self-hosting line`, async ({
    page,
  }) => {
    await page.goto(`/pricing?model=${model}`);
    const rows = sellerRows(page);
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    for (const row of await rows.all()) {
      await expect(row.locator('th')).not.toBeEmpty(); // the seller
      // Its source: one tap or focus opens where each of its prices was read.
      const trigger = row.locator('[data-tip]');
      await expect(trigger).toHaveCount(1);
      await trigger.focus();
      const panel = page.locator(`[id="${await trigger.getAttribute('data-tip')}"]`);
      await expect(panel).toContainText('Seller: ');
      await expect(panel.getByRole('link').first()).toBeVisible();
      await expect(row.getByTestId('way-cost')).toContainText(/\$|¥|—/);
    }
    // A third-party host is never presented as the lab's list price.
    await expect(page.locator('[data-testid="api-ways"] tr[data-provider="openrouter"] th')).toContainText('third-party host');
    await expect(page.getByTestId('self-host')).toBeVisible();
    await expect(page.getByTestId('self-host-cost')).toContainText(/no source/i);
    await expect(page.getByTestId('self-host-gpus')).toBeVisible();
    if (model === 'glm-5.2') await expect(page.getByTestId('no-plans')).toBeVisible();
    else expect(await page.getByTestId('plan-row').count()).toBeGreaterThanOrEqual(3);
  });
}

test('a seller’s prices reveal their source, locator and date on focus', async ({ page }) => {
  await page.goto('/pricing?model=glm-4.6');
  const trigger = page.locator('[data-testid="api-ways"] tr[data-provider="hf-novita"] [data-tip]').first();
  await trigger.focus();
  const panel = page.locator(`[id="${await trigger.getAttribute('data-tip')}"]`);
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Seller: Hugging Face (Novita AI)');
  await expect(panel).toContainText('@pydantic/genai-prices 0.1.8 (npm)');
  await expect(panel).toContainText("provider 'huggingface_novita', model 'zai-org/GLM-4.6'");
  await expect(panel).toContainText('Sep 23, 2026');
});

test('the workload, the self-hosting inputs and the answer live in the URL, and the URL alone reproduces them', async ({
  page,
  browser,
}) => {
  await page.goto('/pricing?model=glm-4.6');
  await fillWorkload(page, '10', '2', '50', 'day');
  const form = page.locator('#cost-form');
  await form.getByLabel('GPU-hour price (USD)').fill('2.65');
  await form.getByLabel('Throughput (tokens/s)').fill('10000');
  await form.getByRole('button', { name: 'Calculate' }).click();
  // 10M input and 2M output a day are the defaults, so the canonical URL leaves them out.
  await expect(page).toHaveURL(/\/pricing\?model=glm-4\.6&cache=50&gpu=h100-80gb&gpuh=2\.65&tps=10000$/);
  // 5 × 0.60 + 5 × 0.11 + 2 × 2.20 = $7.95 a day at Z.ai, × 30 days = $238.50.
  await expect(page.locator('[data-testid="api-ways"] tr[data-provider="zai"]').getByTestId('way-cost')).toContainText('$238.50');
  await expect(page.getByTestId('self-host-cost')).toContainText('deployment');
  await expect(page.getByTestId('break-even')).toContainText('tokens a day');
  await expect(page.getByTestId('cost-cheapest')).toContainText('Cheapest way in US dollars');
  const answer = await page.getByTestId('cost-answer').innerText();

  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto(page.url());
  await expect(fresh.locator('#cost-form').getByLabel('GPU-hour price (USD)')).toHaveValue('2.65');
  expect(await fresh.getByTestId('cost-answer').innerText()).toBe(answer);
  await context.close();
});

test('an old calculator permalink still counts a month and gives the same figure', async ({ page }) => {
  await page.goto('/pricing?in=500&out=100&cache=50');
  await expect(page.locator('#cost-form').getByLabel('Tokens counted per')).toHaveValue('month');
  await expect(page.locator('[data-testid="api-ways"] tr[data-provider="zai"]').getByTestId('way-cost')).toContainText(
    GLM45_COST,
  );
});

test('sellers are ranked cheapest first within a currency', async ({ page }) => {
  await page.goto('/pricing?in=500&out=100&cache=50');
  const lows = await page.locator('[data-testid="api-ways"] [data-testid="way-cost"]').evaluateAll((cells) =>
    cells
      .map((c) => c.getAttribute('data-sort'))
      .filter((v): v is string => v !== null && v !== '')
      .map(Number),
  );
  expect(lows.length).toBeGreaterThanOrEqual(3);
  expect(lows).toEqual([...lows].sort((a, b) => a - b));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the cost form is a plain GET form that the server answers', async ({ page }) => {
    await page.goto('/pricing');
    await fillWorkload(page, '500', '100', '50', 'month');
    // The form sends every field; the server answers at the canonical URL, which leaves out what is implied.
    await expect(page).toHaveURL(/\/pricing\?model=glm-4\.6&in=500&out=100&cache=50(&|$)/);
    await expect(page.locator('[data-testid="api-ways"] tr[data-provider="zai"]').getByTestId('way-cost')).toContainText(
      GLM45_COST,
    );
  });
});

test('a malformed URL shows the notice and a working page', async ({ page }) => {
  const response = await page.goto('/pricing?in=abc&out=-5&cache=200&v=1999-01&model=no-such-model&gpuh=x');
  expect(response?.status()).toBe(200);
  const notice = page.getByTestId('url-notice');
  await expect(notice).toBeVisible();
  for (const param of ['in=abc', 'out=-5', 'cache=200', 'v=1999-01', 'model=no-such-model', 'gpuh=x'])
    await expect(notice).toContainText(param);
  // in falls back to its default, out and cache are clamped to their ranges.
  await expect(page.locator('#cost-form').getByLabel('Input tokens (millions)')).toHaveValue('100');
  await expect(page.locator('#cost-form').getByLabel('Output tokens (millions)')).toHaveValue('0');
  await expect(page.locator('#cost-form').getByLabel('Input served from cache (%)')).toHaveValue('100');
  await expect(page.getByTestId('api-ways')).toBeVisible();
});

test('CNY prices are costed in CNY and never shown as dollars', async ({ page }) => {
  await page.goto('/pricing?model=kimi-k2&in=100&out=20&cache=50');
  const cny = page.locator('[data-testid="api-ways"] tr').filter({ hasText: 'CNY' });
  await expect(cny.first()).toBeVisible();
  for (const text of await cny.getByTestId('way-cost').allInnerTexts()) {
    if (text.trim().startsWith('—')) continue;
    expect(text).toContain('¥');
    expect(text).not.toContain('$');
  }
});

test('every disputed price in the model’s price lines is struck through and marked', async ({ page }) => {
  await page.goto('/pricing?model=glm-4.5-air');
  const disputed = page.locator('[data-disputed]');
  expect(await disputed.count()).toBeGreaterThan(0);
  for (const cell of await disputed.all()) {
    await expect(cell.getByTestId('disputed')).toHaveText('disputed');
    await expect(cell.locator('.line-through')).toHaveCount(1);
  }
});

test('the default view stays small', async ({ request }) => {
  const body = await (await request.get('/pricing')).text();
  expect(body.length).toBeLessThanOrEqual(150 * 1024);
});

test('the page does not scroll sideways; tables scroll in their own region', async ({ page }) => {
  await page.goto('/pricing?in=500&out=100&cache=50');
  await expectTablesScrollInTheirOwnRegion(page);
});

test('no WCAG 2.1 A/AA violations', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/pricing?model=glm-4.6&gpuh=2.65&tps=10000');
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('the model page shows its price history and links to its cost view', async ({ page }) => {
  await page.goto('/models/deepseek-v3.1');
  const history = page.getByTestId('price-history');
  await expect(history).toBeVisible();
  expect(await history.getByTestId('price-history-point').count()).toBeGreaterThan(1);
  await expect(history).toContainText('until 2025-09-05');
  await expect(page.getByRole('link', { name: /Every way of buying DeepSeek-V3\.1/ })).toHaveAttribute(
    'href',
    '/pricing?model=deepseek-v3.1',
  );
});

test('/api/v1/cost returns the table the page shows, and names what it cannot use', async ({ request }) => {
  const res = await request.get('/api/v1/cost?model=glm-4.6&in=10&out=2&per=day&cache=50&precision=fp8&gpuh=2.65&tps=50000');
  expect(res.status()).toBe(200);
  const body = (await res.json()) as {
    data: {
      ways: Array<{ way: string; providerId?: string; monthlyLow: number | null; sourceIds?: string }>;
      breakEven: { kind: string; tokensPerDayMillions?: { low: number } };
      cheapest: { way: string } | null;
    };
  };
  const apis = body.data.ways.filter((w) => w.way === 'api');
  expect(apis.length).toBeGreaterThanOrEqual(3);
  for (const w of apis) expect(w.sourceIds).toBeTruthy();
  expect(apis.find((w) => w.providerId === 'zai')?.monthlyLow).toBe(238.5);
  expect(body.data.ways.some((w) => w.way === 'plan')).toBe(true);
  expect(body.data.ways.some((w) => w.way === 'self-host')).toBe(true);
  // FP8 on H100s: the planner proposes 8 GPUs, 8 × $2.65 × 24 = $508.80 a day. Against the cheapest API
  // (OpenRouter: 5 × 0.43 + 5 × 0.08 + 2 × 1.74 = $6.03 a day for 12M tokens) break-even is
  // 508.80 ÷ (6.03 ÷ 12) = 1,012.537…M tokens a day, within one deployment's 50,000 × 86,400 = 4,320M.
  expect(body.data.breakEven.kind).toBe('at');
  expect(body.data.breakEven.tokensPerDayMillions?.low).toBeCloseTo(1012.537, 3);
  for (const [url, param] of [
    ['/api/v1/cost?model=no-such-model', 'model'],
    ['/api/v1/cost?model=glm-4.6&in=abc', 'in'],
    ['/api/v1/cost?model=glm-4.6&gpu=no-such-gpu', 'gpu'],
    ['/api/v1/cost?model=glm-4.6&nope=1', 'nope'],
  ] as const) {
    const bad = await request.get(url);
    expect(bad.status()).toBe(400);
    const error = (await bad.json()) as { error: { message: string; param?: string } };
    expect(error.error.param).toBe(param);
  }
});

test('at 375 px the first price column of the sellers table is fully visible beside the seller', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'a phone layout');
  await page.goto('/pricing?model=glm-4.6');
  const table = page.getByTestId('api-ways');
  const firstPrice = table.locator('tbody tr').first().locator('td').first();
  const scroller = table.locator('xpath=ancestor::*[@data-testid or @role="region"][1]');
  const box = await firstPrice.boundingBox();
  const frame = await scroller.boundingBox();
  expect(box && frame && box.x + box.width <= frame.x + frame.width + 1).toBeTruthy();
});
