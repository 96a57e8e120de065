// A unit's work belongs to its round: last round's publicity, ticks and
// dates never count for the next; 开始 YYYY 年度 moves them into history;
// a date of another round is refused where it enters; the workspace and
// the timeline judge a posting against one plan (seal days included).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, serveSite, screenshot, PHONE } from './harness.mjs';
import { expectText, expectValue } from './pages/app.mjs';
import { WorkspacePage } from './pages/workspace.mjs';
import { TimelinePage } from './pages/timeline.mjs';
import { DocumentsPage } from './pages/documents.mjs';
import { YearsPage } from './pages/years.mjs';

const server = serveSite();

/** 2026-12-06 China time: the 2027 round (projected) is in force. */
const DECEMBER_6_2026 = '2026-12-06T10:00:00+08:00';

const ALL_FORMS = ['form-1', 'form-3', 'publicity-report', 'form-5'];
const SENIOR = {
  civil_servant: false, in_sector: true, specialty: 'metrology', target: 'senior-engineer',
  unit: 'provincial', education: 'bachelor', current_title: 'engineer', title_date: '2019-06-30',
};

/** A provincial unit's list as the version before rounds stored it in July 2026. */
const UNIT_2026_SCHEMA_1 = {
  schema: 1,
  timeline: { unit: 'provincial' },
  applicants: [
    { id: 'a1', name: '张三', applicant: SENIOR, posted: '2026-07-20', ticks: ALL_FORMS },
    { id: 'a2', name: '李四', applicant: SENIOR, posted: '2026-07-21', ticks: ALL_FORMS },
  ],
  paperwork: { unit_name: '辽宁省计量科学研究院', place: '一楼公示栏', posted: '2026-07-20' },
};

/** Puts `document` in the browser's storage as an earlier version left it (from a page of the app). */
async function store(page, document) {
  await new YearsPage(page, server.url).open();
  await page.evaluate((text) => localStorage.setItem('pingshen', text), JSON.stringify(document));
}

const stored = async (at) => JSON.parse(await at.stored());

test('on 2026-12-06 a unit\'s 2026 list is last round\'s: not posted, not ready, until 开始 2027 年度 (which can be undone)', async () => {
  await withBrowser(async ({ page }) => {
    await store(page, UNIT_2026_SCHEMA_1);
    const ws = await new WorkspacePage(page, server.url).open();
    await ws.row('张三').waitFor();
    assert.equal((await ws.round()).year, '2027');
    // Both rows are last round's; nothing counts as posted or ready for 2027.
    assert.deepEqual(await ws.statuses(), ['previous-round', 'previous-round']);
    const zhang = ws.row('张三');
    // Posted Mon 2026-07-20: 21, 22, 23, 24, 27 → ended Mon 07-27.
    await expectText(zhang.getByTestId('row-publicity'), /^2026 年度：公示已于2026年7月27日结束/);
    await expectText(zhang.getByTestId('row-forms'), /材料 0\/4/);
    assert.equal(await ws.testId('summary-ready').innerText(), '0');
    await expectText(zhang.getByTestId('row-deadline').locator('xpath=..'), /最晚张贴公示/);
    // The chat summary follows the same rule, and names the round.
    const chat = await ws.copySummary();
    assert.match(chat, /2027 年度职称申报进度/);
    assert.match(chat, /材料齐备 0 人/);
    assert.match(chat, /2026 年度：公示已于2026年7月27日结束（不计入本年度）/);
    // The upgrade wrote schema 2 at once and kept the old text.
    const upgraded = await stored(ws);
    assert.equal(upgraded.schema, 2);
    assert.deepEqual(upgraded.applicants.map((a) => a.round), [2026, 2026]);
    assert.equal(upgraded.paperwork.round, 2026);
    assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('pingshen.before-schema-2'))).schema, 1);
    await page.setViewportSize(PHONE);
    await screenshot(page, 'new-round-before-start');

    // The documents follow too: last round's posting day is not this round's.
    const docs = await new DocumentsPage(page, server.url).open();
    await expectText(docs.testId('doc-round-note'), /属于 2026 年度，不计入 2027 年度/);
    assert.equal(await docs.testId('doc-posted').isDisabled(), true);
    await expectText(docs.testId('docs-missing'), /请先填写公示张贴日期/);

    // Record last round's outcome: 张三 passed.
    await ws.open();
    await ws.edit('张三');
    await ws.testId('ed-round-note').waitFor();
    assert.equal(await ws.testId('ed-posted').isDisabled(), true);
    await ws.recordOutcome('passed');
    await ws.done();
    await expectText(ws.testId('new-round-passed'), /张三（2026 年度高级工程师通过）/);

    await ws.startRound();
    await expectText(ws.testId('round-started'), /已开始 2027 年度/);
    // 李四 is carried into 2027 with nothing posted; 张三 is kept in history.
    await expectValue('the statuses after starting 2027', () => ws.statuses(), ['not-posted']);
    await expectText(ws.row('李四').getByTestId('row-history'), /2026 年度：高级工程师，2026年7月21日张贴公示，材料勾选 4 项/);
    await expectText(ws.testId('past-applicants'), /张三[\s\S]*2026 年度[\s\S]*结果：通过/);
    assert.equal(await ws.testId('start-round').count(), 0);
    const after = await stored(ws);
    assert.equal(after.applicants.length, 1);
    assert.equal(after.past_applicants[0].name, '张三');
    assert.equal(after.applicants[0].history[0].posted, '2026-07-21');
    assert.equal(after.paperwork.history[0].posted, '2026-07-20');
    assert.equal(after.paperwork.unit_name, '辽宁省计量科学研究院');
    await screenshot(page, 'new-round-after-start');

    // Undone: everything as it was before the click.
    await ws.undoStartRound();
    await expectValue('the statuses after undo', () => ws.statuses(), ['previous-round', 'previous-round']);
    const undone = await stored(ws);
    assert.deepEqual(undone.applicants.map((a) => [a.name, a.posted, a.ticks.length]), [['张三', '2026-07-20', 4], ['李四', '2026-07-21', 4]]);
    assert.equal(undone.past_applicants, undefined);
  }, { now: DECEMBER_6_2026 });
});

test('a link with last round\'s city_deadline is refused, naming the round, and nothing is saved', async () => {
  await withBrowser(async ({ page }) => {
    const plan = await new TimelinePage(page, server.url).open('?unit=city-unit&city_deadline=2026-07-24');
    await expectText(plan.inputError(), /市局收件日期2026年7月24日（周五）属于 2026 年度，不是本页的 2027 年度/);
    assert.equal(await plan.testId('post-by').count(), 0, 'nothing is planned on it');
    assert.equal(await plan.stored(), null);
    // A date of this round is taken, and saved with its round.
    await plan.cityDeadline('2027-07-23');
    await plan.testId('post-by').waitFor();
    const saved = await stored(plan);
    assert.deepEqual(saved.timeline, { unit: 'city-unit', city_deadline: '2027-07-23', round: 2027 });
    // Typed, a date of last round is refused the same way and the saved one stays.
    await plan.cityDeadline('2026-07-24');
    await expectText(plan.inputError(), '属于 2026 年度');
    assert.deepEqual((await stored(plan)).timeline, saved.timeline);
    // Another unit kind does not plan on the city's date, and never saves last round's.
    await plan.chooseUnit('city');
    await plan.testId('post-by').waitFor();
    await expectValue('the saved timeline', async () => (await stored(plan)).timeline, { unit: 'city' });
  }, { now: DECEMBER_6_2026 });
});

test('开始 YYYY 年度 is not offered for a round still to come', async () => {
  await withBrowser(async ({ page }) => {
    await store(page, UNIT_2026_SCHEMA_1);
    const ws = await new WorkspacePage(page, server.url).open('?page=workspace&round=2028');
    await ws.expectRound({ year: '2028' });
    await ws.row('张三').waitFor();
    assert.equal(await ws.row('张三').getAttribute('data-status'), 'previous-round');
    assert.equal(await ws.testId('start-round').count(), 0);
    // In the round in force it is offered.
    await ws.open();
    await ws.testId('start-round').waitFor();
  }, { now: DECEMBER_6_2026 });
});

test('a city date stored last round is shown as that round\'s and never planned on', async () => {
  await withBrowser(async ({ page }) => {
    await store(page, { schema: 1, timeline: { unit: 'city-unit', city_deadline: '2026-07-24' } });
    const plan = await new TimelinePage(page, server.url).open();
    await expectText(plan.testId('timeline-round-note'), /市局收件日期 2026年7月24日（周五）属于 2026 年度，不用于 2027 年度的计划/);
    await expectText(plan.planMissing(), /请填写市局规定的收件日期/);
    // The workspace does not plan on it either: no one is at risk for a 2026 date.
    await store(page, {
      schema: 2,
      timeline: { unit: 'city-unit', city_deadline: '2026-07-24', round: 2026 },
      applicants: [{ id: 'a1', name: '王五', applicant: { ...SENIOR, unit: 'city', target: 'professor-engineer', current_title: 'senior-engineer', title_date: '2018-06-30' } }],
    });
    const ws = await new WorkspacePage(page, server.url).open();
    const row = ws.row('王五');
    await row.waitFor();
    assert.equal(await row.getAttribute('data-at-risk'), 'false');
    assert.equal(await row.getByTestId('row-deadline').count(), 0);
  }, { now: DECEMBER_6_2026 });
});

test('a posting day of another round is refused in the editor, and nothing is saved', async () => {
  await withBrowser(async ({ page }) => {
    const ws = await new WorkspacePage(page, server.url).open();
    await ws.addApplicant('赵六');
    await ws.pickPosted('2026-07-20');
    const error = ws.fieldError('ed-posted');
    await expectText(error, /属于 2026 年度，不是本页的 2027 年度/);
    assert.equal((await stored(ws)).applicants[0].posted, undefined);
    await ws.pickPosted('2027-07-19');
    await error.waitFor({ state: 'detached' });
    const saved = (await stored(ws)).applicants[0];
    assert.deepEqual([saved.posted, saved.round], ['2027-07-19', 2027]);
  }, { now: DECEMBER_6_2026 });
});

test('the workspace weighs the seal days as the timeline does', async () => {
  await withBrowser(async ({ page }) => {
    // A provincial unit with the default 2 working days for the seal: files
    // leave Thu 2024-08-01, the seal takes 07-30 and 07-31, the publicity
    // must end by Mon 07-29. Posted Wed 07-24, it ends Wed 07-31: too late.
    const plan = await new TimelinePage(page, server.url).open('?unit=provincial');
    assert.equal(await plan.postBy(), '2024-07-22');
    await store(page, {
      schema: 2,
      timeline: { unit: 'provincial' },
      applicants: [{ id: 'a1', name: '张三', applicant: SENIOR, posted: '2024-07-24', round: 2024 }],
    });
    const ws = await new WorkspacePage(page, server.url).open();
    const row = ws.row('张三');
    await expectText(row.getByTestId('row-risk'), /公示7月31日才结束，晚于7月29日/);
    assert.equal(await row.getAttribute('data-at-risk'), 'true');
    // With no seal days the same posting is in time.
    await plan.open('?unit=provincial&seal=0');
    assert.equal(await plan.postBy(), '2024-07-24');
    await ws.open();
    await row.waitFor();
    assert.equal(await row.getAttribute('data-at-risk'), 'false');
  });
});
