import { expect, test } from '@playwright/test';

function pngSize(buf: Buffer) {
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function metaContent(html: string, property: string): string | null {
  const re = new RegExp(`<meta[^>]+(?:property|name)="${property}"[^>]+content="([^"]*)"`);
  return re.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? null;
}

test("a permalink's preview image shows that view: a 1200x630 PNG that changes with the view", async ({ request }) => {
  const a = await request.get('/og/compare?models=glm-4.5~glm-4.6&benchmarks=swe-bench-verified');
  const b = await request.get('/og/compare?models=glm-4.5~kimi-k2&benchmarks=swe-bench-verified');
  expect(a.status()).toBe(200);
  expect(a.headers()['content-type']).toBe('image/png');
  const bufA = await a.body();
  const bufB = await b.body();
  expect(pngSize(bufA)).toEqual({ width: 1200, height: 630 });
  expect(pngSize(bufB)).toEqual({ width: 1200, height: 630 });
  expect(bufA.equals(bufB)).toBe(false);
});

test('a compare page announces the preview image of its own view (Open Graph and Twitter)', async ({ request }) => {
  const html = await (await request.get('/compare?models=glm-4.5~glm-4.6&benchmarks=hle&sort=-hle')).text();
  const image = metaContent(html, 'og:image');
  expect(image).toMatch(/\/og\/compare\?models=glm-4\.5~glm-4\.6&benchmarks=hle&sort=-hle$/);
  expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
  expect(metaContent(html, 'og:image:width')).toBe('1200');
  const res = await request.get(new URL(image!).pathname + new URL(image!).search);
  expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
});

for (const path of [
  '/',
  '/models/glm-4.6',
  '/benchmarks/swe-bench-verified',
  '/compare/glm-4.6-vs-kimi-k2',
  '/pricing',
  '/hardware',
  '/history',
  '/sources',
  '/about',
  '/changelog',
  '/api',
  '/models',
  '/benchmarks',
]) {
  test(`${path} has a 1200x630 preview image`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    const image = metaContent(html, 'og:image');
    expect(image, `og:image on ${path}`).toBeTruthy();
    const url = new URL(image!);
    const res = await request.get(url.pathname + url.search);
    expect(res.status()).toBe(200);
    expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
  });
}

test('a model whose sources have Chinese titles renders its image (bundled fonts, no network)', async ({ request }) => {
  const res = await request.get('/og/model/kimi-k2-0905');
  expect(res.status()).toBe(200);
  expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
});

test('unknown ids have no preview image', async ({ request }) => {
  expect((await request.get('/og/model/nope')).status()).toBe(404);
  expect((await request.get('/og/benchmark/nope')).status()).toBe(404);
  expect((await request.get('/og/page/nope')).status()).toBe(404);
});

const FOUR = 'models=glm-4.6~kimi-k2-0905~qwen3-235b-a22b-thinking-2507~deepseek-v3.1';

test('the preview image follows the chart type: bars and the price scatter differ, both 1200x630', async ({ request }) => {
  const bar = await request.get(`/og/compare?${FOUR}`);
  const price = await request.get(`/og/compare?${FOUR}&chart=price`);
  const params = await request.get(`/og/compare?${FOUR}&chart=params`);
  for (const res of [bar, price, params]) {
    expect(res.status()).toBe(200);
    expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
  }
  expect(bar.headers()['x-preview-chart']).toMatch(/^bar:/);
  expect(price.headers()['x-preview-chart']).toMatch(/^price:[a-z0-9.-]+;points=\d+$/);
  expect((await bar.body()).equals(await price.body())).toBe(false);
  expect((await price.body()).equals(await params.body())).toBe(false);
  // Zooming the scatter's y axis is a different picture.
  const zoomed = await request.get(`/og/compare?${FOUR}&chart=price&zoom=1`);
  expect((await zoomed.body()).equals(await price.body())).toBe(false);
});

test('the bar preview shows every selected benchmark, up to six, then counts the rest', async ({ request }) => {
  const two = await request.get(`/og/compare?${FOUR}&benchmarks=swe-bench-verified~hle`);
  const three = await request.get(`/og/compare?${FOUR}&benchmarks=swe-bench-verified~hle~gpqa-diamond`);
  const many = await request.get(
    `/og/compare?${FOUR}&benchmarks=swe-bench-verified~hle~gpqa-diamond~aime-2025~livecodebench~mmlu-pro~tau2-bench~browsecomp`,
  );
  for (const res of [two, three, many]) {
    expect(res.status()).toBe(200);
    expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
  }
  // The route says what it drew: every benchmark up to six, then a count of the rest.
  expect(two.headers()['x-preview-chart']).toBe('bar:swe-bench-verified,hle');
  expect(three.headers()['x-preview-chart']).toBe('bar:swe-bench-verified,hle,gpqa-diamond');
  expect(many.headers()['x-preview-chart']).toMatch(/^bar:([a-z0-9.-]+,){5}[a-z0-9.-]+;more=\d+$/);
  expect((await two.body()).equals(await three.body())).toBe(false);
});
