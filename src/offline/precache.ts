import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtFiles } from '../site/built-files.ts';
import { SERVICE_WORKER_PATH } from './service-worker-path.ts';

/** What the service worker precaches: every file of the built site, in a cache named after the build. */
export interface PrecacheManifest {
  cacheName: string;
  cachePrefix: string;
  /** Site URLs (with the base), directory pages as "/literature/". */
  urls: string[];
  notFound: string;
  /** The bytes a reader's browser fetches to keep the whole site, uncompressed. */
  bytes: number;
  /** The same, gzip-compressed as a static host serves them. */
  gzipBytes: number;
}

/**
 * Files no reader's browser asks for, left out of the precache: Pagefind's stock search UIs (the site
 * has its own and loads only Pagefind's core) and the social-card image (fetched by other sites for link
 * previews). Together about 460 KB a reader would otherwise download for nothing.
 */
const neverRequested = [/^pagefind\/pagefind-(component-|modular-)?ui\.(js|css)$/, /^og-image\.png$/];

/** The URL a built file is served at: "literature/index.html" is "/literature/". */
function siteUrl(base: string, file: string): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Lists a built site (`dist`, served under `base`) for the precache. The cache name carries a hash of
 * every file's path and content and of the worker's own code, so any change makes a new cache.
 */
export function precacheManifest(dist: string, base: string, workerCode = ''): PrecacheManifest {
  // The worker never caches itself: browsers fetch it anew to look for a new build.
  const files = builtFiles(dist).filter((file) => file !== SERVICE_WORKER_PATH && !neverRequested.some((pattern) => pattern.test(file)));
  const build = createHash('sha256').update(workerCode);
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(join(dist, file));
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
    build.update(`${file}\0`).update(createHash('sha256').update(content).digest());
  }
  const cachePrefix = `sco-pakistan-edition:${base}:`;
  return {
    cacheName: cachePrefix + build.digest('hex').slice(0, 16),
    cachePrefix,
    urls: files.map((file) => siteUrl(base, file)),
    notFound: siteUrl(base, '404.html'),
    bytes,
    gzipBytes,
  };
}
