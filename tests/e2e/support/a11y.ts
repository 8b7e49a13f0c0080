import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * The WCAG 2.1 A and AA violations on the page, one line each (rule and its first elements), so
 * a failing test names what to fix. Only violations are collected: axe otherwise lists every
 * passing node too, which is most of a scan's time on a large page.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    // options() replaces every option set before it, so it comes before withTags().
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/**
 * The page types whose phone layout differs enough from the desktop one to be scanned again at
 * 375 px (navigation menu, stacked pickers, calculators). The other pages share these layouts
 * and are scanned on desktop, light and dark.
 */
export const PHONE_SCANNED = new Set(['/', '/compare', '/models/glm-4.6', '/pricing', '/hardware', '/sources']);
