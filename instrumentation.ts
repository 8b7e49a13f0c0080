/**
 * Runs once when a server starts (next start, the standalone server, the Docker image): the
 * site address is checked here, before the first request (lib/site-url.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { checkSiteUrlAtStart } = await import('./lib/site-url');
  // GLM_BUILD_SITE_URL is SITE_URL as it was at build time, written into the build by next.config.ts.
  checkSiteUrlAtStart(process.env.GLM_BUILD_SITE_URL);
}
