import { orgColor } from '@/lib/org-colors';

/** The organization's stable colour, as a small swatch beside its name. */
export function OrgDot({ org }: { org: string }) {
  return (
    <span aria-hidden="true" className="inline-block size-2.5 rounded-full align-middle" style={{ background: orgColor(org) }} />
  );
}
