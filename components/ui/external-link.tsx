import type { ReactNode } from 'react';

/**
 * The address if it is http(s), else null. Data validation admits only http(s) URLs; checking
 * again where a link is drawn keeps a bad row from ever becoming a `javascript:` link.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/** A link that leaves the site, in a new tab; without a usable address, `fallback` (nothing by default). */
export function ExternalLink({
  href,
  className = 'link',
  fallback = null,
  children,
}: {
  href: string | null | undefined;
  className?: string;
  fallback?: ReactNode;
  children: ReactNode;
}) {
  const safe = safeHttpUrl(href);
  if (!safe) return <>{fallback}</>;
  return (
    <a className={className} href={safe} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
