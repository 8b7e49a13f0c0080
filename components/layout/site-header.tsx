import Link from 'next/link';
import { resolveVersion } from '@/lib/queries/versions';
import { NAV_LINKS } from '@/lib/site-pages';
import { HeaderSearch } from './header-search';
import { MobileMenu } from './mobile-menu';
import { NavLinks } from './nav-links';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader() {
  const { latest } = resolveVersion(undefined);
  return (
    <header className="border-b border-border bg-bg">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="font-semibold tracking-tight whitespace-nowrap">
          GLM&nbsp;Compare
        </Link>
        <nav aria-label="Main" className="hidden flex-1 md:block">
          <NavLinks links={NAV_LINKS} variant="bar" />
        </nav>
        <HeaderSearch version={latest.id} />
        <div className="ml-auto flex items-center gap-2 md:ml-0">
          <ThemeToggle />
          <MobileMenu>
            <nav
              aria-label="Main (mobile)"
              className="absolute right-0 z-20 mt-2 w-44 rounded-md border border-border bg-bg p-2 shadow-lg"
            >
              <NavLinks links={NAV_LINKS} variant="menu" />
            </nav>
          </MobileMenu>
        </div>
      </div>
    </header>
  );
}
