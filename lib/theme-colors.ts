/**
 * The theme's colours for what cannot read app/globals.css's variables: the preview images
 * (drawn on the server by Satori, always light) and the browser's theme-color. globals.css stays
 * the site's home for them; tests/unit/theme-colors.test.ts fails when the two disagree.
 * Keys are the variables' names without the leading "--".
 */
export const THEME_COLORS = {
  light: {
    bg: '#ffffff',
    'bg-muted': '#eef0f3',
    fg: '#14171c',
    'fg-muted': '#4b5563',
    'fg-subtle': '#5f6b7a',
    border: '#dde1e6',
  },
  dark: {
    bg: '#0e1116',
  },
} as const;

/** Okabe-Ito, one colour per organization, as on the light theme (the --org-* variables). */
export const ORG_COLORS_LIGHT = {
  zai: '#0072b2',
  deepseek: '#009e73',
  alibaba: '#e69f00',
  moonshot: '#cc79a7',
  anthropic: '#d55e00',
  openai: '#1f2328',
  google: '#56b4e9',
  xai: '#8c8c8c',
  meta: '#b8a600',
  other: '#6b7280',
} as const;

/** The organizations with a colour of their own; every other one shares "other". */
export function hasOwnOrgColor(org: string): boolean {
  return org !== 'other' && Object.hasOwn(ORG_COLORS_LIGHT, org);
}
