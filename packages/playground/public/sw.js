/* global self, caches */
// Offline support: on install, cache every file of the build (listed in precache.json) and the page;
// afterwards answer from the cache first and refresh it from the network when online.
const CACHE = 'aslkit-playground-v1';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const files = new Set(['./', './index.html', './sw.js']);
      try {
        const list = await (await fetch('./precache.json', { cache: 'no-store' })).json();
        for (const file of list) files.add('./' + file);
      } catch {
        // No list (development server): files are cached as they are fetched.
      }
      await cache.addAll([...files]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const cached = await cache.match(request, { ignoreSearch: true });
      const network = fetch(request)
        .then((response) => {
          if (response.ok) void cache.put(request, response.clone());
          return response;
        })
        .catch(() => undefined);
      return cached ?? (await network) ?? new Response('Offline and not cached', { status: 503 });
    })(),
  );
});
