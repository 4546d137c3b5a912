import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import ts from 'typescript';
import { precacheManifest, type PrecacheManifest } from './precache.ts';
import { SERVICE_WORKER_PATH } from './service-worker-path.ts';

/** The service worker's script: its TypeScript with the types stripped, after the build's precache list. */
function serviceWorkerScript(manifest: PrecacheManifest): string {
  const source = readFileSync(new URL('./service-worker.ts', import.meta.url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true },
  });
  // A classic worker script (every browser runs those): the module marker goes.
  const worker = outputText.replace(/^export \{\};\s*$/m, '').trim();
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
        const manifest = precacheManifest(dist, base);
        writeFileSync(join(dist, SERVICE_WORKER_PATH), serviceWorkerScript(manifest));
        logger.info(`${SERVICE_WORKER_PATH}: precaches ${manifest.urls.length} files, ${Math.round(manifest.bytes / 1024)} KB, as ${manifest.cacheName}`);
      },
    },
  };
}
