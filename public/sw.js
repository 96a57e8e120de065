// Service worker: the app keeps working offline after one visit.
// scripts/post-build.mjs stamps VERSION and ASSETS for each build, so a new
// build is a new worker; it waits until the page asks it to take over.
const VERSION = '__VERSION__';
const ASSETS = __ASSETS__;
// The manifest's icons: cached when first asked for, not at install.
const LATER = __LATER__;
const CACHE = `pingshen-${VERSION}`;
const PAGE = './';

// This build's page references this build's loader, glue and binary (their
// names carry their hashes). A page that does not (a newer build's, deployed
// since this worker was fetched) is never kept by this worker: it would need
// files this worker never cached.
const OWN = ASSETS.filter((a) => /^\.\/(start|pingshen)-[0-9a-f]+/.test(a));
const isThisBuild = (html) => OWN.length > 0 && OWN.every((a) => html.includes(`"${a}"`));

/** Keeps `response` as the page if it is the app's page of this build. */
const keepPage = (cache, response) =>
  response
    .clone()
    .text()
    .then((html) => {
      if (!isThisBuild(html)) throw new Error(`pingshen: the page is not build ${VERSION}'s`);
      return cache.put(PAGE, response);
    });

self.addEventListener('install', (event) => {
  // Not this build's page (a newer one went up meanwhile): no install; the
  // next visit fetches the newer worker.
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all([
        cache.addAll(ASSETS),
        fetch(PAGE, { cache: 'no-cache' }).then((response) => {
          if (!isAppPage(response)) throw new Error(`pingshen: the page answered ${response.status}`);
          return keepPage(cache, response);
        }),
      ]),
    ),
  );
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
    // The page: from the cache at once, for any URL of the app whatever its
    // query string (stale-while-revalidate); meanwhile the network's page
    // replaces it if it is this build's. A newer build is found by the
    // browser's update check (a new sw.js) and offered by register-sw.js.
    // Not cached yet: the network's page.
    const fresh = fetch(request).then((response) => {
      if (isAppPage(response)) {
        return caches
          .open(CACHE)
          .then((cache) => keepPage(cache, response.clone()))
          .then(
            () => response,
            () => response,
          );
      }
      return response;
    });
    event.waitUntil(fresh.catch(() => {}));
    event.respondWith(caches.match(PAGE, { ignoreSearch: true }).then((cached) => cached || fresh));
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
