import { expect, test } from '@playwright/test';

test('the home page lists the models of the latest data, GLM-4.6 among them', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'GLM Compare' })).toBeVisible();
  const table = page.getByRole('region', { name: 'Models table' });
  await expect(table.getByRole('rowheader', { name: /^GLM-4\.6(?![\w.-])/ })).toBeVisible();
  for (const name of ['GLM-4.5', 'GLM-4.5-Air', 'Kimi K2']) {
    await expect(
      table.getByRole('rowheader', { name: new RegExp(`^${name.replace(/[.]/g, '\\.')}(?![\\w.-])`) }).first(),
    ).toBeVisible();
  }
});

test('a value on the home page reveals its source on focus', async ({ page }) => {
  await page.goto('/');
  const row = page.locator('tr[data-model="glm-4.5"]');
  const trigger = row.locator('[data-tip]').first();
  await trigger.focus();
  const panel = page.locator(`[id="${await trigger.getAttribute('data-tip')}"]`);
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('link').first()).toBeVisible();
});
