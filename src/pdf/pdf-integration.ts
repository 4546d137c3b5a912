import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import { builtFiles } from '../site/built-files.ts';
import { articleTimestamp, articleTypst, type BuiltPages } from './article-typst.ts';
import { compilePdf } from './compile-pdf.ts';
import { PDF_PATH, PDF_SIZE_PLACEHOLDER, formatSize } from './pdf-download.ts';

/** Reads the built pages the PDF is made from. */
function builtPages(dist: string): BuiltPages {
  const page = (path: string) => fromHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'));
  return { article: page('article'), references: page('references') };
}

/** The PDF of the whole article, typeset from a built site in `dist` (also what `npm run bench` times). */
export function typesetArticle(dist: string): Buffer {
  const pages = builtPages(dist);
  return compilePdf(articleTypst(pages), articleTimestamp(pages));
}

/** Writes the PDF's size into every built page in place of the placeholder. */
function fillSize(dist: string, bytes: number): void {
  for (const file of builtFiles(dist).filter((path) => path.endsWith('.html'))) {
    const path = join(dist, file);
    const html = readFileSync(path, 'utf8');
    if (html.includes(PDF_SIZE_PLACEHOLDER)) writeFileSync(path, html.replaceAll(PDF_SIZE_PLACEHOLDER, formatSize(bytes)));
  }
}

/**
 * After Astro has written the site, typesets the whole article from the built whole-article page as
 * dist/article.pdf and gives its size to every page's download link. Runs before the search index
 * and the offline precache, which take in the finished pages and the PDF.
 */
export default function articlePdf(): AstroIntegration {
  return {
    name: 'article-pdf',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const start = performance.now();
        const pdf = typesetArticle(dist);
        writeFileSync(join(dist, PDF_PATH), pdf);
        fillSize(dist, pdf.length);
        logger.info(`${PDF_PATH}: ${formatSize(pdf.length)} (${pdf.length} bytes), typeset in ${Math.round(performance.now() - start)} ms`);
      },
    },
  };
}
