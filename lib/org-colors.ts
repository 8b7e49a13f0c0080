import { hasOwnOrgColor } from './theme-colors';

/** One stable, colour-blind-safe colour per organization (Okabe-Ito); values live in globals.css per theme. */
export function orgColor(org: string): string {
  return hasOwnOrgColor(org) ? `var(--org-${org})` : 'var(--org-other)';
}
