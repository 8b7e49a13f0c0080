'use client';

import { useLinkStatus } from 'next/link';

/**
 * Inside a Next <Link>: a small spinner while the view that link asked for is loading. It marks
 * itself data-link-pending, so the link can restyle itself at once (Tailwind
 * `has-[[data-link-pending]]:`) and the page dims what is about to change
 * (`[data-view-busy]` in app/globals.css).
 */
export function LinkPending() {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return (
    <span
      aria-hidden="true"
      data-link-pending=""
      className="ml-1 inline-block size-3 shrink-0 animate-spin rounded-full border-2 border-current border-t-transparent align-[-2px]"
    />
  );
}
