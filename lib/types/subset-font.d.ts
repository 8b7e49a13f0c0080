// subset-font ships no types; this is the part of its API scripts/build-og-fonts.ts uses.
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2'; keepAllGlyphs?: boolean },
  ): Promise<Buffer>;
}
