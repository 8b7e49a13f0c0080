import Link from 'next/link';
import type { ReactNode } from 'react';
import { LinkPending } from '@/components/ui/link-pending';
import { cn } from '@/lib/cn';

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
  return (
    <Link
      href={href}
      scroll={false}
      aria-current={active ? 'true' : undefined}
      data-testid={testId}
      title={title}
      // While its view loads, the chip shows the state it asked for (and a spinner).
      className={cn(
        'inline-flex items-center rounded-full border px-2.5 py-1 text-xs whitespace-nowrap',
        active
          ? 'border-accent bg-accent text-accent-fg has-[[data-link-pending]]:bg-bg has-[[data-link-pending]]:text-fg'
          : 'border-border hover:bg-bg-muted has-[[data-link-pending]]:border-accent has-[[data-link-pending]]:bg-accent has-[[data-link-pending]]:text-accent-fg',
      )}
    >
      {children}
      <LinkPending />
    </Link>
  );
}
