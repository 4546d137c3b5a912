/** Where the PDF lives, relative to the site's base. */
export const PDF_PATH = 'article.pdf';

/**
 * Stands for the PDF's size in the built pages until the PDF exists: the PDF is made from the built
 * whole-article page, after every page is rendered, and then written into them all (pdf-integration.ts).
 */
export const PDF_SIZE_PLACEHOLDER = '{{article-pdf-size}}';

/** A size as readers see it next to a download: "172 KB". */
export function formatSize(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
