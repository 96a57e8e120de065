// One wasm binary for every page: the route script names the page from the
// address with the same rule as the app (tests/routes.txt is checked against
// both) so its introduction shows before any script, a first visit
// downloads the one binary, and the tabs switch pages without a page load
// (back and forward included).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { serveSite, withBrowser } from './harness.mjs';

const server = serveSite();

const ROUTES = readFileSync('tests/routes.txt', 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => line.split('\t'));

/** The page scripts/route.js names for a query string (run as in <head>). */
function routeOf(search) {
  const attributes = {};
  const documentElement = { setAttribute: (name, value) => (attributes[name] = value) };
  runInNewContext(readFileSync('scripts/route.js', 'utf8'), { location: { search }, document: { documentElement }, URLSearchParams });
  return attributes['data-page'];
}

test('the route script names the page of every address in tests/routes.txt like the app', () => {
  assert.ok(ROUTES.length >= 20);
  for (const [query, page] of ROUTES) assert.equal(routeOf(query), page, query);
});

/** Names of the wasm files the page fetched. */
function wasmLog(page) {
  const fetched = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.wasm')) fetched.push(path.split('/').pop());
  });
  return fetched;
}

// The tab marked current, and the page's own first heading.
const PAGES = [
  { query: '', page: 'calculator', tab: '公示计算', heading: '公示期计算' },
  { query: '?unit=city&today=2024-07-20', page: 'timeline', tab: '时间安排', heading: '报卷时间安排' },
  { query: '?page=eligibility', page: 'eligibility', tab: '资格自查', heading: '申报资格自查' },
  { query: '?page=workspace', page: 'workspace', tab: '单位总览', heading: '单位总览' },
  { query: '?page=documents', page: 'documents', tab: '单位总览', heading: '材料文书' },
  { query: '?page=years', page: 'years', tab: '年度数据', heading: '节假日数据' },
];

/**
 * Counts the documents the tab loads from now on (0 while no link causes a
 * page load). Playwright's fixed clock fakes `performance`, so its
 * navigation entries cannot tell.
 */
function documentLoads(page) {
  const count = { loads: 0 };
  page.on('domcontentloaded', () => (count.loads += 1));
  return count;
}

/** The introduction the shell shows (by CSS on <html data-page>). */
async function visibleIntro(page) {
  return page.evaluate(() => [...document.querySelectorAll('[data-intro]')].filter((e) => e.checkVisibility()).map((e) => e.dataset.intro));
}

test('a deep link to each page downloads the one binary and shows that page', async () => {
  await withBrowser(async ({ page }) => {
    for (const { query, page: name, tab, heading } of PAGES) {
      const fetched = wasmLog(page);
      await page.goto(`${server.url}/${query}`);
      await page.locator('.tabs__tab[aria-current="page"]').waitFor();
      assert.equal(await page.locator('main h2').first().innerText(), heading, query);
      assert.equal(await page.locator('.tabs__tab[aria-current="page"]').innerText(), tab, query);
      assert.equal(await page.locator('html').getAttribute('data-page'), name, query);
      assert.deepEqual(await visibleIntro(page), [name], query);
      assert.ok(fetched.length <= 1, `${query}: ${fetched.join(', ')}`);
      // The first visit fetches it; later ones may be served from the cache
      // by the service worker (still a request, then) or by the browser.
      if (fetched.length === 1) assert.match(fetched[0], /^pingshen-[0-9a-f]+_bg\.wasm$/, query);
      page.removeAllListeners('request');
    }
  });
});

test('a first visit downloads exactly one wasm', async () => {
  await withBrowser(async ({ page }) => {
    const fetched = wasmLog(page);
    await page.goto(`${server.url}/?page=workspace`);
    await page.getByTestId('open-documents').waitFor();
    // Switching pages downloads nothing more.
    await page.getByRole('link', { name: '资格自查' }).click();
    await page.locator('.tabs__tab[aria-current="page"]', { hasText: '资格自查' }).waitFor();
    await page.getByRole('link', { name: '年度数据' }).click();
    await page.locator('.tabs__tab[aria-current="page"]', { hasText: '年度数据' }).waitFor();
    assert.equal(fetched.length, 1, fetched.join(', '));
    assert.match(fetched[0], /^pingshen-[0-9a-f]+_bg\.wasm$/);
  });
});

/** Waits until the page named `name` is shown, with its tab, heading and introduction. */
async function shows(page, { page: name, tab, heading }) {
  await page.locator('.tabs__tab[aria-current="page"]', { hasText: tab }).waitFor();
  await page.locator('main h2', { hasText: heading }).first().waitFor();
  assert.equal(await page.locator('main h2').first().innerText(), heading, name);
  assert.equal(await page.locator('html').getAttribute('data-page'), name);
  assert.deepEqual(await visibleIntro(page), [name]);
}
const byName = Object.fromEntries(PAGES.map((p) => [p.page, p]));

/** Checks the header's polite live region names the page just entered (its heading). */
async function announced(page, { heading }) {
  const region = page.getByTestId('page-announcement');
  assert.equal(await region.getAttribute('aria-live'), 'polite');
  await page.waitForFunction(
    (text) => document.querySelector('[data-testid="page-announcement"]')?.textContent === text,
    `已打开：${heading}`,
  );
}

test('tabs switch the page without a page load, and back and forward return', async () => {
  await withBrowser(async ({ page }) => {
    await page.goto(`${server.url}/?posted=2024-07-24&days=5`);
    await page.getByTestId('date-input').waitFor();
    await page.evaluate(() => (window.__marker = 'still here'));
    // A page load is announced by the screen reader itself: the region is silent.
    assert.equal(await page.getByTestId('page-announcement').textContent(), '');
    const documents = documentLoads(page);
    await page.getByRole('link', { name: '资格自查' }).click();
    await page.waitForURL(/page=eligibility/);
    await shows(page, byName.eligibility);
    await announced(page, byName.eligibility);
    await page.getByRole('link', { name: '单位总览' }).click();
    await page.waitForURL(/page=workspace/);
    await shows(page, byName.workspace);
    await announced(page, byName.workspace);
    await page.getByTestId('open-documents').click();
    await page.waitForURL(/page=documents/);
    await shows(page, byName.documents);
    await announced(page, byName.documents);
    await page.getByRole('link', { name: '时间安排' }).click();
    // The timeline writes its plan into the address at once (?unit=…).
    await page.waitForURL(/unit=provincial/);
    await shows(page, byName.timeline);
    await announced(page, byName.timeline);
    assert.equal(documents.loads, 0, 'no page load');
    assert.equal(await page.evaluate(() => window.__marker), 'still here');

    await page.goBack();
    await page.waitForURL(/page=documents/);
    await shows(page, byName.documents);
    await announced(page, byName.documents);
    await page.goBack();
    await page.waitForURL(/page=workspace/);
    await page.getByTestId('open-documents').waitFor();
    await shows(page, byName.workspace);
    await announced(page, byName.workspace);
    await page.goBack();
    await page.goBack();
    await page.waitForURL((url) => url.search === '?posted=2024-07-24&days=5');
    await shows(page, byName.calculator);
    await announced(page, byName.calculator);
    await page.getByTestId('date-input').waitFor();
    assert.equal(await page.getByTestId('date-input').inputValue(), '2024-07-24');
    await page.goForward();
    await page.waitForURL(/page=eligibility/);
    await shows(page, byName.eligibility);
    await announced(page, byName.eligibility);
    assert.equal(documents.loads, 0, 'no page load');
    assert.equal(await page.evaluate(() => window.__marker), 'still here');
  });
});

test('the page follows its address when entered again: round, today and links', async () => {
  await withBrowser(async ({ page }) => {
    await page.goto(`${server.url}/?page=eligibility&round=2024&today=2024-07-20`);
    await page.locator('.tabs__tab[aria-current="page"]', { hasText: '资格自查' }).waitFor();
    await page.evaluate(() => (window.__marker = 'still here'));
    const documents = documentLoads(page);
    // Tabs keep round= and today=; the timeline reads its unit from the link.
    await page.getByRole('link', { name: '时间安排' }).click();
    await page.waitForURL(/unit=/);
    await shows(page, byName.timeline);
    assert.match(page.url(), /round=2024/);
    assert.match(page.url(), /today=2024-07-20/);
    assert.equal(await page.getByTestId('round').getAttribute('data-year'), '2024');
    await page.getByTestId('window-open').waitFor();
    // The plan's link to the calculator opens it with the plan's end date:
    // a 省直 unit's files leave on the window's first day, Thu 2024-08-01
    // (「七、时间安排及报卷地点」 8月1至2日); the seal takes the 2 working days
    // before, Tue 07-30 and Wed 07-31; the publicity must end by Mon 07-29.
    assert.match(page.url(), /unit=provincial/);
    await page.getByRole('link', { name: '在公示计算中查看' }).click();
    await page.waitForURL(/end_by=/);
    await shows(page, byName.calculator);
    assert.equal(new URL(page.url()).searchParams.get('end_by'), '2024-07-29');
    assert.equal(new URL(page.url()).searchParams.get('days'), '5');
    assert.equal(await page.getByTestId('date-input').inputValue(), '2024-07-29');
    // A modified click is the browser's: a new tab, this page stays.
    const [opened] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('link', { name: '年度数据' }).click({ modifiers: ['Control'] }),
    ]);
    await opened.close();
    await shows(page, byName.calculator);
    assert.equal(documents.loads, 0, 'no page load');
    assert.equal(await page.evaluate(() => window.__marker), 'still here');
  });
});
