import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import ts from 'typescript';
import { precacheManifest, type PrecacheManifest } from './precache.ts';
import { SERVICE_WORKER_PATH } from './service-worker-path.ts';

/** The worker's code: its TypeScript with the types stripped, as a classic script (which every browser runs). */
function workerCode(): string {
  const source = readFileSync(new URL('./service-worker.ts', import.meta.url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true },
  });
  return outputText.replace(/^export \{\};\s*$/m, '').trim();
}

/** The service worker's script: the build's precache list, then the worker's code. */
function serviceWorkerScript(manifest: PrecacheManifest, worker: string): string {
  const { cacheName, cachePrefix, urls, notFound } = manifest;
  return `const PRECACHE = ${JSON.stringify({ cacheName, cachePrefix, urls, notFound })};\n${worker}\n`;
}

/**
 * Offline reading: a web app manifest for every page, and after the build a service worker that
 * precaches the whole finished site. List it after every integration that writes into dist/ in
 * astro:build:done (the PDF, Pagefind's index), so the precache holds their files too.
 */
export default function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'offline',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: '/manifest.webmanifest', entrypoint: new URL('./manifest.webmanifest.ts', import.meta.url), prerender: true });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const worker = workerCode();
        const manifest = precacheManifest(dist, base, worker);
        writeFileSync(join(dist, SERVICE_WORKER_PATH), serviceWorkerScript(manifest, worker));
        const kb = (bytes: number) => Math.round(bytes / 1024);
        logger.info(`${SERVICE_WORKER_PATH}: precaches ${manifest.urls.length} files, ${kb(manifest.bytes)} KB (${kb(manifest.gzipBytes)} KB gzip), as ${manifest.cacheName}`);
      },
    },
  };
}
