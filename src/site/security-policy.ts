/**
 * The site's security policy, written once: the `<meta>` Content-Security-Policy of every page
 * (src/site/Page.astro), the `_headers` file static hosts read, and the nginx lines in the README all
 * come from here.
 *
 * No page behaviour depends on inline script: every script, the theme's start in <head> included, is a
 * same-origin file, so a host that adds its own `script-src 'self'` header takes nothing away.
 */

/** Directives shared by the meta tag and the header. Pagefind needs 'wasm-unsafe-eval' and a blob: worker. */
export const POLICY_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const STYLE_SOURCES = ["'self'"] as const;

/**
 * The policy as every page's `<meta>` carries it. No hashes: no page runs inline script or style, so
 * 'self' covers everything (and the meta stays small on every page).
 */
export function metaPolicy(): string {
  return [...POLICY_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`, `style-src ${STYLE_SOURCES.join(' ')}`].join('; ');
}

/**
 * The policy as an HTTP header. It adds what a meta tag cannot carry: `frame-ancestors 'none'`, so no
 * other site can frame the edition.
 */
export function headerPolicy(): string {
  return `${metaPolicy()}; frame-ancestors 'none'`;
}

/**
 * Every response header the site asks its host to send. The Permissions-Policy denies what the site
 * never uses; writing to the clipboard (the copy buttons) stays allowed for the site itself.
 */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': headerPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy':
      'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), clipboard-read=(), clipboard-write=(self)',
  };
}

/** The `_headers` file Netlify and Cloudflare Pages read: every path under `base` gets every header. */
export function headersFile(base: string): string {
  const lines = Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`);
  return `${base}*\n${lines.join('\n')}\n`;
}

/** The same headers as nginx `add_header` lines, for the README. */
export function nginxHeaders(): string {
  return Object.entries(securityHeaders())
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n');
}
