import { expect, test } from '@playwright/test';

// Source details on demand: a page carries each value and the address of its details; the panel is
// fetched on first opening from a route cached for good, and the address works without JavaScript.

const MODEL = '/models/glm-4.6';
const SCORE = 'tbody [data-tip="tip-remote"]';

test('a model page carries no source panels, only the address of each value’s details', async ({ request }) => {
  const html = await (await request.get(MODEL)).text();
  expect(html).not.toContain('role="tooltip"');
  const hrefs = [...html.matchAll(/href="(\/details\/2026-12\/score\/\d+)"/g)].map((m) => m[1]);
  expect(hrefs.length).toBeGreaterThan(20);
});

test('a value’s panel is fetched when first opened, once, and tells its source', async ({ page }) => {
  await page.goto(MODEL);
  const panelRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/panel')) panelRequests.push(r.url());
  });
  const value = page.locator(SCORE).first();
  const href = await value.getAttribute('href');
  await value.focus();
  const panel = page.locator('#tip-remote');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
  await expect(value).toHaveAttribute('aria-expanded', 'true');
  await expect(value).toHaveAttribute('aria-describedby', 'tip-remote');
  expect(panelRequests).toEqual([expect.stringContaining(`${href}/panel`)]);

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(value).toHaveAttribute('aria-expanded', 'false');
  await expect(value).toBeFocused();
  // Opened again: drawn from what was fetched.
  await value.blur();
  await value.focus();
  await expect(page.locator('#tip-remote').getByRole('link').first()).toBeVisible();
  expect(panelRequests).toHaveLength(1);
});

test('Tab from an open value reaches the links of its panel', async ({ page }) => {
  await page.goto(MODEL);
  const value = page.locator(SCORE).first();
  await value.focus();
  await expect(page.locator('#tip-remote').getByRole('link').first()).toBeVisible();
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => !!document.activeElement?.closest('#tip-remote'));
  expect(focused).toBe(true);
});

test('a panel that cannot load says so and links to the details page', async ({ page }) => {
  await page.route('**/panel', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto(MODEL);
  const value = page.locator(SCORE).first();
  const href = await value.getAttribute('href');
  await value.focus();
  const alert = page.locator('#tip-remote [role="alert"]');
  await expect(alert).toContainText('could not be loaded');
  await expect(alert.getByRole('link')).toHaveAttribute('href', href!);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a value is a link to a page with the same details', async ({ page }) => {
    await page.goto(MODEL);
    const value = page.locator(SCORE).first();
    const label = (await value.textContent())!.replace('⚠', '').trim();
    await value.click();
    await expect(page).toHaveURL(/\/details\/2026-12\/score\/\d+$/);
    const body = page.getByTestId('detail-body');
    await expect(body).toContainText(label);
    await expect(body).toContainText('GLM-4.6');
    await expect(body.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
  });
});

test('the panel route is cached for good and names what it does not know', async ({ request }) => {
  const ok = await request.get('/details/2026-12/score/0/panel');
  expect(ok.status()).toBe(200);
  expect(ok.headers()['cache-control']).toContain('immutable');
  const body = (await ok.json()) as { version: string; detail: { kind: string } };
  expect(body.version).toBe('2026-12');
  expect(body.detail.kind).toBe('score');

  for (const [path, message] of [
    ['/details/2026-12/score/99999999/panel', 'No score with id "99999999"'],
    ['/details/1999-01/score/0/panel', 'Unknown data version "1999-01"'],
    ['/details/2026-12/nonsense/0/panel', 'Unknown kind of value "nonsense"'],
  ] as const) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(message);
  }
  expect((await request.get('/details/2026-12/score/99999999')).status()).toBe(404);
});

test('every kind of value opens its details: price, spec, hardware, GPU, history event', async ({ page }) => {
  for (const [path, selector, text] of [
    [MODEL, 'section[aria-labelledby="prices-heading"] [data-tip="tip-remote"]', 'Seller'],
    [MODEL, 'section[aria-labelledby="specs-heading"] [data-tip="tip-remote"]', 'GLM-4.6'],
    ['/hardware', '[data-tip="tip-remote"][href*="/hardware/"]', 'GLM'],
    ['/hardware', '[data-tip="tip-remote"][href*="/gpu/"]', 'GB'],
    ['/history', '[data-tip="tip-remote"][href*="/event/"]', '·'],
  ] as const) {
    await page.goto(path);
    const value = page.locator(selector).first();
    await value.focus();
    const panel = page.locator('#tip-remote');
    await expect(panel, `${path} ${selector}`).toContainText(text);
    await expect(panel.getByRole('link').first()).toBeVisible();
  }
});
