import { orgColor } from '@/lib/org-colors';

/** The organization's stable colour, as a small swatch beside its name (`.dot` in app/globals.css). */
export function OrgDot({ org }: { org: string }) {
  return <span aria-hidden="true" className="dot" style={{ background: orgColor(org) }} />;
}
