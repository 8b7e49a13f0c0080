import { expect, test } from '@playwright/test';

test('the default view opens on the newest GLM release and its launch peers, like-for-like, with a verdict', async ({ page }) => {
  await page.goto('/compare');
  await expect(page.getByTestId('match-toggle')).toHaveAttribute('aria-current', 'true');
  const firstRow = page.locator('[data-testid="compare-table"] tbody tr').first();
  await expect(firstRow).toHaveAttribute('data-model', 'glm-5.2');
  await expect(page.getByTestId('verdict-sentence')).toContainText('On the benchmarks compared like-for-like, GLM-5.2');
  // Every column names what its values have in common.
  const bases = page.getByTestId('column-basis');
  expect(await bases.count()).toBeGreaterThan(0);
  await expect(bases.first()).toContainText('=');
});

test('GLM-4.6 and its launch chart: the model page links there, the permalink reproduces it, and the mode toggles', async ({
  page,
}) => {
  await page.goto('/models/glm-4.6');
  await page.getByTestId('launch-peers-link').click();
  await expect(page).toHaveURL(/models=glm-4\.6~glm-4\.5~deepseek-v3\.2-exp~claude-sonnet-4~claude-sonnet-4\.5/);
  const permalink = page.url();
  await expect(page.getByTestId('verdict-sentence')).toContainText('On the benchmarks compared like-for-like, GLM-4.6 leads');
  const sentence = await page.getByTestId('verdict-sentence').textContent();
  const rows = page.locator('[data-testid="compare-table"] tbody tr');
  await expect(rows).toHaveCount(5);
  await expect(page.getByTestId('column-basis').first()).toContainText('bench_glm46');

  // Every value: the column labels go, and the URL says so.
  await page.getByTestId('match-toggle').click();
  await expect(page).toHaveURL(/match=all/);
  await expect(page.getByTestId('column-basis')).toHaveCount(0);
  await expect(page.getByTestId('match-toggle')).not.toHaveAttribute('aria-current', 'true');
  // And back: the default writes no parameter.
  await page.getByTestId('match-toggle').click();
  await expect(page).not.toHaveURL(/match=/);
  await expect(page.getByTestId('column-basis').first()).toBeVisible();

  // The permalink alone reproduces the view and its verdict.
  const fresh = await page.context().newPage();
  await fresh.goto(permalink);
  await expect(fresh.getByTestId('verdict-sentence')).toHaveText(sentence ?? '');
});

test('a value measured differently is left out with its reason, one tap away', async ({ page }) => {
  await page.goto('/compare?models=glm-5~qwen3.5-397b-a17b~kimi-k2.5&benchmarks=terminal-bench~gpqa-diamond');
  const leftOut = page.getByTestId('left-out').first();
  await expect(leftOut).toBeVisible();
  await leftOut.click();
  const reason = page.locator('[role="tooltip"]:popover-open [data-testid="match-reason"]');
  await expect(reason).toBeVisible();
  await expect(reason).toContainText('Left out');
});

test('an old permalink pinned to 2026-11 keeps showing every value', async ({ page }) => {
  await page.goto('/compare?models=glm-4.5~glm-4.6~kimi-k2&benchmarks=swe-bench-verified~hle&v=2026-11');
  await expect(page.getByTestId('match-toggle')).not.toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('column-basis')).toHaveCount(0);
  await expect(page.locator('[data-model="kimi-k2"] [data-column="hle"]')).toHaveAttribute('data-value', /\d/);
});

test('a head-to-head keeps the order of its URL in both directions', async ({ page }) => {
  const deltas: number[] = [];
  for (const [a, b] of [
    ['glm-4.6', 'kimi-k2-0905'],
    ['kimi-k2-0905', 'glm-4.6'],
  ] as const) {
    await page.goto(`/compare/${a}-vs-${b}`);
    await expect(page).toHaveURL(new RegExp(`/compare/${a.replace('.', '\\.')}-vs-${b.replace('.', '\\.')}$`));
    const header = page.locator('[data-testid="h2h-table"] thead th').last();
    await expect(header).toContainText(a === 'glm-4.6' ? 'GLM-4.6 − Kimi' : 'Kimi K2 0905 − GLM-4.6');
    await expect(page.getByTestId('verdict-sentence')).toContainText('compared like-for-like');
    const first = page.locator('[data-testid="h2h-table"] [data-testid="delta"]').first();
    const text = (await first.textContent()) ?? '';
    deltas.push(Number(text.replace('−', '-').replace(/[^\d.+-]/g, '')));
  }
  expect(deltas[0]).toBeCloseTo(-(deltas[1] ?? NaN));
});
