// The timeline, other years' profiles and user holiday data, at phone size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import AxeBuilder from '@axe-core/playwright';
import { withBrowser, serveSite, screenshot, DECEMBER_2026, AFTER_2024_ROUND } from './harness.mjs';
import { expectText } from './pages/app.mjs';
import { TimelinePage } from './pages/timeline.mjs';
import { YearsPage } from './pages/years.mjs';
import { CalculatorPage } from './pages/calculator.mjs';

const server = serveSite();


const timeline = (page) => new TimelinePage(page, server.url);

test('the URL contract gives each unit its window and posting deadline', async () => {
  await withBrowser(async ({ page }) => {
    const plan = timeline(page);
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
      await plan.open(query);
      assert.equal(await plan.windowOpen(), open, query);
      assert.equal(await plan.windowClose(), close, query);
      assert.equal(await plan.postBy(), postBy, query);
      assert.equal(await plan.postByWorkday(), workday, query);
      assert.equal(await plan.windowState(), 'upcoming', query);
    }
    await screenshot(page, 'timeline-city-unit-phone');
    for (const [today, state] of [['2024-07-31', 'upcoming'], ['2024-08-01', 'open'], ['2024-08-02', 'open'], ['2024-08-03', 'closed']]) {
      await plan.open(`?unit=provincial&today=${today}`);
      assert.equal(await plan.windowState(), state, today);
    }
    // Without a "what if" day the clock decides: 2024-07-20 lies before the city window.
    await plan.open('?unit=city');
    assert.equal(await plan.windowState(), 'upcoming');
  });
});

test('in December 2026 the 2024 windows are shown closed only when that round is picked', async () => {
  await withBrowser(async ({ page }) => {
    const plan = timeline(page);
    await plan.open('?unit=city&round=2024');
    assert.equal(await plan.windowState(), 'closed');
    assert.equal(await plan.windowOpen(), '2024-08-07');
    await expectText(plan.roundOver(), /2024 年度的报卷已于 2024年8月9日（周五） 结束/);
    // Without round= the page answers for the next round instead.
    await plan.open('?unit=city');
    assert.equal(await plan.windowState(), 'upcoming');
    assert.equal(await plan.windowOpen(), '2027-08-09');
  }, { now: DECEMBER_2026 });
});

// Worked by hand from the 2024 notice (window Aug 1–2; 2 working days for
// the seal, Jul 30–31; the publicity ends by Mon Jul 29 after Jul 23, 24,
// 25, 26, 29): post by Mon 2024-07-22. A 市内单位 due at its city bureau on
// Fri Jul 26 (no seal): end by Thu Jul 25 after 19, 22, 23, 24, 25 → post by
// Thu Jul 18. The day after, the page says so, and whom to call; it is a
// fact of the calendar, not a wrong entry.
test('once the latest posting day has passed the plan says so and names whom to contact', async () => {
  await withBrowser(async ({ page }) => {
    const plan = timeline(page);
    const cases = [
      ['?unit=provincial&today=2024-07-22', null],
      ['?unit=provincial&today=2024-07-23', /2024年7月22日.*已过.*请尽快与省市场监管局（见下方联系人）联系/],
      ['?unit=city-unit&city_deadline=2024-07-26&today=2024-07-18', null],
      ['?unit=city-unit&city_deadline=2024-07-26&today=2024-07-19', /2024年7月18日.*已过.*请尽快与市局联系/],
    ];
    for (const [query, said] of cases) {
      await plan.open(query);
      await plan.testId('post-by').first().waitFor();
      const passed = plan.testId('posting-passed');
      if (said === null) {
        assert.equal(await passed.count(), 0, `${query}: not passed yet`);
        continue;
      }
      await expectText(passed, said);
      // Not labelled as the user's mistake (the error notices' 「输入有误：」).
      const before = await passed.evaluate((el) => getComputedStyle(el, '::before').content);
      assert.ok(!before.includes('输入有误'), `${query}: the notice is headed ${before}`);
    }
  });
});

test('bad timeline links show a Chinese message and the page keeps working', async () => {
  await withBrowser(async ({ page }) => {
    const plan = timeline(page);
    for (const [query, message] of [
      ['?unit=county', '无法识别'],
      ['?unit=city-unit&city_deadline=2024-02-30', '市局收件日期'],
      ['?unit=city&today=tomorrow', '假设的今天'],
      ['?unit=%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E', '<script>'],
    ]) {
      await plan.open(query);
      await expectText(plan.inputError(), message, { message: query });
    }
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    // A city deadline after the window belongs to the next round: explained, not computed.
    await plan.open('?unit=city-unit&city_deadline=2024-08-12');
    await expectText(plan.planMissing(), /属于 2025 年度，不是本页的 2024 年度/);
    // Choosing a unit by its label works afterwards.
    await plan.chooseUnit('city');
    await plan.expectDate('window-open', '2024-08-07');
  });
});

test('the contact dials on a phone', async () => {
  await withBrowser(async ({ page }) => {
    const plan = await timeline(page).open('?unit=provincial');
    assert.equal(await plan.contactTel(), 'tel:+862496315,1,5113');
  });
});

test('the .ics download parses with a real iCalendar parser', async () => {
  await withBrowser(async ({ page }) => {
    const plan = await timeline(page).open('?unit=city-unit&city_deadline=2024-07-26&today=2024-07-01');
    const { filename, text } = await plan.downloadCalendar();
    assert.match(filename, /2024.*\.ics$/);
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
    assert.match(await plan.calendarText(), /BEGIN:VCALENDAR/);
  });
});

test('a 2025 profile entered from its notice replaces the projection and survives a reload', async () => {
  await withBrowser(async ({ page }) => {
    // 2024-08-20: the 2024 windows have closed; the 2025 round is in force, projected.
    const years = await new YearsPage(page, server.url).open();
    await years.expectRound({ year: '2025', kind: 'projected' });
    await years.createYear(2025);
    // Prefilled from the projection: 2025-08-01 is a Friday, so the two-day window runs to Mon 08-04.
    assert.equal(await years.profileValue('省直单位报卷开始'), '2025-08-01');
    assert.equal(await years.profileValue('省直单位报卷结束'), '2025-08-04');
    // Nothing is saved until 保存: the round is still the projection. No issue
    // date is invented: it is typed from the notice (2025-05-29 is a Thursday).
    assert.equal(await years.profileValue('通知发布日'), '');
    await years.fillProfile('通知发布日', '2025-05-29');
    // A window opening before the achievements cutoff is refused.
    await years.fillProfile('市局/主管部门报卷开始', '2025-07-30');
    await years.saveProfile(/未保存.*早于申报材料截止日/);
    assert.deepEqual(await years.round(), { year: '2025', kind: 'projected' });
    await years.fillProfile('市局/主管部门报卷开始', '2025-08-07');
    await years.fillProfile('省直单位报卷开始', '2025-08-04');
    await years.fillProfile('省直单位报卷结束', '2025-08-05');
    await years.saveProfile(/已保存/);
    await years.expectRound({ year: '2025', kind: 'user' });
    assert.match(await years.roundNote('profile-warning'), /2025 年安排（非官方/);
    // An impossible edit is refused and changes nothing.
    await years.fillProfile('省直单位报卷结束', '2025-08-01');
    await years.saveProfile(/未保存/);
    await screenshot(page, 'years-phone');

    await years.openTab('时间安排');
    const plan = timeline(page);
    await plan.chooseUnit('provincial');
    await plan.expectDate('window-open', '2025-08-04');
    assert.equal(await plan.windowClose(), '2025-08-05');
    // Files leave Mon 2025-08-04 after the seal on Thu 07-31 and Fri 08-01: end by Wed 07-30;
    // 07-30, 29, 28, 25, 24 → post by Wed 07-23.
    assert.equal(await plan.postBy(), '2025-07-23');
    assert.equal(await plan.postByWorkday(), '2025-07-23');

    await plan.reload();
    assert.equal(await plan.windowOpen(), '2025-08-04');
    assert.match(await plan.roundNote('profile-warning'), /非官方/);

    // The official 2024 round is one pick away, and the pick lives in the address only.
    await plan.pickRound(2024);
    await plan.expectRound({ year: '2024', kind: 'official' });
    assert.equal(await plan.testId('profile-warning').count(), 0);
    await plan.expectDate('window-open', '2024-08-01');
    assert.match(page.url(), /round=2024/);
  }, { now: AFTER_2024_ROUND });
});

const HOLIDAYS_2027 = JSON.stringify({
  year: 2027,
  papers: [],
  days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }],
});

test('user holiday data removes the estimate and changes the count', async () => {
  await withBrowser(async ({ page }) => {
    const calc = await new CalculatorPage(page, server.url).open('?posted=2026-12-29&days=5');
    assert.equal(await calc.publicityEnd(), '2027-01-05', 'estimated Mon–Fri');
    await expectText(calc.dataWarning(), /2027/);

    const years = await new YearsPage(page, server.url).open();
    await years.holidayYears().first().waitFor();
    const before = await years.holidayYears().count();
    // A broken file changes nothing.
    await years.importHolidays('bad.json', Buffer.from('{"year":2027,'), /未导入/);
    assert.equal(await years.holidayYears().count(), before);
    // An official year cannot be overwritten.
    await years.importHolidays('2024.json', await readFile('crates/pingshen/data/holiday-cn/2024.json'), /已有官方/);
    // A good file is imported and marked as the user's.
    await years.importHolidays('2027.json', Buffer.from(HOLIDAYS_2027), /已导入 2027/);
    assert.equal(await years.holidayYear(2027).getAttribute('data-official'), 'false');
    // A single day off added by hand.
    await years.addDay({ date: '2027-01-06', name: '单位自定' }, /已添加/);
    // A make-up day on a weekday is refused.
    await years.addDay({ date: '2027-03-03', kind: 'work' }, /未添加/);

    await calc.open('?posted=2026-12-29&days=5');
    // 12-30, 12-31, (01-01 off), 01-04, 01-05, (01-06 off), 01-07.
    assert.equal(await calc.publicityEnd(), '2027-01-07');
    assert.equal(await calc.dataWarning().count(), 0);
    await calc.reload();
    assert.equal(await calc.publicityEnd(), '2027-01-07');
  });
});

test('no accessibility violations on the timeline and years pages', async () => {
  await withBrowser(async ({ page }) => {
    for (const query of ['?unit=city-unit&city_deadline=2024-07-26&today=2024-07-20', '?unit=provincial&today=2024-08-01', '?page=years']) {
      if (query === '?page=years') await new YearsPage(page, server.url).open(query);
      else await timeline(page).open(query);
      const results = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], query);
    }
  });
});
