/** One stable, colour-blind-safe colour per organization (Okabe-Ito); values live in globals.css per theme. */
const KNOWN = new Set(['zai', 'deepseek', 'alibaba', 'moonshot', 'anthropic', 'openai', 'google', 'xai', 'meta']);

export function orgColor(org: string): string {
  return KNOWN.has(org) ? `var(--org-${org})` : 'var(--org-other)';
}
