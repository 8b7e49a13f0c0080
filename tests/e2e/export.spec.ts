import { expect, test } from '@playwright/test';

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  return rows;
}

test('the CSV download has exactly the rows of the table on screen, in order, with sources', async ({ page, request }) => {
  await page.goto(
    '/compare?models=glm-4.6~glm-4.5~kimi-k2~claude-sonnet-4&benchmarks=swe-bench-verified~hle~aime-2025&sort=-hle',
  );
  const onScreen = await page
    .locator('[data-testid="compare-table"] tbody tr')
    .evaluateAll((rows) =>
      rows.flatMap((r) =>
        [...r.querySelectorAll('td')].map((td) => [
          r.getAttribute('data-model'),
          td.getAttribute('data-column'),
          td.getAttribute('data-value') ?? '',
        ]),
      ),
    );
  const href = await page.getByRole('link', { name: 'Table as CSV' }).getAttribute('href');
  expect(href).toMatch(
    /^\/compare\/export\?models=glm-4\.6~glm-4\.5~kimi-k2~claude-sonnet-4&benchmarks=swe-bench-verified~hle~aime-2025&sort=-hle&v=\d{4}-\d{2}&format=csv$/,
  );
  const csv = parseCsv(await (await request.get(href!)).text());
  const [header, ...rows] = csv;
  const col = (name: string) => header!.indexOf(name);
  expect(rows.map((r) => [r[col('modelId')], r[col('benchmarkId')], r[col('value')]])).toEqual(onScreen);
  for (const r of rows.filter((r) => r[col('status')] === 'reported')) {
    expect(r[col('sourceTitle')]).not.toBe('');
  }
  expect(rows.some((r) => /^https?:\/\//.test(r[col('sourceUrl')] ?? ''))).toBe(true);
});

test('the JSON download describes the same view', async ({ request }) => {
  const body = await (await request.get('/compare/export?models=glm-4.5~glm-4.6&benchmarks=hle&format=json')).json();
  expect(body.view).toMatch(/^\/compare\?models=glm-4\.5~glm-4\.6&benchmarks=hle&v=/);
  expect(body.data.map((r: { modelId: string }) => r.modelId)).toEqual(['glm-4.5', 'glm-4.6']);
});

test('the chart downloads as SVG and PNG', async ({ page, isMobile }) => {
  test.skip(isMobile, 'downloads are a desktop scenario');
  await page.goto('/compare?models=glm-4.5~glm-4.6&benchmarks=swe-bench-verified');
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Chart as SVG' }).click(),
  ]);
  const svg = await (await svgDownload.createReadStream()).toArray();
  const svgText = Buffer.concat(svg).toString('utf8');
  expect(svgText.startsWith('<svg')).toBe(true);
  expect(svgText).toContain('SWE-bench Verified');
  expect(svgText).not.toContain('var(--');
  // The figure takes the theme's colours as shown: light here, dark below.
  // (The CSS build may shorten #ffffff to #fff.)
  expect(svgText).toMatch(/<rect width="100%" height="100%" fill="#fff(fff)?"\/>/);
  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Chart as PNG' }).click(),
  ]);
  const png = Buffer.concat(await (await pngDownload.createReadStream()).toArray());
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBeGreaterThan(600);

  await page.evaluate(() => {
    document.documentElement.dataset.theme = 'dark';
  });
  const [darkDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Chart as SVG' }).click(),
  ]);
  const darkSvg = Buffer.concat(await (await darkDownload.createReadStream()).toArray()).toString('utf8');
  expect(darkSvg).toContain('<rect width="100%" height="100%" fill="#0e1116"/>');
  expect(darkSvg).toContain('fill="#e8ebef"');
});

test('a head-to-head URL keeps the order it was given; unknown ids are a 404', async ({ page, request }) => {
  await page.goto('/compare/kimi-k2-vs-glm-4.6');
  await expect(page).toHaveURL(/\/compare\/kimi-k2-vs-glm-4\.6$/);
  await expect(page.getByTestId('h2h-table')).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/compare\/kimi-k2-vs-glm-4\.6$/);
  for (const bad of ['/compare/glm-4.6-vs-nope', '/compare/garbage', '/compare/glm-4.6-vs-glm-4.6']) {
    expect((await request.get(bad)).status(), bad).toBe(404);
  }
});
