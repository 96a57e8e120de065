// Service worker: the app keeps working offline after one visit.
// scripts/post-build.mjs stamps VERSION and ASSETS for each build, so a new
// build is a new worker; it waits until the page asks it to take over.
const VERSION = '__VERSION__';
const ASSETS = __ASSETS__;
// The manifest's icons: cached when first asked for, not at install.
const LATER = __LATER__;
const CACHE = `pingshen-${VERSION}`;
const PAGE = './';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([PAGE, ...ASSETS])));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('pingshen-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

// The app's page: this worker's folder, whatever the query string.
const PAGE_PATH = new URL(PAGE, self.location).pathname;
const ASSET_PATHS = new Set([...ASSETS, ...LATER].map((a) => new URL(a, self.location).pathname));

/** Only the app's own page is kept as the page: HTML from this origin, OK. */
const isAppPage = (response) =>
  response.ok &&
  response.type === 'basic' &&
  new URL(response.url || self.location).pathname === PAGE_PATH &&
  (response.headers.get('content-type') || '').toLowerCase().startsWith('text/html');

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && url.pathname === PAGE_PATH) {
    // The page: network first (fresh when online), else the cached page for
    // any URL of the app, whatever its query string.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (isAppPage(response)) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(PAGE, copy));
          }
          return response;
        })
        .catch(() => caches.match(PAGE, { ignoreSearch: true })),
    );
    return;
  }
  // The build's own assets (hashed, or stamped with this version): cache
  // first. Anything else (another navigation, e.g. opening ./icon-512.png in
  // a tab, or a file not in this build) goes to the network as usual and is
  // never stored.
  if (!ASSET_PATHS.has(url.pathname)) return;
  event.respondWith(
    caches.match(request, { ignoreSearch: true }).then(
      (cached) =>
        cached ||
        fetch(request).then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        }),
    ),
  );
});
