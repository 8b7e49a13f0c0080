/**
 * Security headers on every route (next.config.ts sets them; proxy.ts repeats them on the answers
 * it makes itself, which Next's configured headers may not reach).
 *
 * Scripts and styles allow 'unsafe-inline' because Next's streamed RSC payload and prerendered
 * pages carry inline scripts whose content differs per page (nonces would make every prerendered
 * page dynamic; see README, "Security"); nothing allows eval, objects are off, and only /embed/*
 * may be framed by other sites.
 */
export function csp(frameAncestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

export const COMMON_SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
] as const;

/** The headers of a route outside /embed/*. */
export function securityHeaders(): Record<string, string> {
  return {
    ...Object.fromEntries(COMMON_SECURITY_HEADERS.map((h) => [h.key, h.value])),
    'Content-Security-Policy': csp("'none'"),
    'X-Frame-Options': 'DENY',
  };
}
