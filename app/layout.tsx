import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { ChromeGate } from '@/components/layout/chrome-gate';
import { SiteHeader } from '@/components/layout/site-header';
import { THEME_SCRIPT } from '@/components/layout/theme-script';
import { SourceTipController } from '@/components/ui/source-tip-controller';
import { siteUrl } from '@/lib/site-url';
import { THEME_COLORS } from '@/lib/theme-colors';
import './globals.css';

/** Every page's relative canonical and preview-image URLs resolve against the site address (lib/site-url.ts). */
export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: new URL(`${await siteUrl()}/`),
    title: { default: 'GLM Compare', template: '%s · GLM Compare' },
    description:
      "Compare Z.ai's GLM models, GLM-4.5 to GLM-5.2, with DeepSeek, Qwen, Kimi, MiniMax and proprietary models like-for-like: benchmarks, prices, specs and GPUs, every number tied to its source and settings.",
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: THEME_COLORS.light.bg },
    { media: '(prefers-color-scheme: dark)', color: THEME_COLORS.dark.bg },
  ],
};

const FOOTER_LINKS = [
  ['/about', 'Methodology'],
  ['/sources', 'Sources'],
  ['/changelog', 'Changelog'],
  ['/api', 'API'],
] as const;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" data-theme="light" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-bg text-fg">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-bg focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <ChromeGate>
          <SiteHeader />
        </ChromeGate>
        <main id="main" className="mx-auto max-w-7xl px-4 py-6">
          {children}
        </main>
        <ChromeGate>
          <footer className="mt-12 border-t border-border">
            <div className="mx-auto flex max-w-7xl flex-wrap gap-x-6 gap-y-2 px-4 py-6 text-xs text-fg-muted">
              <span>GLM Compare — open data, every number with its source.</span>
              {FOOTER_LINKS.map(([href, label]) => (
                <Link key={href} href={href} className="hover:text-fg">
                  {label}
                </Link>
              ))}
            </div>
          </footer>
        </ChromeGate>
        <SourceTipController />
      </body>
    </html>
  );
}
