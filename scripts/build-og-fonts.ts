/**
 * Builds the fonts the social-preview images use, so next/og never fetches a font from the
 * network (it does for any glyph its fonts lack). Run by a developer when the character set
 * must grow; the output in lib/og/fonts is committed.
 *
 *   npx tsx scripts/build-og-fonts.ts
 *
 * Sources (Debian packages fonts-noto-core and fonts-droid-fallback), all TrueType outlines,
 * which next/og's font parser reads (the CID-keyed CFF of Noto Sans CJK it does not):
 * - Noto Sans Regular and Bold (SIL Open Font License 1.1): Latin and punctuation;
 * - Droid Sans Fallback (Apache License 2.0): the 3,755 level-1 GB2312 hanzi plus every CJK
 *   character used anywhere in data/.
 */
import fs from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';

const NOTO = '/usr/share/fonts/truetype/noto';
const DROID = '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf';
const OUT = path.join(process.cwd(), 'lib', 'og', 'fonts');

function latin(): string {
  let s = '';
  for (let c = 0x20; c <= 0x7e; c++) s += String.fromCharCode(c);
  for (let c = 0xa0; c <= 0xff; c++) s += String.fromCharCode(c);
  return s + '–—‘’“”•…·×÷≈≤≥≠±→←↑↓↔▲▼✓€£¥₩−′″°µΔτ²';
}

function gb2312Level1(): string {
  const decoder = new TextDecoder('gb18030');
  let s = '';
  for (let hi = 0xb0; hi <= 0xd7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      if (hi === 0xd7 && lo > 0xf9) break;
      s += decoder.decode(new Uint8Array([hi, lo]));
    }
  }
  return s;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u;

function cjkInData(): string {
  const chars = new Set<string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.json')) for (const ch of fs.readFileSync(p, 'utf8')) if (CJK.test(ch)) chars.add(ch);
    }
  };
  walk(path.join(process.cwd(), 'data'));
  return [...chars].join('');
}

/** Code points a TrueType font maps (cmap formats 4 and 12), to publish only what it can draw. */
function mappedCodePoints(font: Buffer): Set<number> {
  const numTables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++) {
    const r = 12 + 16 * i;
    if (font.toString('latin1', r, r + 4) === 'cmap') cmap = font.readUInt32BE(r + 8);
  }
  if (cmap < 0) throw new Error('no cmap table');
  const out = new Set<number>();
  const subtables = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const offset = cmap + font.readUInt32BE(cmap + 4 + 8 * i + 4);
    const format = font.readUInt16BE(offset);
    if (format === 4) {
      const segX2 = font.readUInt16BE(offset + 6);
      const ends = offset + 14;
      const starts = ends + segX2 + 2;
      const deltas = starts + segX2;
      const rangeOffsets = deltas + segX2;
      for (let s = 0; s < segX2 / 2; s++) {
        const end = font.readUInt16BE(ends + 2 * s);
        const start = font.readUInt16BE(starts + 2 * s);
        const delta = font.readInt16BE(deltas + 2 * s);
        const ro = font.readUInt16BE(rangeOffsets + 2 * s);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const glyph = ro === 0 ? (c + delta) & 0xffff : font.readUInt16BE(rangeOffsets + 2 * s + ro + 2 * (c - start));
          if (glyph !== 0) out.add(c);
        }
      }
    } else if (format === 12) {
      const groups = font.readUInt32BE(offset + 12);
      for (let g = 0; g < groups; g++) {
        const r = offset + 16 + 12 * g;
        const start = font.readUInt32BE(r);
        const end = font.readUInt32BE(r + 4);
        for (let c = start; c <= end; c++) out.add(c);
      }
    }
  }
  return out;
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const latinText = latin();
  const cjkText = [...new Set(gb2312Level1() + cjkInData() + '，。、：；！？（）《》「」【】')].join('');
  const outputs: Array<[string, Buffer]> = [
    [
      'NotoSans-Regular-latin.ttf',
      await subsetFont(fs.readFileSync(path.join(NOTO, 'NotoSans-Regular.ttf')), latinText, { targetFormat: 'sfnt' }),
    ],
    [
      'NotoSans-Bold-latin.ttf',
      await subsetFont(fs.readFileSync(path.join(NOTO, 'NotoSans-Bold.ttf')), latinText, { targetFormat: 'sfnt' }),
    ],
    ['DroidSansFallback-cjk.ttf', await subsetFont(fs.readFileSync(DROID), cjkText, { targetFormat: 'sfnt' })],
  ];
  for (const [name, data] of outputs) {
    fs.writeFileSync(path.join(OUT, name), data);
    console.log(`${name}: ${data.length} bytes`);
  }
  // The renderer checks text against this list and never asks for a glyph the fonts lack.
  const drawable = new Set<number>();
  for (const [, data] of outputs) for (const c of mappedCodePoints(data)) drawable.add(c);
  const charset = [...new Set(latinText + cjkText)].filter((ch) => drawable.has(ch.codePointAt(0)!));
  const missing = [...new Set(latinText + cjkText)].filter((ch) => !drawable.has(ch.codePointAt(0)!));
  fs.writeFileSync(path.join(OUT, 'charset.txt'), charset.join(''));
  console.log(
    `charset: ${charset.length} characters; not in the source fonts: ${missing.length} (${missing.slice(0, 20).join('')})`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
