// The publicity calculator as a person (or a shared link) uses it, at phone size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { withBrowser, serveSite, screenshot, DESKTOP } from './harness.mjs';
import { expectText, expectValue } from './pages/app.mjs';
import { CalculatorPage } from './pages/calculator.mjs';

const server = serveSite();
const calculator = (page) => new CalculatorPage(page, server.url);

// Worked by hand: 5 working days from the day after posting (「六、申报流程」(三))
// on the State Council schedules (crates/pingshen/data/holiday-cn/2024.json, 2025.json).
const FORWARD = [
  ['2024-07-24', '2024-07-25', '2024-07-31'],
  ['2024-02-08', '2024-02-09', '2024-02-21'],
  ['2024-09-27', '2024-09-29', '2024-10-10'],
  ['2024-12-27', '2024-12-30', '2025-01-06'],
];

test('a forward link shows the start and end of the publicity', async () => {
  await withBrowser(async ({ page }) => {
    const calc = calculator(page);
    for (const [posted, start, end] of FORWARD) {
      await calc.open(`?posted=${posted}&days=5`);
      assert.equal(await calc.publicityStart(), start, posted);
      assert.equal(await calc.publicityEnd(), end, posted);
      assert.equal(await calc.dataWarning().count(), 0);
      assert.equal(await calc.inputError().count(), 0);
    }
    await calc.open('?posted=2024-02-08&days=5');
    // The month view marks the counted days and the days off, in words.
    await expectText(calc.dayCell('2024-02-09'), /第1天/);
    await expectText(calc.dayCell('2024-02-18'), /班/);
    await expectText(calc.dayCell('2024-02-18'), /第2天/);
    await expectText(calc.dayCell('2024-02-12'), /休\s*春节/);
    await expectText(calc.dayCell('2024-02-08'), /张贴/);
    await screenshot(page, 'calculator-forward-phone');
  });
});

test('days defaults to 5; a backward link shows the latest posting days', async () => {
  await withBrowser(async ({ page }) => {
    const calc = calculator(page);
    await calc.open('?end_by=2024-07-31');
    assert.equal(await calc.latestPosting(), '2024-07-24');
    assert.equal(await calc.latestPostingWorkday(), '2024-07-24');
    assert.equal(await calc.daysValue(), '5');
    // Must end by Saturday 07-27: post by Sunday 07-21, in practice Friday 07-19.
    await calc.open('?end_by=2024-07-27&days=5');
    assert.equal(await calc.latestPosting(), '2024-07-21');
    assert.equal(await calc.latestPostingWorkday(), '2024-07-19');
    // Across 国庆 2024.
    await calc.open('?end_by=2024-10-10&days=5');
    assert.equal(await calc.latestPosting(), '2024-09-28');
    assert.equal(await calc.latestPostingWorkday(), '2024-09-27');
    await screenshot(page, 'calculator-backward-phone');
  });
});

test('typing updates the result and the address bar; a reload restores it', async () => {
  await withBrowser(async ({ page }) => {
    const calc = calculator(page);
    await calc.open();
    await calc.mustEndBy('2024-07-25');
    await calc.days(5);
    await calc.expectDate('latest-posting', '2024-07-18');
    await expectValue('the address', () => calc.search(), '?end_by=2024-07-25&days=5');

    await calc.postedOn('2024-09-27');
    await calc.days(7);
    await calc.expectDate('publicity-end', '2024-10-12');
    await expectValue('the address', () => calc.search(), '?posted=2024-09-27&days=7');

    // The root URL with no parameters restores the last calculation.
    await calc.open();
    assert.equal(await calc.postedValue(), '2024-09-27');
    assert.equal(await calc.daysValue(), '7');
    assert.equal(await calc.publicityEnd(), '2024-10-12');
  });
});

test('a calculation opened from a link is saved too', async () => {
  await withBrowser(async ({ page }) => {
    const calc = calculator(page);
    await calc.open('?end_by=2024-10-10&days=5');
    await calc.open();
    assert.equal(await calc.latestPosting(), '2024-09-28');
    assert.equal(calc.search(), '?end_by=2024-10-10&days=5');
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
    const calc = calculator(page);
    await calc.open('?posted=2024-07-24&days=5');
    for (const [query, message] of BAD_LINKS) {
      await calc.open(query);
      await expectText(calc.inputError(), message, { message: query });
    }
    // Markup in a parameter stays text.
    await calc.open(BAD_LINKS.at(-1)[0]);
    await expectText(calc.inputError(), '<img src=x');
    // What was typed or linked is headed as such.
    assert.equal(await calc.inputError().evaluate((el) => getComputedStyle(el, '::before').content), '"输入有误："');
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    // The page keeps working: a valid date replaces the error with a result.
    await calc.postedOn('2024-07-24');
    await calc.expectDate('publicity-end', '2024-07-31');
    assert.equal(await calc.inputError().count(), 0);
    // A bad link opened afterwards did not replace the saved calculation.
    await calc.open('?posted=2024-07-24&days=0');
    await calc.open();
    assert.equal(await calc.publicityEnd(), '2024-07-31');
    assert.equal(await calc.daysValue(), '5');
    await screenshot(page, 'calculator-after-bad-links-phone');
  });
});

test('fewer than 5 working days is computed but warned about', async () => {
  await withBrowser(async ({ page }) => {
    const calc = calculator(page);
    await calc.open('?posted=2024-07-24&days=3');
    assert.equal(await calc.publicityEnd(), '2024-07-29');
    await expectText(calc.daysWarning(), /不少于 5 个工作日/);
  });
});

test('a year without official holiday data is flagged, never silent', async () => {
  await withBrowser(async ({ page }) => {
    const calc = calculator(page);
    await calc.open('?posted=2026-12-29&days=5');
    await expectText(calc.dataWarning(), /2027 年/);
    assert.equal(await calc.estimated('publicity-end'), 'true');
    assert.equal(await calc.estimated('publicity-start'), 'true');
    await screenshot(page, 'calculator-estimated-phone');
    // A year fully covered carries no flag.
    await calc.open('?posted=2026-12-01&days=5');
    assert.equal(await calc.dataWarning().count(), 0);
    assert.equal(await calc.estimated('publicity-end'), null);
    await calc.open('?end_by=2030-07-31');
    await expectText(calc.dataWarning(), /2030 年/);
    assert.equal(await calc.estimated('latest-posting'), 'true');
  });
});

test('a stored value that cannot be read is set aside and the app starts clean', async () => {
  await withBrowser(async ({ page }) => {
    const calc = calculator(page);
    await calc.open('?posted=2024-07-24');
    await page.evaluate(() => localStorage.setItem('pingshen', '{"schema":1,"calculator":{'));
    await calc.open();
    await expectText(calc.storageNotice(), /备份/);
    const backups = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('pingshen.backup.')).map((k) => localStorage.getItem(k)),
    );
    assert.deepEqual(backups, ['{"schema":1,"calculator":{']);
    // The app works: a fresh calculation is shown and saved.
    assert.ok(await calc.publicityEnd());
  });
});

test("today is China time whatever the phone's time zone", async () => {
  for (const timezoneId of ['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati']) {
    await withBrowser(async ({ page }) => {
      const calc = calculator(page);
      const before = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
      await calc.open();
      const after = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
      const shown = await calc.today();
      assert.ok(shown === before || shown === after, `${timezoneId}: ${shown}`);
      // With nothing saved and no link, the calculator starts from that day.
      assert.equal(await calc.postedValue(), shown);
    }, { timezoneId, now: null });
  }
});

test('no accessibility violations (axe) at phone and desktop size', async () => {
  for (const viewport of [undefined, DESKTOP]) {
    await withBrowser(async ({ page }) => {
      const calc = calculator(page);
      for (const query of ['?posted=2024-02-08&days=5', '?end_by=2024-07-27&days=3', '?posted=abc']) {
        await calc.open(query);
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
        assert.deepEqual(summary, [], query);
      }
      if (viewport) await screenshot(page, 'calculator-desktop');
    }, viewport ? { viewport } : {});
  }
});
