// Findings Viewer service worker. scripts/pwa.mjs (a trunk post_build hook) fills in the cache name
// and the precache list from the hashed build output, so every build has its own cache.
const CACHE = '__FV_CACHE__';
const PRECACHE = __FV_PRECACHE__;
const PATHS = new Set(PRECACHE);

self.addEventListener('install', (event) => {
  // Wait on a real promise: the worker is installed only once every file is cached.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((p) => new Request(p, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('findings-viewer-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page's "Reload" button on the new-version bar.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return; // never touch another origin
  // The app's address (any query or hash) gets the cached shell; other precached files cache-first.
  const key = url.pathname === '/' ? '/index.html' : url.pathname;
  if (!PATHS.has(key)) return;
  event.respondWith(caches.match(key, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});
