// "Today" follows the clock: a page opened on the evening of the 2024
// round's last window day and shown again the next morning (an installed
// app, a tab resumed), or simply left open over midnight, answers for the
// new day without a reload: the round in force, the header, the round note,
// countdowns and window states. What the user is typing stays.
//
// These tests drive the page's own clock (Playwright's `clock.install`, so
// that its timers run on the fake time too) instead of the harness's fixed
// time, which would stop them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, serveSite, screenshot } from './harness.mjs';
import { expectText, expectValue } from './pages/app.mjs';
import { TimelinePage } from './pages/timeline.mjs';
import { CalculatorPage } from './pages/calculator.mjs';
import { EligibilityPage } from './pages/eligibility.mjs';
import { YearsPage } from './pages/years.mjs';
import { WorkspacePage } from './pages/workspace.mjs';

const server = serveSite();

/** The evening of the 2024 round's last window day, China time. */
const EVENING = '2024-08-09T23:50:00+08:00';
/** The morning after: the 2025 round is in force. */
const MORNING = '2024-08-10T08:30:00+08:00';
/**
 * Opens a page object's page (`query`) with the page's clock installed at
 * `time`, once the app has drawn its round note; returns the page object.
 */
async function openAt(browser, time, Page, query) {
  await browser.context.clock.install({ time: new Date(time) });
  const at = new Page(browser.page, server.url);
  await at.open(query);
  await at.testId('round-note').waitFor();
  return at;
}

/** Waits until the page's today line shows `date` (YYYY-MM-DD). */
const todayBecomes = (at, date) => at.expectDate('today-date', date);

/** Waits until the header says the page answers for `year`. */
const roundBecomes = (at, year) => at.expectRound({ year });

const dispatch = (page, target, type) =>
  page.evaluate(([target, type]) => {
    (target === 'document' ? document : window).dispatchEvent(new Event(type));
  }, [target, type]);

test('a page shown again the next morning answers for the new day and its round', async () => {
  await withBrowser(async (browser) => {
    const { page, context } = browser;
    const plan = await openAt(browser, EVENING, TimelinePage, '?unit=provincial');
    assert.equal((await plan.round()).year, '2024');
    assert.equal(await plan.dateOf('today-date'), '2024-08-09');
    // The provincial window (08-01 to 08-02) is over; the city one closes tonight.
    assert.equal(await plan.windowState(), 'closed');
    assert.equal(await plan.windowOpen(), '2024-08-01');

    // The phone slept; the clock moved on without any timer firing.
    await context.clock.setSystemTime(new Date(MORNING));
    assert.equal((await plan.round()).year, '2024', 'nothing has read the clock yet');
    await dispatch(page, 'document', 'visibilitychange');

    await roundBecomes(plan, '2025');
    assert.equal((await plan.round()).kind, 'projected');
    await todayBecomes(plan, '2024-08-10');
    assert.match(await plan.roundNote('round-why'), /北京时间 2024年8月10日（周六））适用的 2025 年度/);
    // The header's switcher offers the new round as today's.
    await expectText(plan.testId('round-select').locator('option').first(), /^2025 年度 · 预计（今天适用）$/);
    // The window, its state and its countdown are the 2025 round's, as of 08-10.
    assert.equal(await plan.windowOpen(), '2025-08-01');
    assert.equal(await plan.windowState(), 'upcoming');
    await expectText(plan.testId('window'), /还有 356 天/);
    await screenshot(page, 'resume-next-morning');

    // Focus and pageshow (a page restored from the back-forward cache) do the same.
    await context.clock.setSystemTime(new Date('2024-08-11T09:00:00+08:00'));
    await dispatch(page, 'window', 'focus');
    await todayBecomes(plan, '2024-08-11');
    await expectText(plan.testId('window'), /还有 355 天/);
    await context.clock.setSystemTime(new Date('2024-08-12T09:00:00+08:00'));
    await dispatch(page, 'window', 'pageshow');
    await todayBecomes(plan, '2024-08-12');
  }, { now: null });
});

test('a page left open over midnight (China time) turns to the new day on its own', async () => {
  await withBrowser(async (browser) => {
    const { context } = browser;
    // 23:59:30 in China is 08:59:30 in Los Angeles: the phone's midnight is far off.
    const plan = await openAt(browser, '2024-08-09T23:59:30+08:00', TimelinePage, '?unit=provincial');
    assert.equal((await plan.round()).year, '2024');
    assert.equal(await plan.dateOf('today-date'), '2024-08-09');

    // Only time passes: no event is dispatched.
    await context.clock.runFor(60_000);
    await roundBecomes(plan, '2025');
    await todayBecomes(plan, '2024-08-10');
    assert.equal(await plan.windowState(), 'upcoming');

    // The timer is set again for the next midnight.
    await context.clock.fastForward(24 * 3600_000);
    await todayBecomes(plan, '2024-08-11');
  }, { now: null, timezoneId: 'America/Los_Angeles' });
});

test('what is being typed stays when the day changes', async () => {
  await withBrowser(async (browser) => {
    const { page, context } = browser;
    const calc = await openAt(browser, EVENING, CalculatorPage, '');
    await calc.postedOn('2024-07-24');
    await calc.expectDate('publicity-end', '2024-07-31');
    // Out of range: shown as an error and not saved, so only the input holds it.
    await calc.days(40);
    await expectText(calc.inputError(), /公示工作日数/);
    assert.match((await calc.stored()) ?? '', /"days":5\b/);

    await context.clock.setSystemTime(new Date(MORNING));
    await dispatch(page, 'document', 'visibilitychange');
    await roundBecomes(calc, '2025');
    await todayBecomes(calc, '2024-08-10');

    // The page was not rebuilt: the inputs, their error and the focus are as they were.
    assert.equal(await calc.daysValue(), '40');
    assert.equal(await calc.postedValue(), '2024-07-24');
    await expectText(calc.inputError(), /公示工作日数/);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'days-input');
  }, { now: null });
});

test('the self-check and the year data follow the new day too', async () => {
  await withBrowser(async (browser) => {
    const { page, context } = browser;
    const check = await openAt(browser, EVENING, EligibilityPage, '?page=eligibility');
    assert.equal(await check.dateOf('seniority-cutoff'), '2024-12-31');
    await context.clock.setSystemTime(new Date(MORNING));
    await dispatch(page, 'document', 'visibilitychange');
    await roundBecomes(check, '2025');
    // The cutoffs the answers are checked against are the 2025 round's.
    await check.expectDate('seniority-cutoff', '2025-12-31');
    assert.equal(await check.dateOf('achievements-cutoff'), '2025-07-31');

    // The installed clock carries over to the next page load.
    await context.clock.setSystemTime(new Date(EVENING));
    const years = new YearsPage(page, server.url);
    await years.open();
    await years.testId('round-note').waitFor();
    assert.equal((await years.round()).year, '2024');
    assert.equal(await years.testId('new-year-input').getAttribute('placeholder'), '2024');
    await context.clock.setSystemTime(new Date(MORNING));
    await dispatch(page, 'document', 'visibilitychange');
    // A new year's profile is offered for the round in force.
    await expectValue('the new year offered', () => years.testId('new-year-input').getAttribute('placeholder'), '2025');
  }, { now: null });
});

test('a unit\'s list left open on the last window day is last round\'s the next morning', async () => {
  await withBrowser(async (browser) => {
    const { page, context } = browser;
    await context.clock.install({ time: new Date(EVENING) });
    await new YearsPage(page, server.url).open();
    await page.evaluate(() => localStorage.setItem('pingshen', JSON.stringify({
      schema: 2,
      timeline: { unit: 'city' },
      applicants: [{ id: 'a1', name: '张三', posted: '2024-07-24', round: 2024 }],
    })));
    const ws = await new WorkspacePage(page, server.url).open();
    const row = ws.row('张三');
    await row.waitFor();
    // Posted 07-24, ended 07-31: this round's publicity, on its last window day.
    assert.equal(await row.getAttribute('data-status'), 'ended');
    // An editor opened on the applicant stays open across the change of day.
    await ws.edit('张三');
    await ws.testId('ed-notes').fill('正在填写');
    await context.clock.setSystemTime(new Date(MORNING));
    await dispatch(page, 'document', 'visibilitychange');
    await roundBecomes(ws, '2025');
    await expectValue("张三's status", () => row.getAttribute('data-status'), 'previous-round');
    await expectText(row.getByTestId('row-publicity'), /^2024 年度：公示已于2024年7月31日结束/);
    assert.equal(await ws.testId('ed-notes').inputValue(), '正在填写');
    assert.equal(await ws.testId('ed-posted').isDisabled(), true);
  }, { now: null });
});
