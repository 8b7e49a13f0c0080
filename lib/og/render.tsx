import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import type { ReactElement, ReactNode } from 'react';
import { hasOwnOrgColor, ORG_COLORS_LIGHT, THEME_COLORS } from '../theme-colors';

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

const C = THEME_COLORS.light;

export const ogOrgColor = (org: string): string =>
  hasOwnOrgColor(org) ? ORG_COLORS_LIGHT[org as keyof typeof ORG_COLORS_LIGHT] : ORG_COLORS_LIGHT.other;

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
        background: C.bg,
        color: C.fg,
        padding: '48px 56px',
        fontFamily: 'Noto Sans, Droid Sans Fallback',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, fontSize: 22, color: C['fg-muted'] }}>
        <div style={{ display: 'flex', width: 14, height: 14, borderRadius: 7, background: ORG_COLORS_LIGHT.zai }} />
        <div style={{ display: 'flex', fontWeight: 700, color: C.fg }}>GLM Compare</div>
        <div style={{ display: 'flex' }}>· {ogText(kicker, 80)}</div>
      </div>
      <div style={{ display: 'flex', marginTop: 18, fontSize: title.length > 48 ? 44 : 56, fontWeight: 700, lineHeight: 1.1 }}>
        {ogText(title, 90)}
      </div>
      {subtitle ? (
        <div style={{ display: 'flex', marginTop: 10, fontSize: 24, color: C['fg-muted'] }}>{ogText(subtitle, 140)}</div>
      ) : null}
      <div style={{ display: 'flex', flex: 1, marginTop: 24 }}>{children}</div>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          fontSize: 18,
          color: C['fg-subtle'],
          borderTop: `1px solid ${C.border}`,
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

/**
 * Horizontal bars; approximate values are drawn pale, as on the site. `compact` is the smaller
 * type for a grid of several panels; `more` says how many models did not fit.
 */
export function Bars({
  title,
  bars,
  max,
  width,
  compact = false,
  more = 0,
}: {
  title: string;
  bars: OgBar[];
  max: number;
  width: number;
  compact?: boolean;
  more?: number;
}) {
  const labelWidth = compact ? Math.round(width * 0.4) : 230;
  const valueWidth = compact ? 64 : 90;
  const track = width - labelWidth - valueWidth - 16;
  const font = compact ? 15 : 20;
  const rowHeight = compact ? 22 : 34;
  const barHeight = compact ? 14 : 24;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width, gap: compact ? 4 : 8 }}>
      <div style={{ display: 'flex', fontSize: compact ? 17 : 24, fontWeight: 700 }}>{ogText(title, compact ? 30 : 48)}</div>
      {bars.map((b, i) => (
        <div key={i} style={{ display: 'flex', alignItems: 'center', height: rowHeight }}>
          <div style={{ display: 'flex', width: labelWidth, fontSize: font, color: C.fg, overflow: 'hidden' }}>
            {ogText(b.label, compact ? Math.floor(labelWidth / 8.5) : 24)}
          </div>
          <div style={{ display: 'flex', width: track, height: barHeight, background: C['bg-muted'] }}>
            <div
              style={{
                display: 'flex',
                width: Math.max(2, Math.round((b.value / (max || 1)) * track)),
                height: barHeight,
                background: ogOrgColor(b.org),
                opacity: b.approx ? 0.4 : 1,
              }}
            />
          </div>
          <div style={{ display: 'flex', width: valueWidth, justifyContent: 'flex-end', fontSize: font, fontWeight: 700 }}>
            {ogText(b.display, 12)}
          </div>
        </div>
      ))}
      {more > 0 ? (
        <div style={{ display: 'flex', fontSize: compact ? 14 : 18, color: C['fg-subtle'] }}>
          +{more} more model{more === 1 ? '' : 's'}
        </div>
      ) : null}
    </div>
  );
}

export interface OgPoint {
  label: string;
  org: string;
  x: number;
  y: number;
  approx: boolean;
  onFrontier: boolean;
}

/**
 * A scatter with a log x axis: dots by organization (hollow when approximate), the frontier as
 * a dashed line, the y axis from `yDomain` (0 to 100 for percentages unless the view zooms).
 * Lines and dots are SVG; every text is a positioned box (next/og draws no SVG text).
 */
export function ScatterImage({
  points,
  frontier,
  xTicks,
  xDomain,
  yDomain,
  xLabel,
  yLabel,
  formatX,
  labels,
  width,
  height,
}: {
  points: OgPoint[];
  frontier: OgPoint[];
  xTicks: number[];
  xDomain: [number, number];
  yDomain: [number, number];
  xLabel: string;
  yLabel: string;
  formatX: (v: number) => string;
  labels: string[];
  width: number;
  height: number;
}) {
  const left = 64;
  const bottom = 48;
  const plotW = width - left - 16;
  const plotH = height - bottom - 8;
  const [x0, x1] = xDomain;
  const [y0, y1] = yDomain;
  const px = (x: number) => left + (Math.log(x / x0) / Math.log(x1 / x0)) * plotW;
  const py = (y: number) => 8 + (1 - (y - y0) / (y1 - y0 || 1)) * plotH;
  const yTicks = Array.from({ length: 5 }, (_, i) => Number((y0 + ((y1 - y0) * i) / 4).toPrecision(6)));
  const fmtY = (v: number) => String(Number(v.toFixed(1)));
  const path = frontier
    .map((p, i) => {
      const prev = frontier[i - 1];
      return i === 0 ? `M${px(p.x)},${py(p.y)}` : `L${px(p.x)},${py(prev!.y)} L${px(p.x)},${py(p.y)}`;
    })
    .join(' ');
  // Point labels: above the dot, else below it, else beside it, whichever first clears the labels placed before.
  const placed: Array<{ text: string; left: number; top: number; width: number }> = [];
  const overlaps = (a: { left: number; top: number; width: number }) =>
    placed.some((b) => a.left < b.left + b.width && b.left < a.left + a.width && Math.abs(a.top - b.top) < 20);
  points.forEach((p, i) => {
    const text = labels[i] ? ogText(labels[i]!, 40) : '';
    if (!text) return;
    const w = Math.ceil(text.length * 8.6) + 8;
    const cx = px(p.x);
    const cy = py(p.y);
    const clampX = (x: number) => Math.min(Math.max(x, left), left + plotW - w);
    const candidates = [
      { left: clampX(cx - w / 2), top: cy - 32 },
      { left: clampX(cx - w / 2), top: cy + 12 },
      { left: clampX(cx + 12), top: cy - 10 },
      { left: clampX(cx - 12 - w), top: cy - 10 },
    ];
    const spot = candidates.find((c) => !overlaps({ ...c, width: w })) ?? candidates[0]!;
    placed.push({ text, left: spot.left, top: spot.top, width: w });
  });
  return (
    <div style={{ display: 'flex', position: 'relative', width, height }}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} style={{ position: 'absolute', left: 0, top: 0 }}>
        {yTicks.map((t) => (
          <line key={`y${t}`} x1={left} x2={left + plotW} y1={py(t)} y2={py(t)} stroke={C.border} strokeWidth={1} />
        ))}
        {xTicks.map((t) => (
          <line key={`x${t}`} x1={px(t)} x2={px(t)} y1={8} y2={8 + plotH} stroke={C.border} strokeWidth={1} />
        ))}
        <line x1={left} x2={left} y1={8} y2={8 + plotH} stroke="#8b949e" strokeWidth={1} />
        <line x1={left} x2={left + plotW} y1={8 + plotH} y2={8 + plotH} stroke="#8b949e" strokeWidth={1} />
        {path ? <path d={path} fill="none" stroke={C.fg} strokeWidth={2} strokeDasharray="6 5" /> : null}
        {points.map((p, i) => (
          <circle
            key={i}
            cx={px(p.x)}
            cy={py(p.y)}
            r={8}
            fill={p.approx ? C.bg : ogOrgColor(p.org)}
            stroke={ogOrgColor(p.org)}
            strokeWidth={3}
          />
        ))}
      </svg>
      {yTicks.map((t) => (
        <div
          key={`yl${t}`}
          style={{
            display: 'flex',
            position: 'absolute',
            left: 0,
            width: left - 8,
            justifyContent: 'flex-end',
            top: py(t) - 10,
            fontSize: 15,
            color: C['fg-muted'],
          }}
        >
          {fmtY(t)}
        </div>
      ))}
      {xTicks.map((t) => (
        <div
          key={`xl${t}`}
          style={{
            display: 'flex',
            position: 'absolute',
            left: px(t) - 40,
            width: 80,
            justifyContent: 'center',
            top: 8 + plotH + 4,
            fontSize: 15,
            color: C['fg-muted'],
          }}
        >
          {ogText(formatX(t), 10)}
        </div>
      ))}
      <div
        style={{
          display: 'flex',
          position: 'absolute',
          left,
          width: plotW,
          justifyContent: 'center',
          top: height - 22,
          fontSize: 15,
          color: C['fg-muted'],
        }}
      >
        {ogText(xLabel, 80)}
      </div>
      <div style={{ display: 'flex', position: 'absolute', left: left + 8, top: 10, fontSize: 15, color: C['fg-muted'] }}>
        {ogText(yLabel, 60)}
      </div>
      {placed.map((l, i) => (
        <div
          key={`pl${i}`}
          style={{
            display: 'flex',
            position: 'absolute',
            left: l.left,
            top: l.top,
            width: l.width,
            justifyContent: 'center',
            fontSize: 15,
            fontWeight: 700,
            color: C.fg,
          }}
        >
          {l.text}
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
        border: `1px solid ${C.border}`,
        borderRadius: 10,
        minWidth: 240,
      }}
    >
      <div style={{ display: 'flex', fontSize: 20, color: C['fg-subtle'] }}>{ogText(label, 40)}</div>
      <div style={{ display: 'flex', fontSize: 34, fontWeight: 700, marginTop: 4 }}>{ogText(value, 24)}</div>
    </div>
  );
}

export function ogImage(
  node: ReactElement,
  { pinned, headers = {} }: { pinned: boolean; headers?: Record<string, string> },
): ImageResponse {
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
    headers: { ...headers, 'Cache-Control': pinned ? 'public, max-age=31536000, immutable' : 'public, max-age=300' },
  });
}
