import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import type { ReactElement, ReactNode } from 'react';

/**
 * Social-preview images (1200x630 PNG) rendered with next/og from fonts kept in the repo.
 * next/og fetches a font from the network for any glyph its fonts lack (and emoji from a CDN),
 * which fails on a closed network: every string goes through ogText, which keeps only
 * characters our subset font has.
 */
export const OG_SIZE = { width: 1200, height: 630 } as const;

const FONT_DIR = () => path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib', 'og', 'fonts');

let fonts: { regular: Buffer; bold: Buffer; cjk: Buffer; charset: Set<string> } | undefined;

function loadFonts() {
  if (!fonts) {
    const dir = FONT_DIR();
    fonts = {
      regular: fs.readFileSync(path.join(dir, 'NotoSans-Regular-latin.ttf')),
      bold: fs.readFileSync(path.join(dir, 'NotoSans-Bold-latin.ttf')),
      cjk: fs.readFileSync(path.join(dir, 'DroidSansFallback-cjk.ttf')),
      charset: new Set(fs.readFileSync(path.join(dir, 'charset.txt'), 'utf8')),
    };
  }
  return fonts;
}

/** Keeps only what the bundled fonts can draw; anything else becomes "?" (never a network fetch). */
export function ogText(text: string, max = 200): string {
  const { charset } = loadFonts();
  let out = '';
  for (const ch of text) {
    if (/\p{Extended_Pictographic}/u.test(ch)) continue;
    out += charset.has(ch) || ch === ' ' ? ch : '?';
  }
  return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}

/** Okabe-Ito, as on the site's light theme. */
const ORG_COLORS: Record<string, string> = {
  zai: '#0072b2',
  deepseek: '#009e73',
  alibaba: '#e69f00',
  moonshot: '#cc79a7',
  anthropic: '#d55e00',
  openai: '#1f2328',
  google: '#56b4e9',
  xai: '#8c8c8c',
  meta: '#b8a600',
};
export const ogOrgColor = (org: string) => ORG_COLORS[org] ?? '#6b7280';

export function Frame({
  kicker,
  title,
  subtitle,
  children,
  footer,
}: {
  kicker: string;
  title: string;
  subtitle?: string;
  children?: ReactNode;
  footer?: string;
}) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: '#ffffff',
        color: '#14171c',
        padding: '48px 56px',
        fontFamily: 'Noto Sans, Droid Sans Fallback',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, fontSize: 22, color: '#4b5563' }}>
        <div style={{ display: 'flex', width: 14, height: 14, borderRadius: 7, background: '#0072b2' }} />
        <div style={{ display: 'flex', fontWeight: 700, color: '#14171c' }}>GLM Compare</div>
        <div style={{ display: 'flex' }}>· {ogText(kicker, 80)}</div>
      </div>
      <div style={{ display: 'flex', marginTop: 18, fontSize: title.length > 48 ? 44 : 56, fontWeight: 700, lineHeight: 1.1 }}>
        {ogText(title, 90)}
      </div>
      {subtitle ? (
        <div style={{ display: 'flex', marginTop: 10, fontSize: 24, color: '#4b5563' }}>{ogText(subtitle, 140)}</div>
      ) : null}
      <div style={{ display: 'flex', flex: 1, marginTop: 24 }}>{children}</div>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          fontSize: 18,
          color: '#5f6b7a',
          borderTop: '1px solid #dde1e6',
          paddingTop: 12,
        }}
      >
        <div style={{ display: 'flex' }}>{ogText(footer ?? 'Every number with its source and settings', 120)}</div>
      </div>
    </div>
  );
}

export interface OgBar {
  label: string;
  org: string;
  value: number;
  display: string;
  approx: boolean;
}

/** Horizontal bars; approximate values are drawn pale, as on the site. */
export function Bars({ title, bars, max, width }: { title: string; bars: OgBar[]; max: number; width: number }) {
  const labelWidth = 230;
  const valueWidth = 90;
  const track = width - labelWidth - valueWidth - 16;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width, gap: 8 }}>
      <div style={{ display: 'flex', fontSize: 24, fontWeight: 700 }}>{ogText(title, 48)}</div>
      {bars.map((b, i) => (
        <div key={i} style={{ display: 'flex', alignItems: 'center', height: 34 }}>
          <div style={{ display: 'flex', width: labelWidth, fontSize: 20, color: '#14171c' }}>{ogText(b.label, 24)}</div>
          <div style={{ display: 'flex', width: track, height: 24, background: '#eef0f3' }}>
            <div
              style={{
                display: 'flex',
                width: Math.max(2, Math.round((b.value / (max || 1)) * track)),
                height: 24,
                background: ogOrgColor(b.org),
                opacity: b.approx ? 0.4 : 1,
              }}
            />
          </div>
          <div style={{ display: 'flex', width: valueWidth, justifyContent: 'flex-end', fontSize: 20, fontWeight: 700 }}>
            {ogText(b.display, 12)}
          </div>
        </div>
      ))}
    </div>
  );
}

export function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        padding: '14px 18px',
        border: '1px solid #dde1e6',
        borderRadius: 10,
        minWidth: 240,
      }}
    >
      <div style={{ display: 'flex', fontSize: 20, color: '#5f6b7a' }}>{ogText(label, 40)}</div>
      <div style={{ display: 'flex', fontSize: 34, fontWeight: 700, marginTop: 4 }}>{ogText(value, 24)}</div>
    </div>
  );
}

export function ogImage(node: ReactElement, { pinned }: { pinned: boolean }): ImageResponse {
  const { regular, bold, cjk } = loadFonts();
  return new ImageResponse(node, {
    ...OG_SIZE,
    fonts: [
      { name: 'Noto Sans', data: regular, weight: 400, style: 'normal' },
      { name: 'Noto Sans', data: bold, weight: 700, style: 'normal' },
      // Hanzi come from here, in either weight; Latin stays in Noto Sans.
      { name: 'Droid Sans Fallback', data: cjk, weight: 400, style: 'normal' },
      { name: 'Droid Sans Fallback', data: cjk, weight: 700, style: 'normal' },
    ],
    headers: { 'Cache-Control': pinned ? 'public, max-age=31536000, immutable' : 'public, max-age=300' },
  });
}
