import { expect, test } from '@playwright/test';
import { accessibilityViolations } from './support/a11y';

test('the family view shows every GLM release from GLM-4.5 to the newest, each step compared like-for-like', async ({ page }) => {
  await page.goto('/family');
  const rows = page.locator('[data-testid="family-table"] tbody tr');
  const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-release')));
  expect(ids).toEqual(['glm-4.5', 'glm-4.6', 'glm-4.7', 'glm-5', 'glm-5.1', 'glm-5.2']);
  // GLM-4.6's launch chart shows GLM-4.5: that step is compared, with a head-to-head link in the URL's order.
  const step = page.locator('[data-release="glm-4.6"]');
  await expect(step).toContainText('ahead on');
  await expect(step.getByRole('link', { name: 'vs GLM-4.5' })).toHaveAttribute('href', '/compare/glm-4.6-vs-glm-4.5');
  await expect(page.getByTestId('family-step').first()).toContainText('compared like-for-like');
  expect(await accessibilityViolations(page)).toEqual([]);
});
