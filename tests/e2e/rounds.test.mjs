// The round in force: every page answers for the evaluation round that
// applies on the browser's day (China time), says so, and marks projected
// dates; round= picks another round and today= asks "what if", neither saved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  withBrowser, serveSite, screenshot,
  IN_2024_ROUND, AFTER_2024_ROUND, DECEMBER_2026, LAST_WINDOW_EVENING_2024, MORNING_AFTER_2024 } from './harness.mjs';
import { AppPage, expectText, expectValue } from './pages/app.mjs';
import { EligibilityPage } from './pages/eligibility.mjs';
import { WorkspacePage } from './pages/workspace.mjs';

const server = serveSite();

/** Every page, by the address that opens it. */
const PAGES = [
  ['calculator', ''],
  ['timeline', '?unit=provincial'],
  ['eligibility', '?page=eligibility'],
  ['workspace', '?page=workspace'],
  ['documents', '?page=documents'],
  ['years', '?page=years'],
];

/** Any page of the app: what the header and the round note say, and the dates shown. */
const app = (page) => new AppPage(page, server.url);

/** Opens `query` and returns the round the page says it answers for, once the app has drawn its note. */
async function roundOf(any, query) {
  await any.open(query, 'round-note');
  return any.round();
}

/** The self-check of a provincial 工程师 applying for 高级工程师 in 计量 with a 本科 degree, titled on `titleDate`. */
const engineer = (titleDate) => ({
  civilServant: false, specialty: '计量', target: '高级工程师', unit: '省直有关部门(单位)',
  education: '本科', title: '工程师', titleDate,
});

test('on 2026-12-01 every page answers for the 2027 round, projected, and says why', async () => {
  await withBrowser(async ({ page }) => {
    const at = app(page);
    for (const [name, query] of PAGES) {
      assert.deepEqual(await roundOf(at, query), { year: '2027', kind: 'projected' }, name);
      const note = await at.roundNote('round-estimate');
      assert.match(note, /2027 年评审安排通知尚未收录，按 2024 年通知推算，以当年通知为准/, name);
      assert.match(note, /沿用 2024 年通知/, name);
      // The missing holiday schedule is a fact of its own, said separately.
      assert.match(await at.roundNote('round-holidays-missing'), /2027 年的国务院节假日安排尚未收录/, name);
      assert.match(await at.testId('round-select').inputValue(), /^$/, `${name}: following today`);
    }
    // The timeline: 2027-08-01 is a Sunday, so the two-day provincial window is Mon–Tue.
    await roundOf(at, '?unit=provincial');
    assert.equal(await at.dateOf('window-open'), '2027-08-02');
    assert.equal(await at.dateOf('window-close'), '2027-08-03');
    assert.equal(await at.estimated('window-open'), 'true');
    assert.equal(await at.estimated('post-by'), 'true');
    assert.equal(await at.estimated('post-by-workday'), 'true');
    assert.equal(await at.testId('window-state').getAttribute('data-state'), 'upcoming');
    const notice = page.locator('[data-testid="key-date"][data-id="notice"]');
    assert.match(await notice.innerText(), /通知预计发布[\s\S]*2027年5月下旬/);
    await screenshot(page, 'rounds-2026-timeline-provincial');
    // 2027-08-07 is a Saturday: the three-day city window is Mon 08-09 to Wed 08-11.
    await roundOf(at, '?unit=city');
    assert.equal(await at.dateOf('window-open'), '2027-08-09');
    assert.equal(await at.dateOf('window-close'), '2027-08-11');
    // Files leave Mon 08-09 after 2 working days of review (Thu 08-05, Fri 08-06): end by Wed 08-04;
    // 08-04, 03, 02, 07-30, 07-29 → post by Wed 07-28.
    assert.equal(await at.dateOf('post-by'), '2027-07-28');
    assert.equal(await at.dateOf('post-by-workday'), '2027-07-28');

    // The eligibility page states the cutoffs it applies before any answer.
    await roundOf(at, '?page=eligibility');
    assert.equal(await at.dateOf('achievements-cutoff'), '2027-07-31');
    assert.equal(await at.dateOf('seniority-cutoff'), '2027-12-31');
    assert.equal(await at.estimated('achievements-cutoff'), 'true');
    assert.equal(await at.estimated('seniority-cutoff'), 'true');
    // 工程师 since 2021-06-01: 6 full years by 2027-12-31 (3 by 2024-12-31).
    const check = new EligibilityPage(page, server.url);
    await check.answerSelfCheck(engineer('2021-06-01'));
    await expectValue('the full years of seniority', () => check.finding('seniority').first().getAttribute('data-full-years'), '6');
    await screenshot(page, 'rounds-2026-eligibility');

    await roundOf(at, '?page=documents');
    await screenshot(page, 'rounds-2026-documents');
  }, { now: DECEMBER_2026 });
});

test('on 2024-07-20 every page answers for the published 2024 round, with nothing estimated', async () => {
  await withBrowser(async ({ page }) => {
    const at = app(page);
    for (const [name, query] of PAGES) {
      assert.deepEqual(await roundOf(at, query), { year: '2024', kind: 'official' }, name);
      assert.equal(await at.testId('round-estimate').count(), 0, name);
      assert.equal(await at.testId('round-holidays-missing').count(), 0, name);
    }
    await roundOf(at, '?unit=provincial');
    assert.equal(await at.dateOf('window-open'), '2024-08-01');
    assert.equal(await at.estimated('window-open'), null);
    // The seal takes Tue 07-30 and Wed 07-31: post by Mon 07-22.
    assert.equal(await at.dateOf('post-by'), '2024-07-22');
    await roundOf(at, '?page=eligibility');
    assert.equal(await at.dateOf('achievements-cutoff'), '2024-07-31');
    assert.equal(await at.dateOf('seniority-cutoff'), '2024-12-31');
    assert.equal(await at.estimated('seniority-cutoff'), null);
  }, { now: IN_2024_ROUND });
});

test('on 2024-08-20, after the 2024 windows closed, the 2025 round is in force', async () => {
  await withBrowser(async ({ page }) => {
    const at = app(page);
    for (const [name, query] of PAGES) {
      assert.deepEqual(await roundOf(at, query), { year: '2025', kind: 'projected' }, name);
    }
    // 2025-08-01 is a Friday: the two working days are Fri 08-01 and Mon 08-04.
    await roundOf(at, '?unit=provincial');
    assert.equal(await at.dateOf('window-open'), '2025-08-01');
    assert.equal(await at.dateOf('window-close'), '2025-08-04');
    // 2025 has an official holiday schedule: only the round is an estimate.
    assert.equal(await at.testId('round-holidays-missing').count(), 0);
  }, { now: AFTER_2024_ROUND });
});

test('the round changes at midnight China time, not at the phone\'s midnight', async () => {
  // 23:30 on 08-09 in China is already 08-10 on Kiritimati (UTC+14): still the 2024 round.
  await withBrowser(async ({ page }) => {
    const at = app(page);
    assert.deepEqual(await roundOf(at, '?unit=city'), { year: '2024', kind: 'official' });
    assert.equal(await at.testId('window-state').getAttribute('data-state'), 'open');
  }, { now: LAST_WINDOW_EVENING_2024, timezoneId: 'Pacific/Kiritimati' });
  // 00:30 on 08-10 in China is still 08-09 in Los Angeles: the 2025 round.
  await withBrowser(async ({ page }) => {
    const at = app(page);
    assert.deepEqual(await roundOf(at, '?unit=city'), { year: '2025', kind: 'projected' });
    assert.equal(await at.dateOf('window-open'), '2025-08-07');
  }, { now: MORNING_AFTER_2024, timezoneId: 'America/Los_Angeles' });
});

test('a picked round goes in the address, the tabs keep it, and it is never saved', async () => {
  await withBrowser(async ({ page }) => {
    const at = app(page);
    await roundOf(at, '?unit=provincial');
    await at.pickRound(2024);
    await at.expectRound({ year: '2024', kind: 'official' });
    assert.equal(await at.dateOf('window-open'), '2024-08-01');
    assert.match(page.url(), /\?unit=provincial&round=2024$/);
    await expectText(at.roundOver(), /2024 年度的报卷已于/);
    // The tabs carry the pick to the other pages.
    await at.openTab('资格自查');
    await at.expectRound({ year: '2024' });
    assert.match(page.url(), /page=eligibility&round=2024/);
    assert.equal(await at.dateOf('seniority-cutoff'), '2024-12-31');
    const stored = (await at.stored()) ?? '';
    assert.doesNotMatch(stored, /round|2024-12-31/);
    // A visit without round= follows today again.
    assert.deepEqual(await roundOf(at, '?page=eligibility'), { year: '2027', kind: 'projected' });
    assert.equal(await at.dateOf('seniority-cutoff'), '2027-12-31');
  }, { now: DECEMBER_2026 });
});

test('today= asks "what if" on every page and picks the round; it is never saved', async () => {
  await withBrowser(async ({ page }) => {
    const at = app(page);
    for (const [name, query] of PAGES) {
      const sep = query ? '&' : '?';
      assert.deepEqual(await roundOf(at, `${query}${sep}today=2024-07-20`), { year: '2024', kind: 'official' }, name);
    }
    await roundOf(at, '?page=eligibility&today=2024-08-20');
    assert.equal(await at.dateOf('seniority-cutoff'), '2025-12-31');
    await expectText(at.testId('round-note'), /假设的今天 2024年8月20日/);
    assert.deepEqual(await roundOf(at, '?page=eligibility'), { year: '2027', kind: 'projected' });
  }, { now: DECEMBER_2026 });
});

test('bad round=, today= and days= show a Chinese message, keep the round in force and change nothing saved', async () => {
  await withBrowser(async ({ page }) => {
    const at = app(page);
    // Something saved first, to see that it survives.
    await at.open('?posted=2026-11-02&days=5', 'publicity-end');
    const before = await at.stored();
    for (const [query, message] of [
      ['?page=eligibility&round=abc', /评审年度“abc”无效/],
      ['?page=years&round=1900', /评审年度“1900”无效/],
      ['?round=2024x', /评审年度“2024x”无效/],
      ['?page=workspace&today=2024-02-30', /假设的今天/],
      ['?days=0', /公示工作日数 0 超出范围/],
      ['?days=abc', /公示工作日数“abc”不是整数/],
    ]) {
      await at.open(query);
      await expectText(at.inputError(), message, { message: query });
      assert.deepEqual({ year: (await at.round()).year }, { year: '2027' }, `${query}: the round in force`);
      assert.equal(await at.stored(), before, `${query}: nothing saved changes`);
    }
  }, { now: DECEMBER_2026 });
});

test('on the real date no page answers for 2024 unless asked', async () => {
  await withBrowser(async ({ page }) => {
    const at = app(page);
    // China's date, worked out here from the machine's clock.
    const china = new Date(Date.now() + 8 * 3600e3);
    const year = china.getUTCFullYear();
    for (const [name, query] of PAGES) {
      const round = await roundOf(at, query);
      assert.ok(Number(round.year) === year || Number(round.year) === year + 1, `${name}: ${round.year}`);
      assert.equal(round.kind, 'projected', `${name}: only 2024 has a published notice`);
      assert.match(await at.roundNote('round-estimate'), new RegExp(`${round.year} 年评审安排通知尚未收录`));
    }
    await roundOf(at, '?unit=city');
    assert.equal((await at.dateOf('window-open')).slice(0, 4), (await at.round()).year);
  }, { now: null });
});

test('in December 2026 a publicity posted in 2024 is shown as the 2024 round\'s, with its year, never as this round\'s', async () => {
  await withBrowser(async ({ page }) => {
    const at = app(page);
    const ws = await new WorkspacePage(page, server.url).open();
    await page.evaluate(() => localStorage.setItem('pingshen', JSON.stringify({
      schema: 1,
      applicants: [{ id: 'a1', name: '旧公示', posted: '2024-07-15' }],
    })));
    await ws.reload();
    // Once this blessed 「公示已于2024年7月22日结束」 as if it counted for 2027.
    const row = ws.row('旧公示');
    assert.equal(await row.getAttribute('data-status'), 'previous-round');
    await expectText(row.getByTestId('row-publicity'), /^2024 年度：公示已于2024年7月22日结束（不计入本年度）$/);
    assert.equal(await at.testId('summary-ready').innerText(), '0');
  }, { now: DECEMBER_2026 });
});
