'use client';

import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/** Site header and footer everywhere but in embeds, which show a chart with minimal chrome. */
export function ChromeGate({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  if (pathname?.startsWith('/embed')) return null;
  return <>{children}</>;
}
