// Registers the service worker once the page has loaded, so it never competes with the page itself, and
// shows the "Available offline" note when a worker holding the whole site is active. Where service
// workers are missing or blocked, the page stays as it is. `astro dev` has no worker to register.
import { SERVICE_WORKER_PATH } from './service-worker-path.ts';

// The base path, always with its trailing slash ("/" or "/sco-pakistan/"): the worker's scope.
const base = import.meta.env.BASE_URL;

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker
      .register(base + SERVICE_WORKER_PATH, { scope: base })
      .then(() => navigator.serviceWorker.ready)
      .then(() => {
        const note = document.querySelector<HTMLElement>('.offline-note');
        if (note) note.hidden = false;
      })
      .catch(() => undefined);
  });
}
