/**
 * The site's public address, the one source of every absolute URL the app writes (canonical
 * links, preview images, the embed snippet, the OpenAPI `servers` entry).
 *
 * SITE_URL (e.g. https://glm.example) is the address readers use. Pages that are prerendered
 * at build time (home, models, benchmarks, about, API) take it from the build's environment;
 * pages rendered per request read it at request time. Without SITE_URL, nothing is guessed:
 * the address is the one each request came to (its Host, or X-Forwarded-Host/-Proto from a
 * proxy), so a server on any port names itself correctly, and pages that would have been
 * prerendered are rendered per request instead.
 */
import { headers } from 'next/headers';

export class SiteUrlError extends Error {
  constructor(value: string, reason: string) {
    super(`SITE_URL="${value}" is not usable: ${reason}. Give the site's address, e.g. SITE_URL=https://glm.example`);
    this.name = 'SiteUrlError';
  }
}

/** Validates and normalizes a site address: an http(s) origin, no path, query or fragment, no trailing slash. */
export function normalizeSiteUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new SiteUrlError(value, 'it is not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new SiteUrlError(value, 'it must start with http:// or https://');
  if (url.search || url.hash) throw new SiteUrlError(value, 'it must not carry a query or a fragment');
  if (url.username || url.password) throw new SiteUrlError(value, 'it must not carry credentials');
  // The app's links are root-relative (it has no basePath): the site is an origin.
  if (url.pathname !== '/') throw new SiteUrlError(value, 'it must be an origin, without a path');
  return url.origin;
}

/** SITE_URL from the environment, normalized; null when it is unset or empty. Throws when it is malformed. */
export function configuredSiteUrl(env: Record<string, string | undefined> = process.env): string | null {
  const raw = env.SITE_URL;
  if (raw === undefined || raw.trim() === '') return null;
  return normalizeSiteUrl(raw);
}

const HOST = /^[a-z0-9.-]+(?::\d{1,5})?$|^\[[0-9a-f:.]+\](?::\d{1,5})?$/i;

/**
 * The origin a request was addressed to, from its headers: X-Forwarded-Host and -Proto when a
 * proxy set them, else Host (and http). Null when no usable host is present.
 */
export function originFromHeaders(headers: Pick<Headers, 'get'>): string | null {
  const first = (name: string) => headers.get(name)?.split(',')[0]?.trim() || null;
  const host = first('x-forwarded-host') ?? first('host');
  if (!host || !HOST.test(host)) return null;
  const proto = first('x-forwarded-proto');
  return `${proto === 'https' ? 'https' : 'http'}://${host.toLowerCase()}`;
}

/**
 * The site address for the page being rendered: SITE_URL, else the request's own origin.
 * Reading the request makes the page render per request; with SITE_URL set nothing is read
 * and prerendered pages stay prerendered.
 */
export async function siteUrl(): Promise<string> {
  const configured = configuredSiteUrl();
  if (configured) return configured;
  const origin = originFromHeaders(await headers());
  if (origin) return origin;
  // No Host header at all (HTTP/1.0): the address this server listens on.
  const host = process.env.HOSTNAME && process.env.HOSTNAME !== '0.0.0.0' ? process.env.HOSTNAME : '127.0.0.1';
  return `http://${host}${process.env.PORT ? `:${process.env.PORT}` : ''}`;
}

/** An absolute URL on the site for a path ("/compare?…"). */
export function absoluteUrl(base: string, path: string): string {
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * Checked once when the server starts (instrumentation.ts): a malformed SITE_URL stops it; a
 * production server without one says, once, what it will do instead.
 */
export function checkSiteUrlAtStart(builtWith: string | undefined, log: (message: string) => void = console.warn): string | null {
  const configured = configuredSiteUrl();
  const built = builtWith ? normalizeSiteUrl(builtWith) : null;
  if (configured === null && process.env.NODE_ENV === 'production') {
    log(
      `⚠ SITE_URL is not set: canonical links, preview images and the embed code name the address each request came to (its Host header)${built ? `, except in pages prerendered by a build made with SITE_URL=${built}` : ', and the API description names a relative server'}. Set SITE_URL=https://your.domain for \`npm run build\` and \`npm start\`.`,
    );
  } else if (configured !== null && built !== configured && process.env.NODE_ENV === 'production') {
    log(
      built
        ? `⚠ SITE_URL=${configured}, but this build was made with SITE_URL=${built}: its prerendered pages and API description name ${built}. Rebuild with the same SITE_URL (\`npm start\` does so by itself).`
        : `⚠ SITE_URL=${configured}, but this build was made without it: every page renders per request and the API description's servers entry stays relative. Build with the same SITE_URL (\`npm start\` does so by itself).`,
    );
  }
  return configured;
}
