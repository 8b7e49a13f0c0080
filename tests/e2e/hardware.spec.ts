import { expect, test } from '@playwright/test';
import { accessibilityViolations } from './support/a11y';
import { expectTablesScrollInTheirOwnRegion } from './support/layout';

// GLM-4.5 at BF16 on H100 80GB is published as 16 GPUs (GLM-4.5 README, and the overview article),
// in the fixture data and the authored data alike.

test('published figures come first, as published, with their source', async ({ page }) => {
  await page.goto('/hardware?model=glm-4.5&precision=bf16&gpu=h100-80gb');
  const match = page.getByTestId('published-match');
  const standard = match.locator('[data-testid="published-row"][data-profile="standard"]').first();
  await expect(standard).toContainText('published');
  await expect(standard).toContainText(/16 × .*H100/);

  // Before the estimate on the page.
  const publishedTop = (await match.boundingBox())!.y;
  const estimateTop = (await page.getByTestId('estimate').boundingBox())!.y;
  expect(publishedTop).toBeLessThan(estimateTop);

  // One focus away from its source.
  const trigger = standard.locator('[data-tip]');
  await trigger.focus();
  const panel = page.locator(`[id="${await trigger.getAttribute('data-tip')}"]`);
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('16 ×');
});

test('an estimate is labelled as one, with its formula on screen', async ({ page }) => {
  await page.goto('/hardware?model=glm-4.5&precision=fp8&ctx=131072&gpu=h100-80gb');
  const estimate = page.getByTestId('estimate');
  await expect(estimate).toContainText(/estimate/i);
  await expect(estimate).toContainText('not a published figure');
  const formula = page.getByTestId('estimate-formula');
  await expect(formula).toContainText('Weights = total parameters × bytes per parameter (FP8 1)');
  await expect(formula).toContainText('KV cache = 2 × layers × KV heads × head dim × context × bytes');
  await expect(formula).toContainText('Overhead = 20% of (weights + KV cache)');
  await expect(formula).toContainText('GPUs = ceil(total ÷ memory per GPU)');
  // As read on screen (the values' source panels are hidden until hovered, focused or tapped).
  expect(await formula.innerText()).toContain('355B × 1 = 355 GB');
  // The KV cache is either computed from the architecture values or says why it is not.
  const kvMissing = await page.getByTestId('kv-missing').count();
  if (kvMissing === 0) await expect(formula).toContainText('131,072');
  else await expect(page.getByTestId('kv-missing')).toContainText('not estimated');
  await expect(page.getByTestId('planner-method')).toContainText('BF16 2, FP8 1, INT8 1, INT4 0.5');
});

test('the planner keeps its state in the URL, and the URL alone reproduces the estimate', async ({ page, browser }) => {
  await page.goto('/hardware');
  const form = page.locator('#hardware-form');
  await form.getByLabel('Model').selectOption('glm-4.5');
  await form.getByLabel('Precision').selectOption('fp8');
  await form.getByLabel('Context length (tokens)').fill('65536');
  await form.getByLabel('GPU').selectOption('h100-80gb');
  await form.getByRole('button', { name: 'Plan' }).click();
  await expect(page).toHaveURL(/\/hardware\?model=glm-4\.5&precision=fp8&ctx=65536&gpu=h100-80gb$/);
  await expect(page.getByTestId('planner-summary')).toContainText('GLM-4.5 at FP8, 65,536 tokens of context');
  const gpus = await page.getByTestId('estimate-gpus').innerText();
  expect(gpus).toMatch(/^\d+ × .*H100/);
  const formula = await page.getByTestId('estimate-formula').innerText();

  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto(page.url());
  await expect(fresh.getByTestId('estimate-gpus')).toHaveText(gpus);
  expect(await fresh.getByTestId('estimate-formula').innerText()).toBe(formula);
  await expect(fresh.locator('#hardware-form').getByLabel('Context length (tokens)')).toHaveValue('65536');
  await context.close();
});

test('a malformed URL shows the notice and a working planner', async ({ page }) => {
  const response = await page.goto('/hardware?model=NOPE!&precision=fp4&ctx=abc&gpu=zzz&v=1999-01');
  expect(response?.status()).toBe(200);
  const notice = page.getByTestId('url-notice');
  await expect(notice).toBeVisible();
  for (const param of ['model=NOPE!', 'precision=fp4', 'ctx=abc', 'gpu=zzz', 'v=1999-01'])
    await expect(notice).toContainText(param);
  await expect(page.locator('#hardware-form')).toBeVisible();
  await expect(page.getByTestId('estimate')).toBeVisible();
});

test('an unknown model or GPU id is reported and replaced by the default', async ({ page }) => {
  await page.goto('/hardware?model=no-such-model&gpu=no-such-gpu');
  const notice = page.getByTestId('url-notice');
  await expect(notice).toContainText('model=no-such-model');
  await expect(notice).toContainText('no model with this id');
  await expect(notice).toContainText('gpu=no-such-gpu');
  await expect(page.getByTestId('planner-summary')).toBeVisible();
});

test('the page does not scroll sideways; tables scroll in their own region', async ({ page }) => {
  await page.goto('/hardware?model=glm-4.5&precision=fp8&ctx=131072&gpu=h100-80gb');
  await expectTablesScrollInTheirOwnRegion(page);
});

test('no WCAG 2.1 A/AA violations', async ({ page }) => {
  test.setTimeout(120_000); // the page holds a source panel per number; axe takes a while on it
  await page.goto('/hardware?model=glm-4.5&precision=fp8&ctx=131072&gpu=h100-80gb');
  expect(await accessibilityViolations(page)).toEqual([]);
});
