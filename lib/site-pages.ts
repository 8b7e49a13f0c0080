/** The site's main pages: the header's navigation and the pages search finds. */
export const NAV_LINKS = [
  { href: '/compare', label: 'Compare' },
  { href: '/models', label: 'Models' },
  { href: '/benchmarks', label: 'Benchmarks' },
  { href: '/pricing', label: 'Pricing' },
  { href: '/hardware', label: 'Hardware' },
  { href: '/family', label: 'Family' },
  { href: '/history', label: 'History' },
  { href: '/sources', label: 'Sources' },
  { href: '/about', label: 'About' },
] as const;

export const SEARCHABLE_PAGES: ReadonlyArray<{ href: string; label: string; keywords: string }> = [
  { href: '/', label: 'Home', keywords: 'dashboard overview leaders frontier releases' },
  { href: '/compare', label: 'Compare', keywords: 'explorer table chart like-for-like verdict' },
  { href: '/models', label: 'Models', keywords: 'list specs parameters context license' },
  { href: '/benchmarks', label: 'Benchmarks', keywords: 'evaluations tests' },
  { href: '/pricing', label: 'Pricing', keywords: 'prices cost calculator plans tokens' },
  { href: '/hardware', label: 'Hardware', keywords: 'gpu vram planner memory' },
  { href: '/family', label: 'GLM family', keywords: 'releases gains glm-4.5 glm-4.6 glm-4.7 glm-5 improvement' },
  { href: '/history', label: 'History', keywords: 'timeline releases glm family' },
  { href: '/sources', label: 'Sources', keywords: 'references citations' },
  { href: '/about', label: 'About', keywords: 'methodology how values are chosen' },
  { href: '/changelog', label: 'Changelog', keywords: 'data versions changes diff' },
  { href: '/api', label: 'API', keywords: 'json csv download openapi' },
];
