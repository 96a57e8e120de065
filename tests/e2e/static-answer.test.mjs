// A first visit does not wait for the whole app (issue 22): with nothing
// stored, 单位总览, 材料文书, 年度数据 and the 资格自查 form show their empty
// state from the page itself (static/first-answers.html, captured from the
// app by scripts/capture-static.mjs), and the app replaces it without moving
// anything (no layout shift) and without different text. What is typed
// before the app takes over is kept. A returning unit never sees it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveSite, withBrowser, PHONE } from './harness.mjs';
import { STATIC_PAGES as PAGES } from './static-pages.mjs';

const server = serveSite();

/** Holds the wasm back until `release()` is called: the page as it is before the app. */
async function holdTheApp(page) {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await gate;
    await route.continue();
  });
  return () => release();
}

/** Counts layout shifts from the start of the page (not those after input). */
async function watchShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) {
          window.__shifts.push({ value: entry.value, nodes: entry.sources.map((s) => s.node?.outerHTML?.slice(0, 80) ?? String(s.node)) });
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Each element the static page names, with its box and text. */
function staticElements(page, name) {
  return page.evaluate((name) => {
    const block = document.querySelector(`[data-static="${name}"]`);
    const seen = {};
    return [...block.querySelectorAll('[data-static-testid]')].map((el) => {
      const box = el.getBoundingClientRect();
      const testid = el.dataset.staticTestid;
      seen[testid] = (seen[testid] ?? -1) + 1;
      return { testid, nth: seen[testid], x: box.x, y: box.y, width: box.width, height: box.height, text: el.innerText };
    });
  }, name);
}

/** The card's text without the year the app fills in (static: blank). */
const cardText = (page, selector) =>
  page.evaluate((selector) => {
    const card = document.querySelector(selector).cloneNode(true);
    for (const year of card.querySelectorAll('.round-year')) year.textContent = '';
    return card.textContent.replace(/\s+/g, ' ').trim();
  }, selector);

for (const now of ['2026-12-06T10:00:00+08:00', '2024-07-20T10:00:00+08:00']) {
  test(`on ${now.slice(0, 10)}, each page's empty state shows before the app, which takes over without a shift or other text`, async () => {
    for (const { page: name, answer } of PAGES) {
      await withBrowser(
        async ({ page }) => {
          await watchShifts(page);
          const release = await holdTheApp(page);
          await page.goto(`${server.url}/?page=${name}`);
          const early = page.locator(`[data-static="${name}"] [data-static-testid="${answer}"]`).first();
          await early.waitFor();
          const box = await early.boundingBox();
          assert.ok(box.y + box.height <= PHONE.height, `${name}: the static ${answer} ends at ${box.y + box.height}`);
          assert.equal(await page.locator('.loading-card').isVisible(), false, `${name}: the answer stands in for the loading card`);
          assert.equal(await page.locator('[data-testid]').count() > 0 && (await page.locator('#app [data-testid]').count()), 0, `${name}: nothing of the app yet`);
          const before = await staticElements(page, name);
          const textBefore = await cardText(page, `[data-static="${name}"] section.card`);
          assert.ok(before.length > 0);

          release();
          await page.locator(`#app [data-testid="${answer}"]`).first().waitFor();
          assert.equal(await page.locator('[data-static]').count(), 0, `${name}: the app replaced the static page`);
          for (const el of before) {
            const after = await page.getByTestId(el.testid).nth(el.nth).evaluate((node) => {
              const box = node.getBoundingClientRect();
              return { x: box.x, y: box.y, width: box.width, height: box.height, text: node.innerText };
            });
            for (const key of ['x', 'y', 'width', 'height']) {
              assert.ok(Math.abs(after[key] - el[key]) < 0.5, `${name}: ${el.testid} ${key} ${el[key]} → ${after[key]}`);
            }
            assert.equal(after.text, el.text, `${name}: ${el.testid} says the same`);
          }
          assert.equal(await cardText(page, '#app > section.card'), textBefore, `${name}: the first card says the same`);
          const shifts = await page.evaluate(() => window.__shifts);
          assert.deepEqual(shifts, [], `${name}: no layout shift`);
        },
        { now },
      );
    }
  });
}

test('what is typed before the app takes over is kept, focus included, and a button pressed is pressed once in the app', async () => {
  await withBrowser(
    async ({ page }) => {
      const release = await holdTheApp(page);
      await page.goto(`${server.url}/?page=workspace`);
      const early = page.locator('[data-static="workspace"] [data-static-testid="new-applicant"]');
      await early.waitFor();
      await early.click();
      await page.keyboard.type('张三');
      release();
      await page.getByTestId('new-applicant').waitFor();
      // The app's field holds the name and the focus, and the app has it.
      await page.waitForFunction(() => document.querySelector('[data-testid="new-applicant"]').value === '张三');
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'new-applicant');
      await page.keyboard.type('丰');
      await page.getByTestId('add-applicant').click();
      await page.locator('[data-testid="applicant-row"]', { hasText: '张三丰' }).waitFor();
    },
    { now: '2026-12-06T10:00:00+08:00' },
  );
  await withBrowser(
    async ({ page }) => {
      const release = await holdTheApp(page);
      await page.goto(`${server.url}/?page=workspace`);
      await page.locator('[data-static="workspace"] [data-static-testid="new-applicant"]').fill('王五');
      // Pressed twice before the app: added once.
      await page.locator('[data-static="workspace"] [data-static-testid="add-applicant"]').click();
      await page.locator('[data-static="workspace"] [data-static-testid="add-applicant"]').click();
      release();
      await page.locator('[data-testid="applicant-row"]', { hasText: '王五' }).waitFor();
      assert.equal(await page.getByTestId('summary-total').innerText(), '1');
      assert.equal(await page.getByTestId('applicant-row').count(), 1);
    },
    { now: '2026-12-06T10:00:00+08:00' },
  );
  await withBrowser(
    async ({ page }) => {
      const release = await holdTheApp(page);
      await page.goto(`${server.url}/?page=eligibility`);
      const early = page.locator('[data-static="eligibility"] [data-static-testid="civil-no"]');
      await early.waitFor();
      await early.check();
      release();
      await page.getByTestId('civil-no').waitFor();
      await page.waitForFunction(() => document.querySelector('[data-testid="civil-no"]').checked);
      // The app took the answer: the missing information no longer asks it.
      await page.waitForFunction(() => !/是否为公务员/.test(document.querySelector('[data-testid="finding"][data-rule="missing"]')?.textContent ?? ''));
    },
    { now: '2026-12-06T10:00:00+08:00' },
  );
});

test('a returning unit, a named round or day, and a received link never see the empty state first', async () => {
  await withBrowser(
    async ({ page }) => {
      await page.goto(`${server.url}/?page=workspace`);
      await page.getByTestId('new-applicant').fill('李四');
      await page.getByTestId('add-applicant').click();
      await page.locator('[data-testid="applicant-row"]', { hasText: '李四' }).waitFor();
      // The service worker would serve the wasm past the hold: without it,
      // the next visit downloads it, as a returning visit with a new build does.
      await page.evaluate(async () => {
        for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
      });
      const release = await holdTheApp(page);
      for (const query of ['?page=workspace', '?page=documents']) {
        await page.goto(`${server.url}/${query}`);
        await page.locator('.loading-card').waitFor();
        assert.equal(await page.locator('.static-answer:visible').count(), 0, `${query}: stored data, so no empty state`);
      }
      release();
      // 材料文书 lists the stored applicant.
      await page.locator('label', { has: page.getByTestId('doc-include') }).filter({ hasText: '李四' }).waitFor();
    },
    { now: '2026-12-06T10:00:00+08:00' },
  );
  // Each in a fresh browser: a first visit's service worker would serve the
  // wasm to the next past the hold.
  for (const query of ['?page=workspace&round=2024', '?page=years&today=2024-07-20', '?page=workspace#h1.AAAA']) {
    await withBrowser(
      async ({ page }) => {
        const release = await holdTheApp(page);
        await page.goto(`${server.url}/${query}`);
        await page.locator('.loading-card').waitFor();
        assert.equal(await page.locator('.static-answer:visible').count(), 0, query);
        release();
        await page.locator('#app [data-testid]').first().waitFor();
      },
      { now: '2026-12-06T10:00:00+08:00' },
    );
  }
});
