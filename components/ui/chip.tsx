import Link from 'next/link';
import type { ReactNode } from 'react';
import { LinkPending } from '@/components/ui/link-pending';

/** A toggle or choice that is a link (the view state lives in the URL); `active` marks the current one. */
export function Chip({
  href,
  active,
  children,
  testId,
  title,
}: {
  href: string;
  active: boolean;
  children: ReactNode;
  testId?: string;
  title?: string;
}) {
  // Only the attributes that are set, and two short classes (app/globals.css): a view's controls
  // hold dozens of chips, each written into the HTML and the RSC payload.
  return (
    <Link
      href={href}
      scroll={false}
      {...(active ? { 'aria-current': 'true' as const } : null)}
      {...(testId ? { 'data-testid': testId } : null)}
      {...(title ? { title } : null)}
      className={active ? 'chip chip-on' : 'chip'}
    >
      {children}
      <LinkPending />
    </Link>
  );
}
