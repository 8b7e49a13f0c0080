import { expect, test } from '@playwright/test';

test('a permalink to an older version shows its numbers and offers the same view on the latest data', async ({ request }) => {
  const html = await (await request.get('/compare?models=claude-sonnet-4&benchmarks=aime-2025&v=2025-10')).text();
  expect(html).toContain('data-testid="version-banner"');
  // The overview article's figure as it stood in 2025-10.
  expect(html).toMatch(/data-model="claude-sonnet-4"[\s\S]*?data-value="87"/);
  expect(html).toContain('href="/compare?models=claude-sonnet-4&amp;benchmarks=aime-2025"');
  const latest = await (await request.get('/compare?models=claude-sonnet-4&benchmarks=aime-2025')).text();
  expect(latest).not.toContain('data-testid="version-banner"');
  // In the latest version that figure is disputed and Z.ai's chart value is shown instead.
  expect(latest).toMatch(/data-model="claude-sonnet-4"[\s\S]*?data-value="74.3"/);
});

test('the changelog lists every version and what changed between two', async ({ request }) => {
  const html = await (await request.get('/changelog?from=2025-08&to=2025-10')).text();
  expect(html).toContain('data-testid="diff-summary"');
  expect(html).toMatch(/values added/);
  for (const v of ['2025-08', '2025-10', '2026-11']) expect(html).toContain(`id="v-${v}"`);
  const bad = await request.get('/changelog?from=zzz&to=1999-01');
  expect(bad.status()).toBe(200);
  expect(await bad.text()).toContain('data-testid="url-notice"');
});
