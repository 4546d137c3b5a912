// Registers the service worker once the page has loaded, so it never competes with the page itself, and
// shows the "Available offline" note when a worker holding the whole site is active. Where service
// workers are missing or blocked, the page stays as it is. `astro dev` has no worker to register.
import { withBase } from '../site/urls.ts';
import { SERVICE_WORKER_PATH } from './service-worker-path.ts';

const note = document.querySelector<HTMLElement>('[data-offline-note]');

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker
      .register(withBase(SERVICE_WORKER_PATH), { scope: withBase() })
      .then(() => navigator.serviceWorker.ready)
      .then(() => {
        if (note) note.hidden = false;
      })
      .catch(() => undefined);
  });
}
