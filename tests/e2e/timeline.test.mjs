// The timeline, other years' profiles and user holiday data, at phone size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import AxeBuilder from '@axe-core/playwright';
import { withBrowser, serveSite, dateOf, screenshot, DECEMBER_2026, AFTER_2024_ROUND, roundNoteText } from './harness.mjs';

const server = serveSite();


async function openTimeline(page, query) {
  await page.goto(`${server.url}/${query}`);
  await page.getByTestId('unit-provincial').waitFor();
}

const windowState = (page) => page.getByTestId('window-state').getAttribute('data-state');

test('the URL contract gives each unit its window and posting deadline', async () => {
  await withBrowser(async ({ page }) => {
    // (query, window open, window close, post by, post by on a working day)
    const table = [
      // seal=0: no working days left for the seal (the publicity may end the day before).
      ['?unit=provincial&seal=0&today=2024-07-20', '2024-08-01', '2024-08-02', '2024-07-24', '2024-07-24'],
      ['?unit=city&seal=0&today=2024-07-20', '2024-08-07', '2024-08-09', '2024-07-30', '2024-07-30'],
      // By default 2 working days for the seal: Tue 07-30 and Wed 07-31 before Thu 08-01;
      // end by Mon 07-29; 07-29, 26, 25, 24, 23 → post by Mon 07-22.
      ['?unit=provincial&today=2024-07-20', '2024-08-01', '2024-08-02', '2024-07-22', '2024-07-22'],
      ['?unit=city-unit&city_deadline=2024-07-26&today=2024-07-20', '2024-08-07', '2024-08-09', '2024-07-18', '2024-07-18'],
      ['?unit=city-unit&city_deadline=2024-07-29&today=2024-07-20', '2024-08-07', '2024-08-09', '2024-07-21', '2024-07-19'],
    ];
    for (const [query, open, close, postBy, workday] of table) {
      await openTimeline(page, query);
      assert.equal(await dateOf(page, 'window-open'), open, query);
      assert.equal(await dateOf(page, 'window-close'), close, query);
      assert.equal(await dateOf(page, 'post-by'), postBy, query);
      assert.equal(await dateOf(page, 'post-by-workday'), workday, query);
      assert.equal(await windowState(page), 'upcoming', query);
    }
    await screenshot(page, 'timeline-city-unit-phone');
    for (const [today, state] of [['2024-07-31', 'upcoming'], ['2024-08-01', 'open'], ['2024-08-02', 'open'], ['2024-08-03', 'closed']]) {
      await openTimeline(page, `?unit=provincial&today=${today}`);
      assert.equal(await windowState(page), state, today);
    }
    // Without a "what if" day the clock decides: 2024-07-20 lies before the city window.
    await openTimeline(page, '?unit=city');
    assert.equal(await windowState(page), 'upcoming');
  });
});

test('in December 2026 the 2024 windows are shown closed only when that round is picked', async () => {
  await withBrowser(async ({ page }) => {
    await openTimeline(page, '?unit=city&round=2024');
    assert.equal(await windowState(page), 'closed');
    assert.equal(await dateOf(page, 'window-open'), '2024-08-07');
    assert.match(await page.getByTestId('round-over').innerText(), /2024 年度的报卷已于 2024年8月9日（周五） 结束/);
    // Without round= the page answers for the next round instead.
    await openTimeline(page, '?unit=city');
    assert.equal(await windowState(page), 'upcoming');
    assert.equal(await dateOf(page, 'window-open'), '2027-08-09');
  }, { now: DECEMBER_2026 });
});

test('bad timeline links show a Chinese message and the page keeps working', async () => {
  await withBrowser(async ({ page }) => {
    for (const [query, message] of [
      ['?unit=county', '无法识别'],
      ['?unit=city-unit&city_deadline=2024-02-30', '市局收件日期'],
      ['?unit=city&today=tomorrow', '假设的今天'],
      ['?unit=%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E', '<script>'],
    ]) {
      await openTimeline(page, query);
      const error = page.getByTestId('input-error');
      await error.waitFor();
      assert.ok((await error.innerText()).includes(message), `${query}: ${await error.innerText()}`);
    }
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    // A city deadline after the window belongs to the next round: explained, not computed.
    await openTimeline(page, '?unit=city-unit&city_deadline=2024-08-12');
    assert.match(await page.getByTestId('plan-missing').innerText(), /属于 2025 年度，不是本页的 2024 年度/);
    // Choosing a unit by its label works afterwards.
    await page.getByTestId('unit-city').check();
    assert.equal(await dateOf(page, 'window-open'), '2024-08-07');
  });
});

test('the contact dials on a phone', async () => {
  await withBrowser(async ({ page }) => {
    await openTimeline(page, '?unit=provincial');
    assert.equal(await page.getByTestId('contact-tel').getAttribute('href'), 'tel:+862496315,1,5113');
  });
});

test('the .ics download parses with a real iCalendar parser', async () => {
  await withBrowser(async ({ page }) => {
    await openTimeline(page, '?unit=city-unit&city_deadline=2024-07-26&today=2024-07-01');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ics-download').click()]);
    assert.match(download.suggestedFilename(), /2024.*\.ics$/);
    const text = await readFile(await download.path(), 'utf8');
    assert.ok(text.includes('\r\n') && !/[^\r]\n/.test(text), 'CRLF line ends');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const byUid = Object.fromEntries(events.map((e) => [e.uid, e]));
    assert.deepEqual(Object.keys(byUid).sort(), [
      'achievements-cutoff-2024-city-unit@pingshen',
      'city-deadline-2024-city-unit@pingshen',
      'post-by-2024-city-unit@pingshen',
      'publicity-end-2024-city-unit@pingshen',
      'seniority-cutoff-2024-city-unit@pingshen',
      'window-2024-city-unit@pingshen',
    ]);
    const day = (e) => e.startDate.toString();
    assert.equal(day(byUid['post-by-2024-city-unit@pingshen']), '2024-07-18');
    assert.equal(day(byUid['publicity-end-2024-city-unit@pingshen']), '2024-07-25');
    const window = byUid['window-2024-city-unit@pingshen'];
    assert.equal(day(window), '2024-08-07');
    assert.equal(window.endDate.toString(), '2024-08-10', 'exclusive DTEND');
    assert.ok(window.startDate.isDate, 'all-day');
    assert.match(window.summary, /报卷/);
    const alarms = calendar.getAllSubcomponents('vevent').filter((e) => e.getFirstSubcomponent('valarm'));
    assert.equal(alarms.length, 4, 'a reminder before each deadline');
    // The same text is offered for copying where downloads do not work.
    assert.match(await page.getByTestId('ics-text').inputValue(), /BEGIN:VCALENDAR/);
  });
});

test('a 2025 profile entered from its notice replaces the projection and survives a reload', async () => {
  await withBrowser(async ({ page }) => {
    // 2024-08-20: the 2024 windows have closed; the 2025 round is in force, projected.
    await page.goto(`${server.url}/?page=years`);
    await page.locator('[data-testid="round"][data-year="2025"][data-kind="projected"]').waitFor();
    await page.getByLabel('新建年度').fill('2025');
    await page.getByTestId('new-year-create').click();
    await page.getByTestId('profile-editor').waitFor();
    // Prefilled from the projection: 2025-08-01 is a Friday, so the two-day window runs to Mon 08-04.
    assert.equal(await page.getByLabel('省直单位报卷开始').inputValue(), '2025-08-01');
    assert.equal(await page.getByLabel('省直单位报卷结束').inputValue(), '2025-08-04');
    // Nothing is saved until 保存: the round is still the projection. No issue
    // date is invented: it is typed from the notice (2025-05-29 is a Thursday).
    assert.equal(await page.getByLabel('通知发布日').inputValue(), '');
    await page.getByLabel('通知发布日').fill('2025-05-29');
    // A window opening before the achievements cutoff is refused.
    await page.getByLabel('市局/主管部门报卷开始').fill('2025-07-30');
    await page.getByTestId('profile-save').click();
    assert.match(await page.getByTestId('profile-save-message').innerText(), /未保存.*早于申报材料截止日/);
    assert.equal(await page.locator('[data-testid="round"][data-kind="projected"]').count(), 1);
    await page.getByLabel('市局/主管部门报卷开始').fill('2025-08-07');
    await page.getByLabel('省直单位报卷开始').fill('2025-08-04');
    await page.getByLabel('省直单位报卷结束').fill('2025-08-05');
    await page.getByTestId('profile-save').click();
    assert.match(await page.getByTestId('profile-save-message').innerText(), /已保存/);
    await page.locator('[data-testid="round"][data-kind="user"]').waitFor();
    assert.match(await roundNoteText(page, 'profile-warning'), /2025 年安排（非官方/);
    // An impossible edit is refused and changes nothing.
    await page.getByLabel('省直单位报卷结束').fill('2025-08-01');
    await page.getByTestId('profile-save').click();
    assert.match(await page.getByTestId('profile-save-message').innerText(), /未保存/);
    await screenshot(page, 'years-phone');

    await page.getByRole('link', { name: '时间安排' }).click();
    await page.getByTestId('unit-provincial').check();
    assert.equal(await dateOf(page, 'window-open'), '2025-08-04');
    assert.equal(await dateOf(page, 'window-close'), '2025-08-05');
    // Files leave Mon 2025-08-04 after the seal on Thu 07-31 and Fri 08-01: end by Wed 07-30;
    // 07-30, 29, 28, 25, 24 → post by Wed 07-23.
    assert.equal(await dateOf(page, 'post-by'), '2025-07-23');
    assert.equal(await dateOf(page, 'post-by-workday'), '2025-07-23');

    await page.reload();
    await page.getByTestId('window-open').waitFor();
    assert.equal(await dateOf(page, 'window-open'), '2025-08-04');
    assert.match(await roundNoteText(page, 'profile-warning'), /非官方/);

    // The official 2024 round is one pick away, and the pick lives in the address only.
    await page.getByTestId('round-select').selectOption('2024');
    await page.locator('[data-testid="round"][data-kind="official"]').waitFor();
    assert.equal(await page.getByTestId('profile-warning').count(), 0);
    assert.equal(await dateOf(page, 'window-open'), '2024-08-01');
    assert.match(page.url(), /round=2024/);
  }, { now: AFTER_2024_ROUND });
});

/** Waits for the holiday page's message to say `pattern` (imports read files asynchronously). */
const message = (page, pattern) =>
  page.getByTestId('holiday-message').filter({ hasText: pattern }).waitFor({ timeout: 5000 });

const HOLIDAYS_2027 = JSON.stringify({
  year: 2027,
  papers: [],
  days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }],
});

test('user holiday data removes the estimate and changes the count', async () => {
  await withBrowser(async ({ page }) => {
    const calc = `${server.url}/?posted=2026-12-29&days=5`;
    await page.goto(calc);
    await page.getByTestId('publicity-end').waitFor();
    assert.equal(await dateOf(page, 'publicity-end'), '2027-01-05', 'estimated Mon–Fri');
    assert.match(await page.getByTestId('data-warning').innerText(), /2027/);

    await page.goto(`${server.url}/?page=years`);
    await page.getByTestId('holiday-year').first().waitFor();
    const before = await page.getByTestId('holiday-year').count();
    // A broken file changes nothing.
    await page.getByTestId('holiday-import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"year":2027,') });
    await message(page, /未导入/);
    assert.equal(await page.getByTestId('holiday-year').count(), before);
    // An official year cannot be overwritten.
    await page.getByTestId('holiday-import').setInputFiles({ name: '2024.json', mimeType: 'application/json', buffer: await readFile('crates/pingshen/data/holiday-cn/2024.json') });
    await message(page, /已有官方/);
    // A good file is imported and marked as the user's.
    await page.getByTestId('holiday-import').setInputFiles({ name: '2027.json', mimeType: 'application/json', buffer: Buffer.from(HOLIDAYS_2027) });
    await message(page, /已导入 2027/);
    assert.equal(await page.locator('[data-testid="holiday-year"][data-year="2027"]').getAttribute('data-official'), 'false');
    // A single day off added by hand.
    await page.getByLabel('日期', { exact: true }).fill('2027-01-06');
    await page.getByLabel('节日名称').fill('单位自定');
    await page.getByTestId('day-add').click();
    assert.match(await page.getByTestId('holiday-message').innerText(), /已添加/);
    // A make-up day on a weekday is refused.
    await page.getByLabel('日期', { exact: true }).fill('2027-03-03');
    await page.getByLabel('类型', { exact: true }).selectOption('work');
    await page.getByTestId('day-add').click();
    assert.match(await page.getByTestId('holiday-message').innerText(), /未添加/);

    await page.goto(calc);
    await page.getByTestId('publicity-end').waitFor();
    // 12-30, 12-31, (01-01 off), 01-04, 01-05, (01-06 off), 01-07.
    assert.equal(await dateOf(page, 'publicity-end'), '2027-01-07');
    assert.equal(await page.getByTestId('data-warning').count(), 0);
    await page.reload();
    await page.getByTestId('publicity-end').waitFor();
    assert.equal(await dateOf(page, 'publicity-end'), '2027-01-07');
  });
});

test('no accessibility violations on the timeline and years pages', async () => {
  await withBrowser(async ({ page }) => {
    for (const query of ['?unit=city-unit&city_deadline=2024-07-26&today=2024-07-20', '?unit=provincial&today=2024-08-01', '?page=years']) {
      await page.goto(`${server.url}/${query}`);
      await page.locator('.tabs').waitFor();
      await page.getByTestId('unit-provincial').or(page.getByTestId('new-year-create')).waitFor();
      const results = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], query);
    }
  });
});
