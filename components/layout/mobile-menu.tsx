'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The phone menu: a <details> (it opens and closes without JavaScript) that closes itself when a
 * link in it is followed, or Escape is pressed, since the header stays mounted across navigations.
 */
export function MobileMenu({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  return (
    <details
      ref={ref}
      className="relative md:hidden"
      data-testid="mobile-menu"
      onClick={(event) => {
        if (event.target instanceof Element && event.target.closest('a') && ref.current) ref.current.open = false;
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && ref.current?.open) {
          ref.current.open = false;
          ref.current.querySelector('summary')?.focus();
        }
      }}
    >
      <summary className="cursor-pointer list-none rounded-md border border-border px-2 py-1 text-xs">Menu</summary>
      {children}
    </details>
  );
}
