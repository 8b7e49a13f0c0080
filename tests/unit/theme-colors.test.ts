import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORG_COLORS_LIGHT, THEME_COLORS } from '@/lib/theme-colors';

/** The custom properties of the first CSS block that `selector` opens, by name without "--". */
function variables(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block in globals.css`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
}

describe('lib/theme-colors.ts', () => {
  const css = fs.readFileSync(path.join(__dirname, '../../app/globals.css'), 'utf8');
  const light = variables(css, ':root');
  const dark = variables(css, "[data-theme='dark']");

  it("has globals.css's values for the light and dark theme", () => {
    for (const [name, value] of Object.entries(THEME_COLORS.light)) expect(light[name], name).toBe(value);
    for (const [name, value] of Object.entries(THEME_COLORS.dark)) expect(dark[name], name).toBe(value);
  });

  it("has globals.css's organization colours, and a colour for every --org-* variable", () => {
    const cssOrgs = Object.keys(light).filter((k) => k.startsWith('org-'));
    expect(Object.keys(ORG_COLORS_LIGHT).map((org) => `org-${org}`)).toEqual(cssOrgs);
    for (const [org, value] of Object.entries(ORG_COLORS_LIGHT)) expect(light[`org-${org}`], org).toBe(value);
  });
});
