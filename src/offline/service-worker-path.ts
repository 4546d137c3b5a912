/** Where the service worker is served, relative to the site's base (its scope is the whole base). */
export const SERVICE_WORKER_PATH = 'sw.js';
