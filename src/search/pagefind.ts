import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Fails with Pagefind's own messages when a step of indexing reports errors. */
function assertNoErrors<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${step}:\n  ${response.errors.join('\n  ')}`);
  return response;
}

/**
 * Indexes the built site with Pagefind's Node API once Astro has written it, into `pagefind/` beside the
 * pages, so `astro build` alone gives the whole searchable site. What is indexed is decided by the pages'
 * own `data-pagefind-*` attributes.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'sco:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          const { index } = assertNoErrors(await pagefind.createIndex(), 'start');
          if (!index) throw new Error('Pagefind could not start: no index was created');
          const { page_count } = assertNoErrors(await index.addDirectory({ path: fileURLToPath(dir) }), 'index the site');
          assertNoErrors(await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) }), 'write its files');
          logger.info(`Indexed ${page_count} pages in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
