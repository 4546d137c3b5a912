/**
 * The service worker that keeps the whole edition for reading offline. The build (offline-integration.ts)
 * strips its types and puts the precache list in front as `PRECACHE`; nothing else is bundled.
 *
 * A short worker of our own rather than Workbox: Workbox keeps one precache per scope and updates it
 * entry by entry, while this edition wants one cache per build, so a page and everything it loads always
 * come from the same build; and the whole job (precache, cache-first, drop old builds) is forty lines.
 */

/** The build's precache: every file of the site, in a cache named after the build. */
interface Precache {
  cacheName: string;
  /** The start of every cache name this site's builds use, to find old builds' caches. */
  cachePrefix: string;
  urls: string[];
  /** The site's 404 page, for pages it does not have while offline. */
  notFound: string;
}
declare const PRECACHE: Precache;

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
}

const worker = self as unknown as ServiceWorkerScope;

// Install fetches the whole build, past the HTTP cache so no file of an older build slips in. If one
// file fails, the install fails and the build already installed keeps serving.
worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(PRECACHE.cacheName).then((cache) => cache.addAll(PRECACHE.urls.map((url) => new Request(url, { cache: 'reload' })))),
  );
});

// A new build waits (no skipWaiting) until no page of the old build is open, so an open page never
// loads files of another build; once active it drops the old builds' caches.
worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter((name) => name.startsWith(PRECACHE.cachePrefix) && name !== PRECACHE.cacheName);
      await Promise.all(old.map((name) => caches.delete(name)));
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method === 'GET' && request.url.startsWith(worker.registration.scope)) event.respondWith(respond(request));
});

/** The build's own copy when it has one, else the network; offline, a missing page gets the 404 page. */
async function respond(request: Request): Promise<Response> {
  const cache = await caches.open(PRECACHE.cacheName);
  // The cache holds one response per file. Query strings never choose a file here (Pagefind adds ?ts=
  // to its entry file, search results add ?pagefind-highlight= to pages), nor does a server's Vary
  // header (module scripts send an Origin header the install's requests did not).
  const cached = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (error) {
    const notFound = request.mode === 'navigate' ? await cache.match(PRECACHE.notFound) : undefined;
    if (!notFound) throw error;
    return new Response(notFound.body, { status: 404, headers: notFound.headers });
  }
}

// A module to TypeScript, so the declarations above stay out of the pages' global scope; the build drops
// this line and ships a classic script.
export {};
