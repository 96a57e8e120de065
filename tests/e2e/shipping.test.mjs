// Ship quality: offline after one visit, the manifest, the Content-Security-
// Policy, same-origin requests only, and user text that stays inert.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withBrowser, serveSite, dateOf, SITE_DIR } from './harness.mjs';

/**
 * What the server does for a test: `page` is how it answers the app's page
 * (`site`; `hang`: never; `down`: 503), `newer` serves a newer build.
 */
const deploy = { page: 'site', newer: null };
/** The page requests held by `page: 'hang'`, answered when the test ends. */
const held = [];
const server = serveSite({
  answer: (req, res, path) => {
    if (path === '/' && deploy.page === 'hang') {
      held.push(res);
      return true;
    }
    if (path === '/' && deploy.page === 'down') {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('down for maintenance');
      return true;
    }
    const file = deploy.newer?.[path];
    if (file === undefined) return false;
    res.writeHead(200, { 'content-type': path === '/' ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8' });
    res.end(file);
    return true;
  },
});

/** Back to the site as built, with every held page request answered. */
function undeploy() {
  deploy.page = 'site';
  deploy.newer = null;
  for (const res of held.splice(0)) res.destroy();
}

/**
 * A newer build of the site, as a deployment would put it up: its page
 * names another loader (`start-…` is named by its hash) and carries a mark,
 * its worker has another version and precaches that loader.
 */
function newerBuild() {
  const loader = readdirSync(SITE_DIR).find((name) => /^start-[0-9a-f]+\.js$/.test(name));
  const renamed = 'start-0000000000000b1d.js';
  const html = readFileSync(join(SITE_DIR, 'index.html'), 'utf8');
  const sw = readFileSync(join(SITE_DIR, 'sw.js'), 'utf8');
  const page = html
    .replace(`"./${loader}"`, `"./${renamed}"`)
    .replace('<meta charset="utf-8">', '<meta charset="utf-8">\n  <meta name="pingshen-build" content="newer">');
  const worker = sw.replace(`"./${loader}"`, `"./${renamed}"`).replace(/^const VERSION = "[0-9a-f]+";$/m, 'const VERSION = "newer";');
  assert.notEqual(page, html);
  assert.ok(worker.includes('const VERSION = "newer";') && worker.includes(renamed), 'the worker is stamped as post-build.mjs does');
  return { '/': page, '/sw.js': worker, [`/${renamed}`]: readFileSync(join(SITE_DIR, loader)) };
}

/** Waits until the page is controlled by the app's service worker. */
async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}


const PAGES = [
  '?posted=2024-09-27&days=5',
  '?unit=city-unit&city_deadline=2024-07-26&today=2024-07-20',
  '?page=eligibility',
  '?page=workspace',
  '?page=documents',
  '?page=years',
];

test('after one visit the app works offline, at any of its URLs', async () => {
  await withBrowser(async ({ context, page }) => {
    await page.goto(`${server.url}/?posted=2024-07-24`);
    await page.getByTestId('publicity-end').waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('publicity-end').waitFor();
    assert.equal(await dateOf(page, 'publicity-end'), '2024-07-31');
    // A shared link never opened before.
    await page.goto(`${server.url}/?end_by=2024-10-10&days=5`);
    assert.equal(await dateOf(page, 'latest-posting'), '2024-09-28');
    await page.goto(`${server.url}/?unit=city&today=2024-07-20`);
    assert.equal(await dateOf(page, 'window-open'), '2024-08-07');
    await context.setOffline(false);
  });
});

test('a warm visit opens from the cache at once, also when the server is slow or down for the page', async () => {
  try {
    await withBrowser(async ({ page }) => {
      await page.goto(`${server.url}/?page=years`);
      await page.locator('.tabs__tab[aria-current="page"]').waitFor();
      await controlled(page);
      // The page never comes: the app answers anyway, at any of its URLs.
      deploy.page = 'hang';
      await page.goto(`${server.url}/?posted=2024-07-24&days=5`, { timeout: 10_000 });
      await page.getByTestId('publicity-end').waitFor({ timeout: 10_000 });
      assert.equal(await dateOf(page, 'publicity-end'), '2024-07-31');
      assert.ok(held.length > 0, 'the page was asked for (in the background)');
      // The server answers 503 for the page: the app still opens, not the error.
      deploy.page = 'down';
      await page.goto(`${server.url}/?unit=city&today=2024-07-20`, { timeout: 10_000 });
      assert.equal(await dateOf(page, 'window-open'), '2024-08-07');
      // The cached page is still the app's (the 503 was not kept).
      const cached = await page.evaluate(async () => (await (await caches.match('./', { ignoreSearch: true })).text()).startsWith('<!DOCTYPE html>'));
      assert.equal(cached, true);
    });
  } finally {
    undeploy();
  }
});

test('a newer build is offered (新版本可用 — 刷新) and 刷新 shows it; its page is never kept by the older worker', async () => {
  try {
    await withBrowser(async ({ context, page }) => {
      await page.goto(`${server.url}/?page=years`);
      await page.locator('.tabs__tab[aria-current="page"]').waitFor();
      await controlled(page);
      const before = await page.evaluate(() => caches.keys());
      assert.equal(before.length, 1);
      deploy.newer = newerBuild();
      // The next visit opens from the cache (this build's page) and finds
      // the newer worker, which installs and waits: the prompt.
      await page.goto(`${server.url}/?page=workspace`);
      await page.locator('.tabs__tab[aria-current="page"]', { hasText: '单位总览' }).waitFor();
      assert.equal(await page.locator('meta[name="pingshen-build"]').count(), 0, 'the warm visit is this build’s page, from the cache');
      const prompt = page.getByTestId('update-prompt');
      await prompt.waitFor({ timeout: 15_000 });
      assert.equal(await prompt.textContent(), '新版本可用 — 刷新');
      // The older worker fetched the newer page in the background and did
      // not keep it: it names a loader that worker never cached.
      const olderPage = await page.evaluate(async (key) => (await (await caches.open(key)).match('./')).text(), before[0]);
      assert.ok(!olderPage.includes('pingshen-build'), 'the older cache keeps its own page');
      await prompt.getByRole('button', { name: '刷新' }).click();
      await page.waitForFunction(() => document.querySelector('meta[name="pingshen-build"]'));
      await page.locator('.tabs__tab[aria-current="page"]', { hasText: '单位总览' }).waitFor();
      assert.equal(await page.getByTestId('update-prompt').count(), 0);
      assert.deepEqual(await page.evaluate(() => caches.keys()), ['pingshen-newer']);
      // Offline, the newer build opens from its own cache.
      await context.setOffline(true);
      await page.goto(`${server.url}/?end_by=2024-10-10&days=5`);
      assert.equal(await dateOf(page, 'latest-posting'), '2024-09-28');
      assert.equal(await page.locator('meta[name="pingshen-build"]').count(), 1);
      await context.setOffline(false);
    });
  } finally {
    undeploy();
  }
});

test('another navigation is never kept as the app page: offline, the app still loads', async () => {
  await withBrowser(async ({ context, page, problems }) => {
    await page.goto(`${server.url}/?page=years`);
    await page.locator('.tabs__tab[aria-current="page"]').waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    // An image opened in the tab is a navigation of this origin, not the page.
    const missing = [];
    page.on('response', (r) => r.status() === 404 && missing.push(new URL(r.url()).pathname));
    const image = await page.goto(`${server.url}/icon-512.png`);
    assert.match(image.headers()['content-type'], /^image\/png/);
    // Chrome asks for /favicon.ico for the image's own document (not the app's).
    await page.waitForTimeout(300);
    page.removeAllListeners('response');
    const logged = problems.splice(0).filter((p) => !/status of 404/.test(p));
    assert.ok(missing.every((path) => path === '/favicon.ico'), missing.join(', '));
    problems.push(...logged);
    await context.setOffline(true);
    await page.goto(`${server.url}/?page=years`);
    await page.locator('.tabs__tab[aria-current="page"]', { hasText: '年度数据' }).waitFor();
    assert.equal(await page.locator('main h2').first().innerText(), '节假日数据');
    // The cached page is the app's HTML.
    const cached = await page.evaluate(async () => {
      const response = await caches.match('./', { ignoreSearch: true });
      return response && [response.headers.get('content-type'), (await response.text()).startsWith('<!DOCTYPE html>')];
    });
    assert.match(cached[0], /^text\/html/);
    assert.equal(cached[1], true);
    // Nothing but the app's page and the build's own files is stored.
    const build = new Set(readdirSync(SITE_DIR).map((name) => `/${name}`));
    const stored = await page.evaluate(async () => {
      const urls = [];
      for (const key of await caches.keys()) {
        for (const request of await (await caches.open(key)).keys()) urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    assert.ok(stored.includes('/'), stored.join(', '));
    assert.deepEqual(stored.filter((path) => path !== '/' && !build.has(path)), [], 'only the build is cached');
    await context.setOffline(false);
  });
});

test('the manifest makes the app installable', async () => {
  await withBrowser(async ({ page }) => {
    await page.goto(`${server.url}/?page=workspace`);
    // Linked after the first paint (scripts/route.js); Chrome itself finds it.
    await page.locator('.tabs__tab[aria-current="page"]').waitFor();
    const cdp = await page.context().newCDPSession(page);
    const found = await cdp.send('Page.getAppManifest');
    assert.match(found.url, /\/manifest\.webmanifest$/);
    assert.deepEqual(found.errors, []);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await page.evaluate(async (h) => (await fetch(h)).json(), href);
    assert.equal(manifest.name, '质监职称申报助手');
    assert.equal(manifest.short_name, '质监职称');
    assert.equal(manifest.display, 'standalone');
    assert.ok(manifest.theme_color);
    const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
    for (const want of ['192x192 any', '512x512 any', '192x192 maskable', '512x512 maskable']) assert.ok(sizes.includes(want), want);
    for (const icon of manifest.icons) {
      const status = await page.evaluate(async (src) => (await fetch(src)).status, icon.src);
      assert.equal(status, 200, icon.src);
    }
  });
});

test('a strict Content-Security-Policy, and requests to this origin only', async () => {
  await withBrowser(async ({ page }) => {
    const origins = new Set();
    page.on('request', (r) => origins.add(new URL(r.url()).origin));
    for (const query of PAGES) {
      await page.goto(`${server.url}/${query}`);
      await page.locator('.tabs').waitFor();
    }
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.ok(csp.includes("script-src 'self' 'wasm-unsafe-eval' 'sha256-"), csp);
    assert.ok(!csp.includes('unsafe-inline'), csp);
    assert.ok(!/https?:/.test(csp), 'no third-party origins');
    // Inline code runs only when the policy names its hash.
    const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src]), style')].map((e) => [e.tagName, e.textContent]));
    assert.ok(inline.some(([tag]) => tag === 'STYLE'), 'the stylesheet is inlined');
    for (const [tag, text] of inline) {
      const hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
      const directive = tag === 'SCRIPT' ? 'script-src' : 'style-src';
      assert.ok(csp.split('; ').find((d) => d.startsWith(directive)).includes(hash), `${tag} hash in ${directive}`);
    }
    assert.deepEqual([...origins], [server.url]);
  });
});

const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

test('markup typed into text fields stays text', async () => {
  await withBrowser(async ({ page }) => {
    await page.goto(`${server.url}/?page=workspace`);
    await page.getByLabel('新增申报人（姓名）').fill(XSS);
    await page.getByTestId('add-applicant').click();
    await page.getByLabel('备注').fill(XSS);
    await page.getByLabel('备注').blur();
    await page.getByTestId('editor-done').click();
    await page.goto(`${server.url}/?page=documents`);
    for (const label of ['单位名称（与公章一致）', '公示地点', '异议受理联系人及电话']) {
      await page.getByLabel(label).fill(XSS);
      await page.getByLabel(label).blur();
    }
    await page.getByLabel('公示张贴日期').fill('2024-07-24');
    await page.getByLabel('公示张贴日期').blur();
    assert.ok((await page.getByTestId('doc-notice').innerText()).includes('<img src=x'));
    await page.goto(`${server.url}/?page=workspace`);
    assert.ok((await page.getByTestId('row-name').first().innerText()).includes('<script>'));
    assert.equal(await page.locator('main img, main script').count(), 0);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
  });
});

test('text at 200 % loses nothing: no page scrolls sideways on a phone', async () => {
  await withBrowser(async ({ page }) => {
    for (const query of PAGES) {
      await page.goto(`${server.url}/${query}`);
      await page.locator('.tabs__tab[aria-current="page"]').waitFor();
      // The reader's text size doubled: every size in the stylesheet is rem/em.
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      const title = page.locator('.app-title');
      assert.equal(await title.evaluate((e) => getComputedStyle(e).fontSize), '40px', 'text did scale');
      const wide = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const out = [...document.querySelectorAll('body *')]
          .filter((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().right > width + 0.5)
          // Wide tables scroll inside their own box (附件5 has 12 columns).
          .filter((e) => {
            for (let p = e.parentElement; p; p = p.parentElement) {
              if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return false;
            }
            return true;
          })
          .map((e) => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`);
        return { scroll: document.documentElement.scrollWidth, width, out: out.slice(0, 5) };
      });
      assert.ok(wide.scroll <= wide.width, `${query}: page ${wide.scroll} px wide in ${wide.width}: ${wide.out.join('; ')}`);
      assert.deepEqual(wide.out, [], query);
    }
  });
});
