import { expect, test } from '@playwright/test';
import { accessibilityViolations, PHONE_SCANNED } from './support/a11y';
import { expectNoSidewaysScroll } from './support/layout';

/**
 * The reference pages (history, sources, about, the model and benchmark indexes) and the 404 page,
 * against the real data of the latest version.
 */

const PAGES = ['/history', '/sources', '/about', '/models', '/benchmarks', '/models/does-not-exist'] as const;

test.describe('/history', () => {
  test('lists the GLM family from GLM-130B to GLM-4.6, dates as precise as the data', async ({ page }) => {
    await page.goto('/history');
    await expect(page.getByRole('heading', { level: 1, name: 'History of the GLM family' })).toBeVisible();
    const list = page.getByTestId('history-list');
    const glm130b = list.locator('li', { has: page.getByRole('heading', { name: /^GLM-130B/ }) });
    await expect(glm130b).toHaveCount(1);
    // A year-only date stays a year: never "Jan 1, 2022".
    await expect(glm130b.locator('time')).toHaveText('2022');
    await expect(glm130b.locator('time')).toHaveAttribute('datetime', '2022');

    const glm46 = list.locator('li', { has: page.getByRole('heading', { name: /^GLM-4\.6/ }) });
    await expect(glm46).toHaveCount(1);
    await expect(glm46.getByRole('link', { name: 'GLM-4.6', exact: true })).toHaveAttribute('href', '/models/glm-4.6');

    // Every date prints exactly the precision it is stored with.
    const times = await list
      .locator('time')
      .evaluateAll((els) => els.map((e) => ({ iso: e.getAttribute('datetime') ?? '', text: e.textContent ?? '' })));
    expect(times.length).toBeGreaterThan(3);
    for (const { iso, text } of times) {
      if (/^\d{4}$/.test(iso)) expect(text).toBe(iso);
      else if (/^\d{4}-\d{2}$/.test(iso)) expect(text).toMatch(/^[A-Z][a-z]{2} \d{4}$/);
      else expect(text).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    }
    // Oldest first.
    const isos = times.map((t) => t.iso);
    expect([...isos].sort((a, b) => a.slice(0, 4).localeCompare(b.slice(0, 4)))).toEqual(isos);
  });

  test('draws a timeline with year-only dates as spans, and has a text alternative', async ({ page }) => {
    await page.goto('/history');
    const figure = page.locator('figure[data-chart="history-timeline"]');
    await expect(figure.locator('svg [data-event]').first()).toBeVisible();
    const events = await page.getByTestId('history-list').locator('li').count();
    await expect(figure.locator('svg [data-event]')).toHaveCount(events);
    // GLM-130B ("2022") is a band across its year, far wider than a point.
    const band = figure.locator('svg [data-precision="year"]').first();
    await expect(band).toBeVisible();
    const day = figure.locator('svg [data-precision="day"]').first();
    const bandBox = await band.boundingBox();
    const dayBox = await day.boundingBox();
    // A year spans a seventh of the timeline's width: far wider than a day's mark on a desktop, still wider on a phone.
    const factor = (page.viewportSize()?.width ?? 1280) < 600 ? 1.2 : 2;
    expect(bandBox && dayBox && bandBox.width > dayBox.width * factor).toBeTruthy();
    await expect(figure.locator('.sr-only')).toContainText(`${events} events`);
  });

  test('shows each event’s source on focus', async ({ page }) => {
    await page.goto('/history');
    const item = page.getByTestId('history-list').locator('li').first();
    const trigger = item.locator('[data-tip]');
    await trigger.focus();
    const panel = page.locator(`[id="${await trigger.getAttribute('data-tip')}"]`);
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('link').first()).toBeVisible();
  });
});

test.describe('versions', () => {
  test('/history?v= pins an older data version, says newer data exists, and shows only what was known then', async ({ page }) => {
    await page.goto('/history?v=2025-08');
    await expect(page.getByTestId('version-banner')).toContainText('2025-08');
    const list = page.getByTestId('history-list');
    await expect(list.getByRole('heading', { name: /^GLM-130B/ })).toHaveCount(1);
    await expect(list.getByRole('heading', { name: /^GLM-4\.6/ })).toHaveCount(0);
  });

  test('an unknown version shows the latest and says which part of the link was not used', async ({ page }) => {
    for (const path of ['/sources?v=1999-01', '/history?v=nonsense']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByTestId('url-notice')).toContainText('v=');
      await expect(page.getByTestId('version-banner')).toHaveCount(0);
    }
  });
});

test.describe('/sources', () => {
  test('has an anchor equal to its id, the counts and the models covered for every source', async ({ page }) => {
    await page.goto('/sources');
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    const cards = page.locator('article[data-source]');
    const n = await cards.count();
    expect(n).toBeGreaterThan(5);
    const ids = await cards.evaluateAll((els) => els.map((e) => ({ id: e.id, source: e.getAttribute('data-source') })));
    for (const { id, source } of ids) expect(id).toBe(source);
    expect(new Set(ids.map((i) => i.id)).size).toBe(n);
    for (const label of ['Scores', 'Specs', 'Prices', 'Hardware', 'Plans', 'History events']) {
      await expect(page.locator(`[data-testid="source-counts"] [data-count="${label}"]`)).toHaveCount(n);
    }
    // The overview article has no URL: other pages link to its anchor, and it cites the history events.
    const article = page.locator('article[data-source="overview-article"]');
    await expect(article).toHaveCount(1);
    await expect(article.locator('[data-count="History events"] strong')).not.toHaveText('0');
    await expect(article.getByRole('link', { name: 'GLM-4.5', exact: true })).toHaveAttribute('href', '/models/glm-4.5');
  });

  test('lists primary sources before leaderboards and the secondary article', async ({ page }) => {
    await page.goto('/sources');
    const headings = await page.locator('h2[id^="kind-"]').evaluateAll((els) => els.map((e) => e.id.replace('kind-', '')));
    const order = ['tech-report', 'model-card', 'vendor-page', 'leaderboard', 'article', 'catalog'];
    expect(headings.length).toBeGreaterThan(1);
    expect(headings.map((k) => order.indexOf(k))).toEqual([...headings.map((k) => order.indexOf(k))].sort((a, b) => a - b));
    // Secondary sources (the overview article, open price catalogues) come last.
    expect(['article', 'catalog']).toContain(headings[headings.length - 1]);
  });

  test('every /sources#id link on a model page lands on a source', async ({ page }) => {
    await page.goto('/models/glm-4.5');
    const hrefs = await page
      .locator('a[href^="/sources#"]')
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('href') ?? ''))]);
    expect(hrefs.length).toBeGreaterThan(0);
    await page.goto('/sources');
    for (const href of hrefs) {
      const id = href.slice('/sources#'.length);
      await expect(page.locator(`[id="${id}"][data-source]`), href).toHaveCount(1);
    }
  });
});

test.describe('/about', () => {
  test('explains how values are chosen, exactness, settings, versions and reporting errors', async ({ page }) => {
    await page.goto('/about');
    await expect(page.getByRole('heading', { level: 1, name: 'About the data' })).toBeVisible();
    for (const name of [
      'When sources disagree',
      'Exact, approximate, range, lower bound',
      'Settings, and why two numbers may not be comparable',
      'Data versions and permalinks',
      'Reporting an error',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    await expect(page.getByText('a primary source is preferred over the overview article')).toBeVisible();
    const versions = page.getByTestId('versions-table').locator('tbody tr');
    expect(await versions.count()).toBeGreaterThan(0);
    await expect(versions.first()).toContainText('latest');
    await expect(versions.first().getByRole('link')).toHaveAttribute('href', /\/compare\?v=\d{4}-\d{2}$/);
  });
});

test.describe('/models', () => {
  test('lists every model with specs and score counts, linking each model page', async ({ page }) => {
    await page.goto('/models');
    await expect(page.getByRole('heading', { level: 1, name: 'Models' })).toBeVisible();
    const row = page.locator('tr[data-model="glm-4.6"]');
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('link', { name: 'GLM-4.6', exact: true })).toHaveAttribute('href', '/models/glm-4.6');
    for (const org of ['deepseek', 'alibaba', 'moonshot'])
      expect(await page.locator(`tr[data-org="${org}"]`).count()).toBeGreaterThan(0);
    await row.getByRole('link', { name: 'GLM-4.6', exact: true }).click();
    await expect(page).toHaveURL(/\/models\/glm-4\.6$/);
    await expect(page.getByRole('heading', { level: 1, name: 'GLM-4.6' })).toBeVisible();
  });

  test('a value reveals its source on focus', async ({ page }) => {
    await page.goto('/models');
    const trigger = page.locator('tr[data-model="glm-4.5"] [data-tip]').first();
    await trigger.focus();
    const panel = page.locator(`[id="${await trigger.getAttribute('data-tip')}"]`);
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('link').first()).toBeVisible();
  });

  test('sorts and filters like the home list, state in the URL', async ({ page }) => {
    await page.goto('/models?org=deepseek&sort=-total');
    const orgs = await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-org')));
    expect(new Set(orgs)).toEqual(new Set(['deepseek']));
    await expect(page.getByRole('columnheader', { name: /^Total params/ })).toHaveAttribute('aria-sort', 'descending');
    await page.getByTestId('model-filters').getByLabel('Organization').selectOption('');
    await expect(page).toHaveURL(/\/models\?sort=-total$/);
    expect(await page.locator('tbody tr[data-org="zai"]').count()).toBeGreaterThan(0);
  });
});

test.describe('/benchmarks', () => {
  test('groups benchmarks by category with description, unit and models scored, linking each benchmark page', async ({
    page,
  }) => {
    await page.goto('/benchmarks');
    await expect(page.getByRole('heading', { level: 1, name: 'Benchmarks' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^Coding/ })).toBeVisible();
    const card = page.locator('[data-benchmark="swe-bench-verified"]');
    await expect(card).toHaveCount(1);
    await expect(card.getByTestId('models-scored')).toHaveText(/^[1-9]\d* models? scored/);
    await expect(card).toContainText('percent');
    await card.getByRole('link', { name: 'SWE-bench Verified', exact: true }).click();
    await expect(page).toHaveURL(/\/benchmarks\/swe-bench-verified$/);
    await expect(page.getByRole('heading', { level: 1, name: 'SWE-bench Verified' })).toBeVisible();
  });
});

test.describe('404', () => {
  for (const path of ['/models/does-not-exist', '/benchmarks/does-not-exist', '/no-such-page']) {
    test(`${path} is a 404 page with the site around it`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      await expect(page.getByTestId('not-found-detail')).toContainText(path.split('/').pop() ?? '');
      const links = page.getByRole('navigation', { name: 'Main pages' });
      for (const href of ['/compare', '/models', '/benchmarks', '/history', '/sources', '/about']) {
        await expect(links.locator(`a[href="${href}"]`)).toHaveCount(1);
      }
      await expect(page.getByRole('banner')).toBeVisible();
    });
  }
});

test.describe('layout', () => {
  for (const path of PAGES) {
    test(`${path} does not scroll sideways, here and at 375 px`, async ({ page }) => {
      await page.goto(path);
      await expectNoSidewaysScroll(page);
      await page.setViewportSize({ width: 375, height: 812 });
      await page.reload();
      await expectNoSidewaysScroll(page);
    });
  }

  for (const path of PAGES) {
    test(`${path} has no accessibility violations`, async ({ page, isMobile }) => {
      test.skip(isMobile && !PHONE_SCANNED.has(path), 'this layout is scanned at 375 px on another page type');
      // The directory of every source is the longest page (about 4,500 elements): axe takes longest there.
      test.slow(path === '/sources');
      await page.goto(path);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of PAGES) {
    test(`${path} has no accessibility violations in the dark theme`, async ({ page, isMobile }) => {
      test.skip(isMobile, 'colours do not depend on the viewport: the dark theme is scanned on desktop');
      test.slow(path === '/sources');
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }
});

test.describe('navigation', () => {
  test('marks the current page in the header, visibly', async ({ page, isMobile }) => {
    test.skip(isMobile, 'the phone menu is tested below');
    await page.goto('/models?weights=open');
    const nav = page.getByRole('navigation', { name: 'Main', exact: true });
    const current = nav.locator('[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveText('Models');
    const style = (name: string) =>
      nav
        .getByRole('link', { name, exact: true })
        .evaluate((el) => getComputedStyle(el).textDecorationLine + getComputedStyle(el).fontWeight);
    expect(await style('Models')).not.toBe(await style('Pricing'));
    await nav.getByRole('link', { name: 'Benchmarks', exact: true }).click();
    await expect(page).toHaveURL(/\/benchmarks$/);
    await expect(nav.locator('[aria-current="page"]')).toHaveText('Benchmarks');
    await page.goto('/models/glm-4.6');
    await expect(nav.locator('[aria-current="page"]')).toHaveText('Models');
  });

  test('the phone menu marks the current page and is closed after following a link', async ({ page, isMobile }) => {
    test.skip(!isMobile, 'the menu exists at phone width');
    await page.goto('/about');
    const menu = page.getByTestId('mobile-menu');
    await menu.locator('summary').tap();
    const nav = page.getByRole('navigation', { name: 'Main (mobile)' });
    await expect(nav).toBeVisible();
    await expect(nav.locator('[aria-current="page"]')).toHaveText('About');
    await nav.getByRole('link', { name: 'History', exact: true }).tap();
    await expect(page).toHaveURL(/\/history$/);
    await expect(page.getByRole('heading', { level: 1, name: 'History of the GLM family' })).toBeVisible();
    await expect(nav).toBeHidden();
    await expect(menu).not.toHaveAttribute('open', '');
    await menu.locator('summary').tap();
    await expect(nav.locator('[aria-current="page"]')).toHaveText('History');
  });
});

test('a model page names the source of every price and keeps words such as "Limited-time Free"', async ({ page }) => {
  await page.goto('/models/glm-5');
  const rows = page.locator('section[aria-labelledby="prices-heading"] tbody tr');
  expect(await rows.count()).toBeGreaterThan(0);
  await expect(page.getByTestId('price-source')).toHaveCount(await rows.count());
  await expect(page.locator('section[aria-labelledby="prices-heading"]')).toContainText('Limited-time Free');
  await expect(page.locator('section[aria-labelledby="prices-heading"] tbody')).not.toContainText('$0.00');
});
