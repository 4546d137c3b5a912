import type { AstroIntegration } from 'astro';

/**
 * Says, once per `astro build`, that SITE_URL is unset and which address the build used instead: every
 * canonical link, citation URL and sitemap entry then points at the local preview, not the deployed site.
 * `npm start` sets SITE_URL to its own preview address, so it stays quiet.
 */
export default function siteUrlNotice(env: Record<string, string | undefined>): AstroIntegration {
  let home = '';
  return {
    name: 'sco:site-url',
    hooks: {
      'astro:config:done': ({ config }) => {
        home = new URL(config.base, config.site).href;
      },
      'astro:build:start': ({ logger }) => {
        if (!env['SITE_URL']) {
          logger.warn(`SITE_URL is not set, so this build's absolute URLs (canonical links, citation tags, sitemap) use ${home}; set SITE_URL to the deployed origin, e.g. SITE_URL=https://example.org npm run build.`);
        }
      },
    },
  };
}
