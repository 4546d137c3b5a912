import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile } from './security-policy.ts';

/** Writes `dist/_headers` (Netlify, Cloudflare Pages) from the one security policy. */
export default function securityHeadersFile(): AstroIntegration {
  let base = '/';
  return {
    name: 'sco:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(new URL('_headers', dir), headersFile(base));
        logger.info('Wrote _headers with the Content-Security-Policy and security headers.');
      },
    },
  };
}
