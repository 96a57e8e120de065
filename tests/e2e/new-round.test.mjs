// A unit's work belongs to its round: last round's publicity, ticks and
// dates never count for the next; 开始 YYYY 年度 moves them into history;
// a date of another round is refused where it enters; the workspace and
// the timeline judge a posting against one plan (seal days included).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, serveSite, screenshot, PHONE } from './harness.mjs';

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

async function store(page, document) {
  await page.goto(`${server.url}/?page=years`);
  await page.evaluate((text) => localStorage.setItem('pingshen', text), JSON.stringify(document));
}

const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('pingshen')));
const rows = (page) => page.getByTestId('applicant-row');

test('on 2026-12-06 a unit\'s 2026 list is last round\'s: not posted, not ready, until 开始 2027 年度 (which can be undone)', async () => {
  await withBrowser(async ({ page }) => {
    await store(page, UNIT_2026_SCHEMA_1);
    await page.goto(`${server.url}/?page=workspace`);
    await page.locator('[data-testid="applicant-row"][data-status="previous-round"]').first().waitFor();
    assert.equal(await page.getByTestId('round').getAttribute('data-year'), '2027');
    // Both rows are last round's; nothing counts as posted or ready for 2027.
    assert.deepEqual(await rows(page).evaluateAll((rs) => rs.map((r) => r.dataset.status)), ['previous-round', 'previous-round']);
    const zhang = rows(page).filter({ hasText: '张三' });
    // Posted Mon 2026-07-20: 21, 22, 23, 24, 27 → ended Mon 07-27.
    assert.match(await zhang.getByTestId('row-publicity').innerText(), /^2026 年度：公示已于2026年7月27日结束/);
    assert.match(await zhang.getByTestId('row-forms').innerText(), /材料 0\/4/);
    assert.equal(await page.getByTestId('summary-ready').innerText(), '0');
    assert.match(await zhang.getByTestId('row-deadline').locator('xpath=..').innerText(), /最晚张贴公示/);
    // The chat summary follows the same rule, and names the round.
    await page.getByTestId('copy-summary').click();
    const chat = await page.getByTestId('chat-text').inputValue();
    assert.match(chat, /2027 年度职称申报进度/);
    assert.match(chat, /材料齐备 0 人/);
    assert.match(chat, /2026 年度：公示已于2026年7月27日结束（不计入本年度）/);
    // The upgrade wrote schema 2 at once and kept the old text.
    const upgraded = await stored(page);
    assert.equal(upgraded.schema, 2);
    assert.deepEqual(upgraded.applicants.map((a) => a.round), [2026, 2026]);
    assert.equal(upgraded.paperwork.round, 2026);
    assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('pingshen.before-schema-2'))).schema, 1);
    await page.setViewportSize(PHONE);
    await screenshot(page, 'new-round-before-start');

    // The documents follow too: last round's posting day is not this round's.
    await page.goto(`${server.url}/?page=documents`);
    await page.getByTestId('doc-round-note').waitFor();
    assert.match(await page.getByTestId('doc-round-note').innerText(), /属于 2026 年度，不计入 2027 年度/);
    assert.equal(await page.getByTestId('doc-posted').isDisabled(), true);
    assert.match(await page.getByTestId('docs-missing').innerText(), /请先填写公示张贴日期/);

    // Record last round's outcome: 张三 passed.
    await page.goto(`${server.url}/?page=workspace`);
    await page.locator('[data-testid="applicant-list"] > li').filter({ hasText: '张三' }).getByTestId('edit').click();
    await page.getByTestId('ed-round-note').waitFor();
    assert.equal(await page.getByTestId('ed-posted').isDisabled(), true);
    await page.getByTestId('ed-outcome').selectOption('passed');
    await page.getByTestId('editor-done').click();
    assert.match(await page.getByTestId('new-round-passed').innerText(), /张三（2026 年度高级工程师通过）/);

    await page.getByTestId('start-round').click();
    await page.getByTestId('round-started').waitFor();
    assert.match(await page.getByTestId('round-started').innerText(), /已开始 2027 年度/);
    // 李四 is carried into 2027 with nothing posted; 张三 is kept in history.
    assert.deepEqual(await rows(page).evaluateAll((rs) => rs.map((r) => r.dataset.status)), ['not-posted']);
    const li = rows(page).filter({ hasText: '李四' });
    assert.match(await li.getByTestId('row-history').innerText(), /2026 年度：高级工程师，2026年7月21日张贴公示，材料勾选 4 项/);
    assert.match(await page.getByTestId('past-applicants').innerText(), /张三[\s\S]*2026 年度[\s\S]*结果：通过/);
    assert.equal(await page.getByTestId('start-round').count(), 0);
    const after = await stored(page);
    assert.equal(after.applicants.length, 1);
    assert.equal(after.past_applicants[0].name, '张三');
    assert.equal(after.applicants[0].history[0].posted, '2026-07-21');
    assert.equal(after.paperwork.history[0].posted, '2026-07-20');
    assert.equal(after.paperwork.unit_name, '辽宁省计量科学研究院');
    await screenshot(page, 'new-round-after-start');

    // Undone: everything as it was before the click.
    await page.getByTestId('start-round-undo').click();
    await page.locator('[data-testid="applicant-row"][data-status="previous-round"]').nth(1).waitFor();
    const undone = await stored(page);
    assert.deepEqual(undone.applicants.map((a) => [a.name, a.posted, a.ticks.length]), [['张三', '2026-07-20', 4], ['李四', '2026-07-21', 4]]);
    assert.equal(undone.past_applicants, undefined);
  }, { now: DECEMBER_6_2026 });
});

test('a link with last round\'s city_deadline is refused, naming the round, and nothing is saved', async () => {
  await withBrowser(async ({ page }) => {
    await page.goto(`${server.url}/?unit=city-unit&city_deadline=2026-07-24`);
    const error = page.getByTestId('input-error');
    await error.waitFor();
    assert.match(await error.innerText(), /市局收件日期2026年7月24日（周五）属于 2026 年度，不是本页的 2027 年度/);
    assert.equal(await page.getByTestId('post-by').count(), 0, 'nothing is planned on it');
    assert.equal(await page.evaluate(() => localStorage.getItem('pingshen')), null);
    // A date of this round is taken, and saved with its round.
    await page.getByTestId('city-deadline-input').fill('2027-07-23');
    await page.getByTestId('city-deadline-input').dispatchEvent('change');
    await page.getByTestId('post-by').waitFor();
    const saved = await stored(page);
    assert.deepEqual(saved.timeline, { unit: 'city-unit', city_deadline: '2027-07-23', round: 2027 });
    // Typed, a date of last round is refused the same way and the saved one stays.
    await page.getByTestId('city-deadline-input').fill('2026-07-24');
    await page.getByTestId('city-deadline-input').dispatchEvent('change');
    await page.getByTestId('input-error').filter({ hasText: '属于 2026 年度' }).waitFor();
    assert.deepEqual((await stored(page)).timeline, saved.timeline);
    // Another unit kind does not plan on the city's date, and never saves last round's.
    await page.getByTestId('unit-city').check();
    await page.getByTestId('post-by').waitFor();
    assert.deepEqual((await stored(page)).timeline, { unit: 'city' });
  }, { now: DECEMBER_6_2026 });
});

test('开始 YYYY 年度 is not offered for a round still to come', async () => {
  await withBrowser(async ({ page }) => {
    await store(page, UNIT_2026_SCHEMA_1);
    await page.goto(`${server.url}/?page=workspace&round=2028`);
    await page.locator('[data-testid="round"][data-year="2028"]').waitFor();
    await page.locator('[data-testid="applicant-row"][data-status="previous-round"]').first().waitFor();
    assert.equal(await page.getByTestId('start-round').count(), 0);
    // In the round in force it is offered.
    await page.goto(`${server.url}/?page=workspace`);
    await page.getByTestId('start-round').waitFor();
  }, { now: DECEMBER_6_2026 });
});

test('a city date stored last round is shown as that round\'s and never planned on', async () => {
  await withBrowser(async ({ page }) => {
    await store(page, { schema: 1, timeline: { unit: 'city-unit', city_deadline: '2026-07-24' } });
    await page.goto(`${server.url}/?page=timeline`);
    await page.getByTestId('timeline-round-note').waitFor();
    assert.match(await page.getByTestId('timeline-round-note').innerText(), /市局收件日期 2026年7月24日（周五）属于 2026 年度，不用于 2027 年度的计划/);
    assert.match(await page.getByTestId('plan-missing').innerText(), /请填写市局规定的收件日期/);
    // The workspace does not plan on it either: no one is at risk for a 2026 date.
    await store(page, {
      schema: 2,
      timeline: { unit: 'city-unit', city_deadline: '2026-07-24', round: 2026 },
      applicants: [{ id: 'a1', name: '王五', applicant: { ...SENIOR, unit: 'city', target: 'professor-engineer', current_title: 'senior-engineer', title_date: '2018-06-30' } }],
    });
    await page.goto(`${server.url}/?page=workspace`);
    const row = rows(page).first();
    await row.waitFor();
    assert.equal(await row.getAttribute('data-at-risk'), 'false');
    assert.equal(await row.getByTestId('row-deadline').count(), 0);
  }, { now: DECEMBER_6_2026 });
});

test('a posting day of another round is refused in the editor, and nothing is saved', async () => {
  await withBrowser(async ({ page }) => {
    await page.goto(`${server.url}/?page=workspace`);
    await page.getByLabel('新增申报人（姓名）').fill('赵六');
    await page.getByTestId('add-applicant').click();
    await page.getByTestId('ed-posted').fill('2026-07-20');
    await page.getByTestId('ed-posted').dispatchEvent('change');
    const error = page.locator('[data-testid="field-error"][data-field="ed-posted"]');
    await error.waitFor();
    assert.match(await error.innerText(), /属于 2026 年度，不是本页的 2027 年度/);
    assert.equal((await stored(page)).applicants[0].posted, undefined);
    await page.getByTestId('ed-posted').fill('2027-07-19');
    await page.getByTestId('ed-posted').dispatchEvent('change');
    await error.waitFor({ state: 'detached' });
    const saved = (await stored(page)).applicants[0];
    assert.deepEqual([saved.posted, saved.round], ['2027-07-19', 2027]);
  }, { now: DECEMBER_6_2026 });
});

test('the workspace weighs the seal days as the timeline does', async () => {
  await withBrowser(async ({ page }) => {
    // A provincial unit with the default 2 working days for the seal: files
    // leave Thu 2024-08-01, the seal takes 07-30 and 07-31, the publicity
    // must end by Mon 07-29. Posted Wed 07-24, it ends Wed 07-31: too late.
    await page.goto(`${server.url}/?unit=provincial`);
    assert.equal(await page.getByTestId('post-by').getAttribute('datetime'), '2024-07-22');
    await store(page, {
      schema: 2,
      timeline: { unit: 'provincial' },
      applicants: [{ id: 'a1', name: '张三', applicant: SENIOR, posted: '2024-07-24', round: 2024 }],
    });
    await page.goto(`${server.url}/?page=workspace`);
    const row = rows(page).first();
    await row.getByTestId('row-risk').waitFor();
    assert.equal(await row.getAttribute('data-at-risk'), 'true');
    assert.match(await row.getByTestId('row-risk').innerText(), /公示7月31日才结束，晚于7月29日/);
    // With no seal days the same posting is in time.
    await page.goto(`${server.url}/?unit=provincial&seal=0`);
    await page.getByTestId('post-by').filter({ hasText: '7月24日' }).waitFor();
    await page.goto(`${server.url}/?page=workspace`);
    await rows(page).first().waitFor();
    assert.equal(await rows(page).first().getAttribute('data-at-risk'), 'false');
  });
});
