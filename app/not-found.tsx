import type { Metadata } from 'next';
import Link from 'next/link';
import { NotFoundDetail } from '@/components/layout/not-found-detail';
import { NAV_LINKS } from '@/lib/site-pages';

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'There is no page at this address on GLM Compare.',
  robots: { index: false },
};

const DESCRIPTIONS: Record<(typeof NAV_LINKS)[number]['href'], string> = {
  '/compare': 'choose models and benchmarks and compare them in a table or chart',
  '/models': 'every model, grouped by organization',
  '/benchmarks': 'every benchmark, grouped by category',
  '/pricing': 'API prices and subscription plans',
  '/hardware': 'published GPU requirements and a planner',
  '/family': 'how much each GLM release gained over the one before it',
  '/history': 'the GLM family from its first research models on',
  '/sources': 'every document the numbers come from',
  '/about': 'how values are chosen, what approximate means, how to report an error',
};

export default function NotFound() {
  return (
    <article className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-fg-muted">Error 404</p>
        <h1 className="text-3xl font-semibold tracking-tight">Page not found</h1>
        <NotFoundDetail />
        <p className="text-sm text-fg-muted">
          If a link from this site brought you here, please tell us which one (see{' '}
          <Link className="link" href="/about#report">
            how to report an error
          </Link>
          ).
        </p>
      </header>
      <nav aria-label="Main pages">
        <h2 className="text-lg font-semibold">Where to go instead</h2>
        <ul className="mt-2 divide-y divide-border rounded-md border border-border">
          <li className="px-3 py-2">
            <Link className="link font-medium" href="/">
              Home
            </Link>
            <span className="text-sm text-fg-muted"> — the models of the latest data at a glance</span>
          </li>
          {NAV_LINKS.map((l) => (
            <li key={l.href} className="px-3 py-2">
              <Link className="link font-medium" href={l.href}>
                {l.label}
              </Link>
              <span className="text-sm text-fg-muted"> — {DESCRIPTIONS[l.href]}</span>
            </li>
          ))}
        </ul>
      </nav>
    </article>
  );
}
