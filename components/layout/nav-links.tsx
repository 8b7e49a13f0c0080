'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cx } from '@/lib/cx';

export interface NavLink {
  href: string;
  label: string;
}

export function isCurrent(pathname: string | null, href: string): boolean {
  if (!pathname) return false;
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/** The main navigation's links, the current page's marked (aria-current and a visible underline or fill). */
export function NavLinks({ links, variant }: { links: readonly NavLink[]; variant: 'bar' | 'menu' }) {
  const pathname = usePathname();
  return (
    <ul className={variant === 'bar' ? 'flex flex-wrap gap-x-4 gap-y-1 text-sm' : 'text-sm'}>
      {links.map((l) => {
        const current = isCurrent(pathname, l.href);
        return (
          <li key={l.href}>
            <Link
              href={l.href}
              aria-current={current ? 'page' : undefined}
              className={cx(
                variant === 'bar' ? 'underline-offset-8' : 'block rounded px-2 py-1.5 hover:bg-bg-muted',
                variant === 'bar' &&
                  (current ? 'font-medium text-fg underline decoration-accent decoration-2' : 'text-fg-muted hover:text-fg'),
                current && variant === 'menu' && 'bg-bg-muted font-medium',
              )}
            >
              {l.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
