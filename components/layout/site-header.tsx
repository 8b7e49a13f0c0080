import Link from 'next/link';
import { ThemeToggle } from './theme-toggle';

export const NAV_LINKS = [
  { href: '/compare', label: 'Compare' },
  { href: '/models', label: 'Models' },
  { href: '/benchmarks', label: 'Benchmarks' },
  { href: '/pricing', label: 'Pricing' },
  { href: '/hardware', label: 'Hardware' },
  { href: '/history', label: 'History' },
  { href: '/sources', label: 'Sources' },
  { href: '/about', label: 'About' },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-[var(--border)] bg-[var(--bg)]">
      <div className="mx-auto flex max-w-7xl items-center gap-4 px-4 py-3">
        <Link href="/" className="font-semibold tracking-tight whitespace-nowrap">
          GLM&nbsp;Compare
        </Link>
        <nav aria-label="Main" className="hidden flex-1 md:block">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {NAV_LINKS.map((l) => (
              <li key={l.href}>
                <Link href={l.href} className="text-[var(--fg-muted)] hover:text-[var(--fg)]">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-2 md:ml-0">
          <ThemeToggle />
          <details className="relative md:hidden">
            <summary className="cursor-pointer list-none rounded-md border border-[var(--border)] px-2 py-1 text-xs">
              Menu
            </summary>
            <nav
              aria-label="Main (mobile)"
              className="absolute right-0 z-20 mt-2 w-44 rounded-md border border-[var(--border)] bg-[var(--bg)] p-2 shadow-lg"
            >
              <ul className="text-sm">
                {NAV_LINKS.map((l) => (
                  <li key={l.href}>
                    <Link href={l.href} className="block rounded px-2 py-1.5 hover:bg-[var(--bg-muted)]">
                      {l.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </details>
        </div>
      </div>
    </header>
  );
}
