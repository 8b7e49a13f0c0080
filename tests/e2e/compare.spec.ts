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

test('a group quick pick is a short link that lands on the full permalink, the rest of the view kept', async ({
  page,
  request,
}) => {
  await page.goto('/compare?models=glm-4.5&benchmarks=swe-bench-verified&chart=price');
  const picker = await openPicker(page, 'model-picker');
  const glm = picker.getByRole('link', { name: 'GLM family' });
  // The page names the pick; the list of models is the server's to spell out.
  await expect(glm).toHaveAttribute('href', '/compare/pick?group=glm&benchmarks=swe-bench-verified&chart=price');
  await glm.click();
  await expect(page).toHaveURL(/\/compare\?models=glm-[^&]*~glm-[^&]*&benchmarks=swe-bench-verified&chart=price$/);
  const models = new URL(page.url()).searchParams.get('models')!.split('~');
  expect(models.every((id) => id.startsWith('glm-'))).toBe(true);
  await expect(page.locator('[data-picker="model-picker"] summary')).toContainText(`${models.length} shown`);
  // Without JavaScript the link is a redirect to the same permalink.
  const direct = await request.get('/compare/pick?group=glm&benchmarks=swe-bench-verified&chart=price', { maxRedirects: 0 });
  expect(direct.status()).toBe(307);
  expect(direct.headers()['location']).toBe(new URL(page.url()).pathname + new URL(page.url()).search);
  // A pick that does not exist is a 404, not a guess.
  expect((await request.get('/compare/pick?group=closed', { maxRedirects: 0 })).status()).toBe(404);
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

// ---- Issue 12: tables on a phone, pending states, source panels, charts, downloads, embeds.

const FOUR = '/compare?models=glm-4.6~kimi-k2-0905~qwen3-235b-a22b-thinking-2507~deepseek-v3.1';

/** Draws every chart on the page (they draw when scrolled into view) and waits for their SVGs. */
async function drawCharts(page: Page) {
  await expect(async () => {
    await page.evaluate(() => window.dispatchEvent(new Event('glm-compare:draw-charts')));
    const pending = await page
      .locator('[data-chart-slot]')
      .evaluateAll((slots) => slots.filter((s) => !s.querySelector('svg.recharts-surface')).length);
    expect(pending).toBe(0);
  }).toPass({ timeout: 15_000 });
}

for (const { path, table, cell } of [
  { path: '/compare', table: 'compare-table', cell: 0 },
  { path: '/compare/glm-4.6-vs-kimi-k2-0905', table: 'h2h-table', cell: 0 },
  { path: '/benchmarks/swe-bench-verified', table: 'ranking-table', cell: 1 },
]) {
  test(`at 375 px the first score column is fully visible: ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(path);
    const t = page.getByTestId(table);
    const scroller = await t.locator('xpath=ancestor::div[@role="region"][1]').boundingBox();
    const row = t.locator('tbody tr').first();
    const first = await row.locator('td').nth(cell).boundingBox();
    expect(first && scroller).toBeTruthy();
    expect(first!.x).toBeGreaterThanOrEqual(scroller!.x);
    expect(first!.x + first!.width).toBeLessThanOrEqual(scroller!.x + scroller!.width + 0.5);
    // The name beside it may be cut short on screen; its full text stays in the link and its title.
    const name = row.locator('th a');
    expect(await name.textContent()).toBe(await name.getAttribute('title'));
  });
}

test('a desktop table wider than its box shows that it scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/compare?variants=1');
  const scroller = page.getByTestId('table-scroller');
  const fade = page.locator('[data-scroll-fade="right"]').first();
  const wide = await scroller.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(wide).toBe(true);
  await expect(fade).toHaveCSS('opacity', '1');
  await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect(fade).toHaveCSS('opacity', '0');
});

test('a pending state appears while a new view loads', async ({ page }) => {
  await page.goto('/compare?models=glm-4.5~glm-4.6&benchmarks=swe-bench-verified~hle');
  await page.waitForLoadState('networkidle');
  // Slow the server's answer (the RSC payload) to client navigations.
  await page.route('**/compare?**', async (route) => {
    if (route.request().headers()['rsc']) await new Promise((r) => setTimeout(r, 2000));
    await route.continue();
  });
  const table = page.locator('section[aria-labelledby="table-heading"]');
  const chip = page.getByTestId('chart-price');
  await chip.click();
  await expect(chip.locator('[data-link-pending]')).toBeVisible();
  await expect.poll(() => table.evaluate((el) => getComputedStyle(el).opacity)).toBe('0.5');
  await expect(page).toHaveURL(/chart=price/);
  await expect(chip.locator('[data-link-pending]')).toHaveCount(0);
  await expect(table).toHaveCSS('opacity', '1');

  const sort = page.locator('th[data-column="hle"] a');
  await sort.click();
  await expect(sort.locator('[data-link-pending]')).toBeVisible();
  await expect(page).toHaveURL(/sort=-hle/);
  await expect(sort.locator('[data-link-pending]')).toHaveCount(0);
});

test('a single tap opens a source panel on a phone, a second tap closes it', async ({ page }, testInfo) => {
  test.skip(!testInfo.project.use.hasTouch, 'touch only');
  await page.goto('/compare?models=glm-4.5&benchmarks=swe-bench-verified');
  await page.waitForLoadState('networkidle');
  const trigger = page.locator('tr[data-model="glm-4.5"] td[data-column="swe-bench-verified"] [data-tip]');
  const panel = page.locator(`[id="${await trigger.getAttribute('data-tip')}"]`);
  await trigger.tap();
  await expect(panel).toBeVisible();
  await page.waitForTimeout(400);
  await expect(panel).toBeVisible();
  await trigger.tap();
  await expect(panel).toBeHidden();
});

test('an opened source panel fits the viewport and scrolls inside', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(FOUR);
  await page.waitForLoadState('networkidle');
  const trigger = page.locator('[data-testid="compare-table"] tbody [data-tip]').last();
  const panel = page.locator(`[id="${await trigger.getAttribute('data-tip')}"]`);
  // A value near the bottom of the window, whose panel, once its details have loaded, grows long.
  await trigger.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - (window.innerHeight - 60)));
  await trigger.focus();
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('link').first()).toBeVisible();
  await panel.evaluate((p) => {
    for (let i = 0; i < 80; i++)
      p.append(Object.assign(document.createElement('span'), { textContent: `Line ${i}`, className: 'block' }));
  });
  // Floating UI re-places the panel when its size changes.
  await expect(async () => {
    const box = (await panel.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(900);
  }).toPass();
  const box = (await panel.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(900);
  expect(await panel.evaluate((p) => p.scrollHeight > p.clientHeight)).toBe(true);
});

test('charts below the fold show a placeholder of their size until they draw', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(FOUR);
  const slot = page.locator('[data-chart-slot]').last();
  const placeholder = slot.locator('[data-chart-placeholder]');
  await expect(placeholder).toBeVisible();
  const [a, b] = await Promise.all([slot.boundingBox(), placeholder.boundingBox()]);
  expect(b!.height).toBeGreaterThan(50);
  expect(b!.height).toBe(a!.height);
  await slot.scrollIntoViewIfNeeded();
  await expect(slot.locator('svg.recharts-surface')).toBeVisible();
});

for (const path of [FOUR, '/benchmarks/mmlu']) {
  test(`chart labels are not clipped: ${path}`, async ({ page }) => {
    await page.goto(path);
    await drawCharts(page);
    const ticks = await page.locator('[data-chart-svg] svg.recharts-surface').evaluateAll((svgs) =>
      svgs.flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text[data-full-label]')].map((t) => {
          const r = t.getBoundingClientRect();
          return {
            full: t.getAttribute('data-full-label') ?? '',
            title: t.querySelector('title')?.textContent ?? '',
            shown: [...t.childNodes]
              .filter((n) => n.nodeType === Node.TEXT_NODE)
              .map((n) => n.textContent)
              .join(''),
            inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5,
          };
        });
      }),
    );
    expect(ticks.length).toBeGreaterThan(3);
    for (const t of ticks) {
      expect(t.inside, `${t.shown} inside its chart`).toBe(true);
      expect(t.title).toBe(t.full);
      if (t.shown !== t.full) {
        expect(t.shown.endsWith('…'), `${t.shown} is abbreviated with …`).toBe(true);
        expect(t.full.startsWith(t.shown.slice(0, -1))).toBe(true);
      }
    }
    const names = await page.locator('[data-chart] .sr-only tbody th').allTextContents();
    expect(new Set(ticks.map((t) => t.full))).toEqual(new Set(names));
  });
}

test("bar charts use their container's width", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/benchmarks/swe-bench-verified');
  await drawCharts(page);
  const section = (await page.locator('section[aria-labelledby="ranking"]').boundingBox())!;
  const svg = (await page.locator('[data-chart-svg] svg.recharts-surface').first().boundingBox())!;
  expect(svg.width).toBeGreaterThan(section.width * 0.95);
  // The bars' own area (the grid) is most of the chart, not a third of it.
  const grid = (await page.locator('[data-chart-svg] .recharts-cartesian-grid').first().boundingBox())!;
  expect(grid.width).toBeGreaterThan(svg.width * 0.6);
});

test('scatter point labels stay inside the chart at 375 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`${FOUR}&chart=price`);
  await drawCharts(page);
  const outside = await page.locator('[data-chart-svg] svg.recharts-surface').evaluateAll((svgs) =>
    svgs.flatMap((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('.recharts-label-list text')]
        .filter((t) => {
          const r = t.getBoundingClientRect();
          return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5);
        })
        .map((t) => t.textContent);
    }),
  );
  expect(outside).toEqual([]);
});

test('on a 375 px phone the bars keep most of the chart: the name axis gives way', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/benchmarks/swe-bench-verified');
  await drawCharts(page);
  const svg = (await page.locator('[data-chart-svg] svg.recharts-surface').first().boundingBox())!;
  const grid = (await page.locator('[data-chart-svg] .recharts-cartesian-grid').first().boundingBox())!;
  expect(grid.width).toBeGreaterThan(svg.width * 0.45);
});

test('a percentage scatter starts at 0 unless the URL asks to zoom, and says when it does', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${FOUR}&chart=price`);
  await drawCharts(page);
  const yTickLabels = page.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value');
  const yTicks = () => yTickLabels.allTextContents();
  expect(await yTicks()).toContain('0');
  await expect(page.getByTestId('y-zoomed')).toHaveCount(0);
  // The axis title stands clear of the tick labels.
  const title = (await page.locator('text.recharts-label', { hasText: 'SWE-bench Verified (%)' }).boundingBox())!;
  for (const tick of await yTickLabels.all()) {
    const b = (await tick.boundingBox())!;
    expect(title.x + title.width).toBeLessThanOrEqual(b.x);
  }
  await page.getByTestId('zoom-toggle').click();
  await expect(page).toHaveURL(/zoom=1/);
  await expect(page.getByTestId('y-zoomed')).toBeVisible();
  await drawCharts(page);
  expect(await yTicks()).not.toContain('0');
});

test('the downloaded chart is a standalone figure: title, version, link, key, source, nothing cut', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'downloads are checked once');
  const fs = await import('node:fs');
  await page.goto(FOUR);
  await page.waitForLoadState('networkidle');
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Chart as SVG' }).click(),
  ]);
  const svg = fs.readFileSync((await svgDownload.path())!, 'utf8');
  const viewer = await page.context().newPage();
  await viewer.setContent(`<html><body style="margin:0">${svg}</body></html>`);
  const figure = await viewer.evaluate(() => {
    const root = document.querySelector('svg')!;
    const texts = [...root.querySelectorAll(':scope > text')].map((t) => {
      const b = (t as SVGTextElement).getBBox();
      return { text: t.textContent ?? '', right: b.x + b.width, bottom: b.y + b.height };
    });
    return {
      width: root.width.baseVal.value,
      height: root.height.baseVal.value,
      texts,
      dots: root.querySelectorAll(':scope > circle').length,
    };
  });
  const summary = await page.getByTestId('view-summary').textContent();
  expect(summary).toContain(figure.texts[0]!.text);
  expect(figure.texts.some((t) => /^Data version \d{4}-\d{2}/.test(t.text))).toBe(true);
  expect(figure.texts.some((t) => t.text.startsWith('Source: GLM Compare'))).toBe(true);
  expect(figure.dots).toBeGreaterThan(0);
  for (const t of figure.texts) {
    expect(t.right, `"${t.text}" within the figure`).toBeLessThanOrEqual(figure.width);
    expect(t.bottom).toBeLessThanOrEqual(figure.height);
  }
  await viewer.close();

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Chart as PNG' }).click(),
  ]);
  const png = fs.readFileSync((await pngDownload.path())!);
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
    width: figure.width * 2,
    height: figure.height * 2,
  });
});

test("the embed snippet's height is the embed's content height", async ({ page, browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'measured once');
  await page.goto(FOUR);
  await page.getByText('Embed', { exact: true }).click();
  const code = page.locator('#embed-code');
  await expect(code).toHaveAttribute('data-measured', '');
  const value = await code.inputValue();
  const height = Number(/height="(\d+)"/.exec(value)?.[1]);
  const src = new URL(/src="([^"]+)"/.exec(value)![1]!.replace(/&amp;/g, '&'));
  const context = await browser.newContext({ viewport: { width: 640, height: 400 } });
  const embed = await context.newPage();
  await embed.goto(new URL(page.url()).origin + src.pathname + src.search);
  const content = await embed.evaluate(() => document.documentElement.scrollHeight);
  expect(Math.abs(content - height)).toBeLessThanOrEqual(4);
  await context.close();
});
