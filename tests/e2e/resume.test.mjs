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
import { withBrowser, serveSite, dateOf, screenshot, roundNoteText } from './harness.mjs';

const server = serveSite();

/** The evening of the 2024 round's last window day, China time. */
const EVENING = '2024-08-09T23:50:00+08:00';
/** The morning after: the 2025 round is in force. */
const MORNING = '2024-08-10T08:30:00+08:00';
/** Generous for a reactive update, short enough that a miss fails fast. */
const SOON = { timeout: 5000 };

const round = (page) => page.getByTestId('round');
const roundYear = (page) => round(page).getAttribute('data-year');

/** Waits until the header says the page answers for `year`. */
async function roundBecomes(page, year) {
  await page.locator(`[data-testid="round"][data-year="${year}"]`).waitFor(SOON);
}

/** Waits until the page's today line shows `date` (YYYY-MM-DD). */
async function todayBecomes(page, date) {
  await page.locator(`[data-testid="today-date"][datetime="${date}"]`).waitFor(SOON);
}

/** Opens `query` with the page's clock installed at `time`, once the app has drawn its round. */
async function openAt(browser, time, query) {
  await browser.context.clock.install({ time: new Date(time) });
  await browser.page.goto(`${server.url}/${query}`);
  await browser.page.getByTestId('round-note').waitFor();
}

const dispatch = (page, target, type) =>
  page.evaluate(([target, type]) => {
    (target === 'document' ? document : window).dispatchEvent(new Event(type));
  }, [target, type]);

test('a page shown again the next morning answers for the new day and its round', async () => {
  await withBrowser(async (browser) => {
    const { page, context } = browser;
    await openAt(browser, EVENING, '?unit=provincial');
    assert.equal(await roundYear(page), '2024');
    assert.equal(await dateOf(page, 'today-date'), '2024-08-09');
    // The provincial window (08-01 to 08-02) is over; the city one closes tonight.
    assert.equal(await page.getByTestId('window-state').getAttribute('data-state'), 'closed');
    assert.equal(await dateOf(page, 'window-open'), '2024-08-01');

    // The phone slept; the clock moved on without any timer firing.
    await context.clock.setSystemTime(new Date(MORNING));
    assert.equal(await roundYear(page), '2024', 'nothing has read the clock yet');
    await dispatch(page, 'document', 'visibilitychange');

    await roundBecomes(page, '2025');
    assert.equal(await round(page).getAttribute('data-kind'), 'projected');
    await todayBecomes(page, '2024-08-10');
    assert.match(await roundNoteText(page, 'round-why'), /北京时间 2024年8月10日（周六））适用的 2025 年度/);
    // The header's switcher offers the new round as today's.
    assert.match(await page.getByTestId('round-select').locator('option').first().innerText(), /^2025 年度 · 预计（今天适用）$/);
    // The window, its state and its countdown are the 2025 round's, as of 08-10.
    assert.equal(await dateOf(page, 'window-open'), '2025-08-01');
    assert.equal(await page.getByTestId('window-state').getAttribute('data-state'), 'upcoming');
    assert.match(await page.getByTestId('window').innerText(), /还有 356 天/);
    await screenshot(page, 'resume-next-morning');

    // Focus and pageshow (a page restored from the back-forward cache) do the same.
    await context.clock.setSystemTime(new Date('2024-08-11T09:00:00+08:00'));
    await dispatch(page, 'window', 'focus');
    await todayBecomes(page, '2024-08-11');
    assert.match(await page.getByTestId('window').innerText(), /还有 355 天/);
    await context.clock.setSystemTime(new Date('2024-08-12T09:00:00+08:00'));
    await dispatch(page, 'window', 'pageshow');
    await todayBecomes(page, '2024-08-12');
  }, { now: null });
});

test('a page left open over midnight (China time) turns to the new day on its own', async () => {
  await withBrowser(async (browser) => {
    const { page, context } = browser;
    // 23:59:30 in China is 08:59:30 in Los Angeles: the phone's midnight is far off.
    await openAt(browser, '2024-08-09T23:59:30+08:00', '?unit=provincial');
    assert.equal(await roundYear(page), '2024');
    assert.equal(await dateOf(page, 'today-date'), '2024-08-09');

    // Only time passes: no event is dispatched.
    await context.clock.runFor(60_000);
    await roundBecomes(page, '2025');
    await todayBecomes(page, '2024-08-10');
    assert.equal(await page.getByTestId('window-state').getAttribute('data-state'), 'upcoming');

    // The timer is set again for the next midnight.
    await context.clock.fastForward(24 * 3600_000);
    await todayBecomes(page, '2024-08-11');
  }, { now: null, timezoneId: 'America/Los_Angeles' });
});

test('what is being typed stays when the day changes', async () => {
  await withBrowser(async (browser) => {
    const { page, context } = browser;
    await openAt(browser, EVENING, '');
    await page.getByTestId('date-input').fill('2024-07-24');
    await page.getByTestId('publicity-end').waitFor();
    // Out of range: shown as an error and not saved, so only the input holds it.
    const days = page.getByTestId('days-input');
    await days.fill('40');
    await page.getByTestId('input-error').waitFor();
    assert.match(await page.evaluate(() => localStorage.getItem('pingshen') ?? ''), /"days":5\b/);

    await context.clock.setSystemTime(new Date(MORNING));
    await dispatch(page, 'document', 'visibilitychange');
    await roundBecomes(page, '2025');
    await todayBecomes(page, '2024-08-10');

    // The page was not rebuilt: the inputs, their error and the focus are as they were.
    assert.equal(await days.inputValue(), '40');
    assert.equal(await page.getByTestId('date-input').inputValue(), '2024-07-24');
    assert.match(await page.getByTestId('input-error').innerText(), /公示工作日数/);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'days-input');
  }, { now: null });
});

test('the self-check and the year data follow the new day too', async () => {
  await withBrowser(async (browser) => {
    const { page, context } = browser;
    await openAt(browser, EVENING, '?page=eligibility');
    assert.equal(await dateOf(page, 'seniority-cutoff'), '2024-12-31');
    await context.clock.setSystemTime(new Date(MORNING));
    await dispatch(page, 'document', 'visibilitychange');
    await roundBecomes(page, '2025');
    // The cutoffs the answers are checked against are the 2025 round's.
    await page.locator('[data-testid="seniority-cutoff"][datetime="2025-12-31"]').waitFor(SOON);
    assert.equal(await dateOf(page, 'achievements-cutoff'), '2025-07-31');

    // The installed clock carries over to the next page load.
    await context.clock.setSystemTime(new Date(EVENING));
    await page.goto(`${server.url}/?page=years`);
    await page.getByTestId('round-note').waitFor();
    assert.equal(await roundYear(page), '2024');
    assert.equal(await page.getByTestId('new-year-input').getAttribute('placeholder'), '2024');
    await context.clock.setSystemTime(new Date(MORNING));
    await dispatch(page, 'document', 'visibilitychange');
    // A new year's profile is offered for the round in force.
    await page.locator('[data-testid="new-year-input"][placeholder="2025"]').waitFor(SOON);
  }, { now: null });
});

test('a unit\'s list left open on the last window day is last round\'s the next morning', async () => {
  await withBrowser(async (browser) => {
    const { page, context } = browser;
    await context.clock.install({ time: new Date(EVENING) });
    await page.goto(`${server.url}/?page=years`);
    await page.evaluate(() => localStorage.setItem('pingshen', JSON.stringify({
      schema: 2,
      timeline: { unit: 'city' },
      applicants: [{ id: 'a1', name: '张三', posted: '2024-07-24', round: 2024 }],
    })));
    await page.goto(`${server.url}/?page=workspace`);
    const row = page.getByTestId('applicant-row');
    await row.waitFor();
    // Posted 07-24, ended 07-31: this round's publicity, on its last window day.
    assert.equal(await row.getAttribute('data-status'), 'ended');
    // An editor opened on the applicant stays open across the change of day.
    await page.locator('[data-testid="applicant-list"] > li').getByTestId('edit').click();
    await page.getByTestId('ed-notes').fill('正在填写');
    await context.clock.setSystemTime(new Date(MORNING));
    await dispatch(page, 'document', 'visibilitychange');
    await roundBecomes(page, '2025');
    await page.locator('[data-testid="applicant-row"][data-status="previous-round"]').waitFor(SOON);
    assert.match(await page.getByTestId('row-publicity').innerText(), /^2024 年度：公示已于2024年7月31日结束/);
    assert.equal(await page.getByTestId('ed-notes').inputValue(), '正在填写');
    assert.equal(await page.getByTestId('ed-posted').isDisabled(), true);
  }, { now: null });
});
