// One wasm binary per page: the boot script picks it from the address with
// the same rule as the app (tests/routes.txt is checked against both), a
// first visit downloads only that page's binary, and the tabs go between
// binaries with normal page loads (back and forward included).
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
  { query: '?page=years', page: 'years', tab: '年度数据', heading: '评审年度' },
];

test('a first visit to each page downloads that page binary only', async () => {
  await withBrowser(async ({ page }) => {
    for (const { query, page: name, tab, heading } of PAGES) {
      const fetched = wasmLog(page);
      await page.goto(`${server.url}/${query}`);
      await page.locator('.tabs__tab[aria-current="page"]').waitFor();
      assert.equal(await page.locator('main h2').first().innerText(), heading, query);
      assert.equal(await page.locator('.tabs__tab[aria-current="page"]').innerText(), tab, query);
      assert.equal(fetched.length, 1, `${query}: ${fetched.join(', ')}`);
      assert.match(fetched[0], new RegExp(`^${name}-[0-9a-f]+_bg\\.wasm$`), query);
      page.removeAllListeners('request');
    }
  });
});

test('tabs load the other pages, and back returns', async () => {
  await withBrowser(async ({ page }) => {
    await page.goto(`${server.url}/?posted=2024-07-24&days=5`);
    await page.getByTestId('date-input').waitFor();
    await page.getByRole('link', { name: '资格自查' }).click();
    await page.waitForURL(/page=eligibility/);
    await page.locator('.tabs__tab[aria-current="page"]', { hasText: '资格自查' }).waitFor();
    await page.getByRole('link', { name: '单位总览' }).click();
    await page.waitForURL(/page=workspace/);
    await page.getByTestId('open-documents').click();
    await page.waitForURL(/page=documents/);
    await page.locator('.tabs__tab[aria-current="page"]', { hasText: '单位总览' }).waitFor();
    await page.goBack();
    await page.waitForURL(/page=workspace/);
    await page.getByTestId('open-documents').waitFor();
    await page.goBack();
    await page.goBack();
    await page.waitForURL((url) => url.search === '?posted=2024-07-24&days=5');
    await page.getByTestId('date-input').waitFor();
    assert.equal(await page.getByTestId('date-input').inputValue(), '2024-07-24');
  });
});
