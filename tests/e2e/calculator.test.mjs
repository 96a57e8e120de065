// The publicity calculator as a person (or a shared link) uses it, at phone size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { withBrowser, serveSite, openApp, dateOf, screenshot, DESKTOP } from './harness.mjs';

const server = serveSite();


// Worked by hand: 5 working days from the day after posting (「六、申报流程」(三))
// on the State Council schedules (data/holiday-cn/2024.json, 2025.json).
const FORWARD = [
  ['2024-07-24', '2024-07-25', '2024-07-31'],
  ['2024-02-08', '2024-02-09', '2024-02-21'],
  ['2024-09-27', '2024-09-29', '2024-10-10'],
  ['2024-12-27', '2024-12-30', '2025-01-06'],
];

test('a forward link shows the start and end of the publicity', async () => {
  await withBrowser(async ({ page }) => {
    for (const [posted, start, end] of FORWARD) {
      await openApp(page, server.url, `?posted=${posted}&days=5`);
      assert.equal(await dateOf(page, 'publicity-start'), start, posted);
      assert.equal(await dateOf(page, 'publicity-end'), end, posted);
      assert.equal(await page.getByTestId('data-warning').count(), 0);
      assert.equal(await page.getByTestId('input-error').count(), 0);
    }
    await openApp(page, server.url, '?posted=2024-02-08&days=5');
    // The month view marks the counted days and the days off, in words.
    const cell = (d) => page.locator(`td[data-date="${d}"]`);
    assert.match(await cell('2024-02-09').innerText(), /第1天/);
    assert.match(await cell('2024-02-18').innerText(), /班/);
    assert.match(await cell('2024-02-18').innerText(), /第2天/);
    assert.match(await cell('2024-02-12').innerText(), /休\s*春节/);
    assert.match(await cell('2024-02-08').innerText(), /张贴/);
    await screenshot(page, 'calculator-forward-phone');
  });
});

test('days defaults to 5; a backward link shows the latest posting days', async () => {
  await withBrowser(async ({ page }) => {
    await openApp(page, server.url, '?end_by=2024-07-31');
    assert.equal(await dateOf(page, 'latest-posting'), '2024-07-24');
    assert.equal(await dateOf(page, 'latest-posting-workday'), '2024-07-24');
    assert.equal(await page.getByTestId('days-input').inputValue(), '5');
    // Must end by Saturday 07-27: post by Sunday 07-21, in practice Friday 07-19.
    await openApp(page, server.url, '?end_by=2024-07-27&days=5');
    assert.equal(await dateOf(page, 'latest-posting'), '2024-07-21');
    assert.equal(await dateOf(page, 'latest-posting-workday'), '2024-07-19');
    // Across 国庆 2024.
    await openApp(page, server.url, '?end_by=2024-10-10&days=5');
    assert.equal(await dateOf(page, 'latest-posting'), '2024-09-28');
    assert.equal(await dateOf(page, 'latest-posting-workday'), '2024-09-27');
    await screenshot(page, 'calculator-backward-phone');
  });
});

test('typing updates the result and the address bar; a reload restores it', async () => {
  await withBrowser(async ({ page }) => {
    await openApp(page, server.url);
    await page.getByLabel('最晚何时张贴').check();
    await page.getByLabel('公示最晚须结束于').fill('2024-07-25');
    await page.getByLabel('公示工作日数').fill('5');
    assert.equal(await dateOf(page, 'latest-posting'), '2024-07-18');
    assert.equal(new URL(page.url()).search, '?end_by=2024-07-25&days=5');

    await page.getByLabel('公示何时结束').check();
    await page.getByLabel('公示张贴日期').fill('2024-09-27');
    await page.getByLabel('公示工作日数').fill('7');
    assert.equal(await dateOf(page, 'publicity-end'), '2024-10-12');
    assert.equal(new URL(page.url()).search, '?posted=2024-09-27&days=7');

    // The root URL with no parameters restores the last calculation.
    await openApp(page, server.url);
    assert.equal(await page.getByLabel('公示张贴日期').inputValue(), '2024-09-27');
    assert.equal(await page.getByLabel('公示工作日数').inputValue(), '7');
    assert.equal(await dateOf(page, 'publicity-end'), '2024-10-12');
  });
});

test('a calculation opened from a link is saved too', async () => {
  await withBrowser(async ({ page }) => {
    await openApp(page, server.url, '?end_by=2024-10-10&days=5');
    await openApp(page, server.url);
    assert.equal(await dateOf(page, 'latest-posting'), '2024-09-28');
    assert.equal(new URL(page.url()).search, '?end_by=2024-10-10&days=5');
  });
});

const BAD_LINKS = [
  ['?posted=2024-02-30', '不是有效日期'],
  ['?posted=abc', '不是有效日期'],
  ['?posted=2024-07-24&days=0', '超出范围'],
  ['?posted=2024-07-24&days=abc', '不是整数'],
  ['?posted=2024-07-24&days=100000', '超出范围'],
  ['?end_by=2024-13-01', '不是有效日期'],
  ['?posted=1899-01-01', '超出支持范围'],
  ['?posted=2024-07-24&end_by=2024-07-31', '只能给其中一个'],
  ['?posted=%3Cimg%20src%3Dx%20onerror%3D%22window.__xss%3D1%22%3E', '<img src=x'],
];

test('bad links show a Chinese message, change nothing saved, and the page keeps working', async () => {
  await withBrowser(async ({ page }) => {
    await openApp(page, server.url, '?posted=2024-07-24&days=5');
    for (const [query, message] of BAD_LINKS) {
      await openApp(page, server.url, query);
      const error = page.getByTestId('input-error');
      await error.waitFor();
      assert.ok((await error.innerText()).includes(message), `${query}: ${await error.innerText()}`);
    }
    // Markup in a parameter stays text.
    await openApp(page, server.url, BAD_LINKS.at(-1)[0]);
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    // The page keeps working: a valid date replaces the error with a result.
    await page.getByLabel('公示张贴日期').fill('2024-07-24');
    assert.equal(await page.getByTestId('input-error').count(), 0);
    assert.equal(await dateOf(page, 'publicity-end'), '2024-07-31');
    // A bad link opened afterwards did not replace the saved calculation.
    await openApp(page, server.url, '?posted=2024-07-24&days=0');
    await openApp(page, server.url);
    assert.equal(await dateOf(page, 'publicity-end'), '2024-07-31');
    assert.equal(await page.getByLabel('公示工作日数').inputValue(), '5');
    await screenshot(page, 'calculator-after-bad-links-phone');
  });
});

test('fewer than 5 working days is computed but warned about', async () => {
  await withBrowser(async ({ page }) => {
    await openApp(page, server.url, '?posted=2024-07-24&days=3');
    assert.equal(await dateOf(page, 'publicity-end'), '2024-07-29');
    assert.match(await page.getByTestId('days-warning').innerText(), /不少于 5 个工作日/);
  });
});

test('a year without official holiday data is flagged, never silent', async () => {
  await withBrowser(async ({ page }) => {
    await openApp(page, server.url, '?posted=2026-12-29&days=5');
    assert.match(await page.getByTestId('data-warning').innerText(), /2027 年/);
    assert.equal(await page.getByTestId('publicity-end').getAttribute('data-estimated'), 'true');
    assert.equal(await page.getByTestId('publicity-start').getAttribute('data-estimated'), 'true');
    await screenshot(page, 'calculator-estimated-phone');
    // A year fully covered carries no flag.
    await openApp(page, server.url, '?posted=2026-12-01&days=5');
    assert.equal(await page.getByTestId('data-warning').count(), 0);
    assert.equal(await page.getByTestId('publicity-end').getAttribute('data-estimated'), null);
    await openApp(page, server.url, '?end_by=2030-07-31');
    assert.match(await page.getByTestId('data-warning').innerText(), /2030 年/);
    assert.equal(await page.getByTestId('latest-posting').getAttribute('data-estimated'), 'true');
  });
});

test('a stored value that cannot be read is set aside and the app starts clean', async () => {
  await withBrowser(async ({ page }) => {
    await openApp(page, server.url, '?posted=2024-07-24');
    await page.evaluate(() => localStorage.setItem('pingshen', '{"schema":1,"calculator":{'));
    await openApp(page, server.url);
    assert.match(await page.getByTestId('storage-notice').innerText(), /备份/);
    const backups = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('pingshen.backup.')).map((k) => localStorage.getItem(k)),
    );
    assert.deepEqual(backups, ['{"schema":1,"calculator":{']);
    // The app works: a fresh calculation is shown and saved.
    assert.ok(await dateOf(page, 'publicity-end'));
  });
});

test("today is China time whatever the phone's time zone", async () => {
  for (const timezoneId of ['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati']) {
    await withBrowser(async ({ page }) => {
      const before = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
      await openApp(page, server.url);
      const after = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
      const shown = await dateOf(page, 'today-date');
      assert.ok(shown === before || shown === after, `${timezoneId}: ${shown}`);
      // With nothing saved and no link, the calculator starts from that day.
      assert.equal(await page.getByLabel('公示张贴日期').inputValue(), shown);
    }, { timezoneId, now: null });
  }
});

test('no accessibility violations (axe) at phone and desktop size', async () => {
  for (const viewport of [undefined, DESKTOP]) {
    await withBrowser(async ({ page }) => {
      for (const query of ['?posted=2024-02-08&days=5', '?end_by=2024-07-27&days=3', '?posted=abc']) {
        await openApp(page, server.url, query);
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
        assert.deepEqual(summary, [], query);
      }
      if (viewport) await screenshot(page, 'calculator-desktop');
    }, viewport ? { viewport } : {});
  }
});
