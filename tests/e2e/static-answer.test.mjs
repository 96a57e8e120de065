// A first visit does not wait for the whole app (issue 22): with nothing
// stored, 单位总览, 材料文书, 年度数据 and the 资格自查 form show their empty
// state from the page itself (static/first-answers.html, captured from the
// app by scripts/capture-static.mjs), and 公示计算 the answer for the link's
// posting day (drawn from the rules' table by scripts/static-calculator.js);
// the app replaces it without moving anything (no layout shift) and without
// different text. What is typed before the app takes over is kept. A
// returning unit never sees it.
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

/**
 * `query`, on 2026-12-06 with nothing stored, keeps the loading card and no
 * static answer until the app, which then shows `appElement`. In a fresh
 * browser each time: a first visit's service worker would serve the wasm to
 * the next past the hold.
 */
async function waitsForTheApp(query, appElement) {
  await withBrowser(
    async ({ page }) => {
      const release = await holdTheApp(page);
      await page.goto(`${server.url}/${query}`);
      await page.locator('.loading-card').waitFor();
      assert.equal(await page.locator('.static-answer:visible').count(), 0, query);
      release();
      await page.locator(appElement).first().waitFor();
    },
    { now: '2026-12-06T10:00:00+08:00' },
  );
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
      return { testid, nth: seen[testid], x: box.x, y: box.y, width: box.width, height: box.height, text: textWithoutYear(el) };
    });
  }, name);
}

/** Installs `textWithoutYear(el)`: an element's text, the year the app fills in (static: blank) left out. */
async function withTextWithoutYear(page) {
  await page.addInitScript(() => {
    window.textWithoutYear = (el) => {
      const copy = el.cloneNode(true);
      for (const year of copy.querySelectorAll('.round-year')) year.textContent = '';
      return copy.textContent.replace(/\s+/g, ' ').trim();
    };
  });
}

/** The card's text without the year the app fills in (static: blank). */
const cardText = (page, selector) =>
  page.evaluate((selector) => {
    const card = document.querySelector(selector).cloneNode(true);
    for (const year of card.querySelectorAll('.round-year')) year.textContent = '';
    return card.textContent.replace(/\s+/g, ' ').trim();
  }, selector);

// The calculator's answer for other posting days than the captured one:
// across 国庆 with its make-up Sunday (2024), 春节 (2025), 劳动节 with a
// make-up Saturday (2023), and the table's last day (2026).
const CALCULATOR_DAYS = ['2024-09-27', '2025-01-24', '2023-04-27', '2026-12-24'];
const visits = [
  ...PAGES,
  ...CALCULATOR_DAYS.map((day) => ({ ...PAGES.find((p) => p.page === 'calculator'), query: `?posted=${day}` })),
];

/**
 * Opens `query` with the wasm held back: the static answer is there, on the
 * first screen, instead of the loading card; then the app takes over with
 * the same boxes and text, and nothing shifted.
 */
async function takesOver(page, { page: name, query, answer }, { firstScreen = true } = {}) {
  await watchShifts(page);
  await withTextWithoutYear(page);
  const release = await holdTheApp(page);
  await page.goto(`${server.url}/${query}`);
  const early = page.locator(`[data-static="${name}"] [data-static-testid="${answer}"]`).first();
  await early.waitFor();
  const box = await early.boundingBox();
  if (firstScreen) assert.ok(box.y + box.height <= PHONE.height, `${query}: the static ${answer} ends at ${box.y + box.height}`);
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
      return { x: box.x, y: box.y, width: box.width, height: box.height, text: window.textWithoutYear(node) };
    });
    for (const key of ['x', 'y', 'width', 'height']) {
      assert.ok(Math.abs(after[key] - el[key]) < 0.5, `${query}: ${el.testid} ${key} ${el[key]} → ${after[key]}`);
    }
    assert.equal(after.text, el.text, `${query}: ${el.testid} says the same`);
  }
  assert.equal(await cardText(page, '#app > section.card'), textBefore, `${name}: the first card says the same`);
  const shifts = await page.evaluate(() => window.__shifts);
  assert.deepEqual(shifts, [], `${name}: no layout shift`);
}

for (const now of ['2026-12-06T10:00:00+08:00', '2024-07-20T10:00:00+08:00']) {
  test(`on ${now.slice(0, 10)}, each page's first answer shows before the app, which takes over without a shift or other text`, async () => {
    for (const visit of visits) {
      await withBrowser(({ page }) => takesOver(page, visit), { now });
    }
  });
}

// 时间安排: today's round, unit and whether the posting day has passed.
// 2026-12-06: the 2027 round, projected; 2027-07-25: the provincial unit's
// latest posting day passed, the city bureau's not yet; 2028-07-30: both
// passed in the 2028 round; 2027-09-01: the 2028 round, not passed.
const TIMELINE_VISITS = [
  ['2026-12-06', '?unit=provincial'],
  ['2026-12-06', '?unit=city'],
  ['2026-12-06', '?page=timeline'],
  ['2027-07-25', '?unit=provincial'],
  ['2027-07-25', '?unit=city'],
  ['2028-07-30', '?unit=city'],
  ['2027-09-01', '?unit=provincial'],
];

test('时间安排 shows today’s answer before the app, which takes over without a shift or other text', async () => {
  for (const [day, query] of TIMELINE_VISITS) {
    await withBrowser(
      async ({ page }) => {
        // On the first screen where the app's is (tests/e2e/first-screen.test.mjs):
        // a passed posting day's notice or a city bureau's longer
        // explanation may push it just below.
        await takesOver(page, { page: 'timeline', query, answer: 'post-by' }, { firstScreen: query === '?unit=provincial' && day === '2026-12-06' });
        // The unit of the address (the default: a provincial unit) is the one chosen.
        const unit = new URLSearchParams(query).get('unit') ?? 'provincial';
        assert.equal(await page.getByTestId(`unit-${unit}`).isChecked(), true);
      },
      { now: `${day}T10:00:00+08:00` },
    );
  }
});

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
  for (const query of ['?page=workspace&round=2024', '?page=years&today=2024-07-20', '?page=workspace#h1.AAAA']) {
    await waitsForTheApp(query, '#app [data-testid]');
  }
});

test('公示计算 before the app: the link’s answer, a date typed is answered or left to the app, never a stale answer', async () => {
  await withBrowser(
    async ({ page }) => {
      const release = await holdTheApp(page);
      // The notice's worked example: posted Friday 2024-09-27, 国庆 in between.
      await page.goto(`${server.url}/?posted=2024-09-27&days=5`);
      const block = page.locator('[data-static="calculator"]');
      const end = block.locator('[data-static-testid="publicity-end"]');
      await end.waitFor();
      assert.equal(await end.innerText(), '2024年10月10日（周四）');
      assert.equal(await end.getAttribute('datetime'), '2024-10-10');
      assert.equal(await block.locator('[data-static-testid="today-date"]').innerText(), '2026年12月6日（周日）');
      // Another posting day typed: answered at once. Friday before 春节 2025:
      // Sunday 01-26 is worked (day 1), Monday 01-27 (2), 01-28..02-04 off,
      // then 02-05, 02-06, 02-07 (5).
      await block.locator('[data-static-testid="date-input"]').fill('2025-01-24');
      assert.equal(await end.innerText(), '2025年2月7日（周五）');
      // A day the table does not answer (2027 has no official schedule): no answer until the app's.
      await block.locator('[data-static-testid="date-input"]').fill('2027-03-01');
      assert.equal(await block.locator('section.result').isVisible(), false, 'no stale answer beside a changed date');
      // 今天 sets today (2026-12-06, answered).
      await block.getByRole('button', { name: '今天' }).click();
      assert.equal(await block.locator('[data-static-testid="date-input"]').inputValue(), '2026-12-06');
      await block.locator('section.result').waitFor();
      assert.equal(await end.innerText(), '2026年12月11日（周五）');
      // Other days than 5: the app's to answer.
      await block.locator('[data-static-testid="days-input"]').fill('7');
      assert.equal(await block.locator('section.result').isVisible(), false);
      await block.locator('[data-static-testid="days-input"]').fill('5');
      release();
      // The app has today's date and answers it.
      await page.getByTestId('publicity-end').waitFor();
      await page.waitForFunction(() => document.querySelector('[data-testid="date-input"]').value === '2026-12-06');
      assert.equal(await page.getByTestId('publicity-end').innerText(), '2026年12月11日（周五）');
    },
    { now: '2026-12-06T10:00:00+08:00' },
  );
});

test('公示计算: an address the table does not answer waits for the app, which answers it', async () => {
  // A date without official holiday data, another number of days, an
  // impossible date, a date not written YYYY-MM-DD, two dates, an end date,
  // no date: the loading card until the app.
  const queries = ['?posted=2027-03-01', '?posted=2024-09-27&days=7', '?posted=2024-02-30', '?posted=2024-9-27', '?posted=2024-09-27&posted=2024-09-30', '?end_by=2024-10-10', '?posted=2024-09-27&end_by=2024-10-10', '?', '?posted=2024-09-27&round=2024'];
  for (const query of queries) await waitsForTheApp(query, '#app [data-testid="calc-lead"]');
});

test('时间安排 before the app: another unit picked hides the answer and is carried over; other addresses wait for the app', async () => {
  await withBrowser(
    async ({ page }) => {
      const release = await holdTheApp(page);
      await page.goto(`${server.url}/?unit=provincial`);
      const block = page.locator('[data-static="timeline"]');
      await block.locator('[data-static-testid="post-by"]').waitFor();
      assert.equal(await block.locator('[data-static-testid="unit-provincial"]').isChecked(), true);
      await block.locator('[data-static-testid="unit-city"]').check();
      assert.equal(await block.locator('[data-static-testid="plan"]').isVisible(), false, 'no answer for another unit before the app');
      release();
      await page.waitForFunction(() => document.querySelector('[data-testid="unit-city"]')?.checked);
      // The city bureau's plan: its files leave for the province, not for the city.
      await page.getByTestId('post-by').waitFor();
      assert.match(await page.getByTestId('plan').innerText(), /市局|省/);
      assert.equal(await page.getByTestId('unit-city').isChecked(), true);
    },
    { now: '2026-12-06T10:00:00+08:00' },
  );
  // A 市内单位 (its answer needs the city's date), seal days or a city date in
  // the address, a round named, a day before the table (2024): the loading
  // card until the app; the answers are fetched only when they can be used.
  for (const [day, query, fetched] of [
    ['2026-12-06', '?unit=city-unit', false],
    ['2026-12-06', '?unit=provincial&seal=3', false],
    ['2026-12-06', '?unit=city&city_deadline=2027-07-20', false],
    ['2026-12-06', '?unit=provincial&round=2026', false],
    ['2026-12-06', '?unit=nobody', false],
    ['2024-07-20', '?unit=provincial', true],
  ]) {
    await withBrowser(
      async ({ page }) => {
        const release = await holdTheApp(page);
        const asked = [];
        page.on('request', (request) => { if (/timeline-answers-/.test(request.url())) asked.push(request.url()); });
        const answers = fetched && page.waitForResponse(/timeline-answers-/);
        await page.goto(`${server.url}/${query}`);
        await page.locator('.loading-card').waitFor();
        if (answers) await answers;
        // Past the fetch and a frame: still no answer before the app's.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
        assert.equal(await page.locator('.static-answer:visible').count(), 0, query);
        assert.equal(asked.length > 0, fetched, `${query}: fetched the answers`);
        release();
        await page.locator('#app [data-testid="unit-explanation"]').waitFor();
      },
      { now: `${day}T10:00:00+08:00` },
    );
  }
});

test('公示计算 answers a link before the app for a returning visitor too, unless what is stored changes the answer', async () => {
  await withBrowser(
    async ({ page }) => {
      // A first visit stores the calculation (and a unit's list would not matter).
      await page.goto(`${server.url}/?posted=2024-09-27`);
      await page.getByTestId('publicity-end').waitFor();
      await page.waitForFunction(() => /"calculator"/.test(localStorage.getItem('pingshen') ?? ''));
      // Without the service worker, the next visit downloads the wasm (held).
      await page.evaluate(async () => {
        for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
      });
      await takesOver(page, { page: 'calculator', query: '?posted=2025-01-24', answer: 'publicity-end' });
      assert.equal(await page.getByTestId('publicity-end').innerText(), '2025年2月7日（周五）');
    },
    { now: '2026-12-06T10:00:00+08:00' },
  );
  // The user's own holiday years or notices (the count, the days asked), or
  // anything else kept under the app's name (a backup of an unreadable
  // document): the app alone answers.
  for (const stored of [
    { pingshen: '{"schema":2,"holidays":[]}' },
    { pingshen: '{"schema":2,"profiles":[]}' },
    { pingshen: '{"schema":2}', 'pingshen.backup.1': 'x' },
  ]) {
    await withBrowser(
      async ({ page }) => {
        // Stored before the page's own scripts run (one visit).
        await page.addInitScript((stored) => {
          for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, value);
        }, stored);
        const release = await holdTheApp(page);
        await page.goto(`${server.url}/?posted=2024-09-27`);
        await page.locator('.loading-card').waitFor();
        assert.equal(await page.locator('.static-answer:visible').count(), 0, JSON.stringify(stored));
        release();
        await page.getByTestId('publicity-end').waitFor();
      },
      { now: '2026-12-06T10:00:00+08:00' },
    );
  }
});
