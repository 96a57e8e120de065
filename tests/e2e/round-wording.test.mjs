// What each page says of a round that is not the published 2024 one: a
// user-entered notice's own publicity length and its 非官方 (not 预计) badge,
// a projected round's projected close, a new year that is not saved until
// the user saves it, the unit help that does not settle what the notice
// leaves open, and the latest posting key date on a working day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, serveSite, dateOf, DECEMBER_2026 } from './harness.mjs';

const server = serveSite();

const stored = (page) => page.evaluate(() => localStorage.getItem('pingshen'));

/**
 * A 2027 notice as a user entered it (schema 2, as in
 * crates/pingshen/tests/fixtures/schema-2/document-full.json), whose publicity lasts at least
 * 7 working days instead of the 2024 notice's 5.
 */
const PROFILE_2027_SEVEN_DAYS = {
  year: 2027,
  official: false,
  title: '关于做好2027年全省质量技术监督系列专业技术任职资格评审安排的通知',
  issued: '2027-05-28',
  achievements_cutoff: '2027-07-31',
  seniority_cutoff: '2027-12-31',
  publicity_working_days: 7,
  provincial_window: { first: '2027-08-02', last: '2027-08-03' },
  city_window: { first: '2027-08-09', last: '2027-08-11' },
  place: '省市场监管局1009房间',
  contact: { name: '史阔', phone: '(024)96315-1-5113', tel: 'tel:+862496315,1,5113', fax: '(024)86244536' },
  committee_meeting: { period: { year: 2027, month: 9, part: 'mid' } },
  defense: 'later',
};

/** A provincial 高级工程师 applicant (eligible), so the forms are listed. */
const ELIGIBILITY = {
  applicant: {
    civil_servant: false, in_sector: true, specialty: 'metrology', target: 'senior-engineer',
    unit: 'provincial', education: 'bachelor', current_title: 'engineer', title_date: '2019-12-31',
    patent: null, exceptional: false,
  },
  ticks: [],
  achievements: [],
};

async function seed(page, doc) {
  await page.goto(`${server.url}/?page=years`);
  await page.getByTestId('round').waitFor();
  await page.evaluate((d) => localStorage.setItem('pingshen', JSON.stringify(d)), doc);
}

async function open(page, query) {
  await page.goto(`${server.url}/${query}`);
  await page.getByTestId('round-note').waitFor();
}

const FIVE = /不少于\s*5\s*个工作日|5个工作日的集中公示/;

test('a user-entered 2027 notice of 7 working days says 7 everywhere, never 5, and is badged 非官方, never 预计', async () => {
  await withBrowser(async ({ page }) => {
    await seed(page, { schema: 2, profiles: [PROFILE_2027_SEVEN_DAYS], eligibility: ELIGIBILITY });

    for (const query of ['?unit=provincial', '?unit=city-unit&city_deadline=2027-07-30']) {
      await open(page, query);
      await page.locator('[data-testid="round"][data-year="2027"][data-kind="user"]').waitFor();
      await page.getByTestId('key-date').first().waitFor();
      const body = await page.locator('main').innerText();
      assert.doesNotMatch(body, FIVE, query);
      assert.match(await page.locator('ul.duties').innerText(), /不少于 7 个工作日的集中公示/, query);
      assert.match(await page.locator('ol.steps').innerText(), /集中公示[\s\S]*不少于 7 个工作日/, query);
      const postBy = page.locator('[data-testid="key-date"][data-id="post-by"]');
      assert.match(await postBy.innerText(), /公示不少于 7 个工作日/, query);
      // The notice as the user stated it: unofficial, not projected.
      assert.equal(await page.getByTestId('key-estimated').count(), 0, query);
      assert.ok((await page.getByTestId('key-unofficial').count()) > 0, query);
      assert.match(await postBy.innerText(), /自行填写，非官方/, query);
      const badges = await page.locator('.badge').allInnerTexts();
      assert.ok(!badges.includes('预计'), `${query}: ${badges}`);
    }
    assert.equal(await page.getByTestId('window-badge').innerText(), '自行填写，非官方');

    // The calculator: the lead and the rule, and the days it starts with.
    await open(page, '');
    await page.getByTestId('calc-lead').waitFor();
    assert.match(await page.getByTestId('calc-lead').innerText(), /公示不少于 7 个工作日/);
    assert.equal(await page.getByTestId('days-input').inputValue(), '7');
    assert.doesNotMatch(await page.locator('main').innerText(), FIVE);
    // 6 days is below this round's 7 (and would pass the 2024 notice's 5).
    await page.getByTestId('days-input').fill('6');
    assert.match(await page.getByTestId('days-warning').innerText(), /不少于 7 个工作日，按 6 个工作日公示不符合要求/);

    // The eligibility page: the 公示情况说明's detail, and the cutoffs' badge.
    await open(page, '?page=eligibility');
    await page.getByTestId('cutoffs').waitFor();
    const main = await page.locator('main').innerText();
    assert.match(main, /公示不少于7个工作日/);
    assert.doesNotMatch(main, FIVE);
    assert.equal(await page.getByTestId('cutoffs-badge').innerText(), '自行填写，非官方');
    const badges = await page.locator('.badge').allInnerTexts();
    assert.ok(!badges.includes('预计'), `${badges}`);
  }, { now: DECEMBER_2026 });
});

test('a projected round that has closed is said to have closed as projected, with where to enter its notice', async () => {
  await withBrowser(async ({ page }) => {
    // 2025 is projected from 2024: its city window keeps 3 working days from
    // Thu 2025-08-07: Thu 07, Fri 08, Mon 11 (no day off in August 2025).
    await open(page, '?unit=city&round=2025');
    const over = await page.getByTestId('round-over').innerText();
    assert.match(over, /2025 年度的报卷预计已于 2025年8月11日（周一） 结束/);
    assert.match(over, /「年度数据」页的「粘贴评审安排通知」/);
    assert.doesNotMatch(over, /报卷已于/);
    // The published 2024 round closed as a fact.
    await open(page, '?unit=city&round=2024');
    assert.match(await page.getByTestId('round-over').innerText(), /2024 年度的报卷已于 2024年8月9日（周五） 结束/);
  }, { now: DECEMBER_2026 });
});

test('从预计安排开始填写 opens the editor prefilled and saves nothing until 保存', async () => {
  await withBrowser(async ({ page }) => {
    await page.goto(`${server.url}/?page=years`);
    await page.locator('[data-testid="round"][data-year="2027"][data-kind="projected"]').waitFor();
    const before = await stored(page);
    await page.getByLabel('新建年度').fill('2027');
    await page.getByTestId('new-year-create').click();
    await page.getByTestId('profile-editor').waitFor();
    assert.equal(await stored(page), before, 'nothing saved by opening the editor');
    assert.equal(await page.getByTestId('profile-editor').getAttribute('data-saved'), 'false');
    await page.locator('[data-testid="round"][data-year="2027"][data-kind="projected"]').waitFor();
    // Prefilled from the projection (2027-08-01 is a Sunday: the provincial window opens Mon 08-02) …
    assert.equal(await page.getByLabel('省直单位报卷开始').inputValue(), '2027-08-02');
    // … but the title does not pass for the real notice's, and no issue date is
    // invented (the projection's 2027-05-29 is a Saturday).
    assert.equal(await page.getByLabel('通知标题').inputValue(), '（自行填写）2027年评审安排');
    assert.equal(await page.getByLabel('通知发布日').inputValue(), '');
    await page.getByTestId('profile-save').click();
    assert.match(await page.getByTestId('profile-save-message').innerText(), /未保存.*通知发布日/);
    assert.equal(await stored(page), before, 'a refused save stores nothing');

    await page.getByLabel('通知发布日').fill('2027-05-28');
    await page.getByTestId('profile-save').click();
    assert.match(await page.getByTestId('profile-save-message').innerText(), /已保存/);
    await page.locator('[data-testid="round"][data-year="2027"][data-kind="user"]').waitFor();
    const doc = JSON.parse(await stored(page));
    assert.deepEqual(doc.profiles.map((p) => [p.year, p.issued, p.title]), [[2027, '2027-05-28', '（自行填写）2027年评审安排']]);
    assert.equal(await page.getByTestId('profile-editor').getAttribute('data-saved'), 'true');
  }, { now: DECEMBER_2026 });
});

test('the unit help leaves to the notice\'s contact what the notice does not settle', async () => {
  await withBrowser(async ({ page }) => {
    await page.goto(`${server.url}/?unit=city`);
    await page.getByTestId('unit-city').waitFor();
    // The chosen kind's help, beside the choices.
    const help = await page.getByTestId('unit-explanation').innerText();
    assert.doesNotMatch(help, /也按此窗口/);
    // 「七、时间安排及报卷地点」: 联系人 史阔, 联系电话 (024)96315-1-5113.
    assert.match(help, /通知没有写明，请向通知所列联系人史阔（电话 \(024\)96315-1-5113）确认/);
  });
});

test('the latest posting key date counts down to a working day, not to the Sunday reached backwards', async () => {
  await withBrowser(async ({ page }) => {
    // City bureau, 2 seal days: files leave Wed 2024-08-07, end by Sun 08-04,
    // counted back to Sun 07-28; the last working day to post is Fri 07-26.
    // From Sat 07-20: 6 days, of them 5 working days (Mon 07-22..Fri 07-26).
    await page.goto(`${server.url}/?unit=city&today=2024-07-20`);
    await page.getByTestId('unit-city').waitFor();
    assert.equal(await dateOf(page, 'post-by'), '2024-07-28');
    const key = page.locator('[data-testid="key-date"][data-id="post-by"]');
    assert.match(await key.locator('.key__when').innerText(), /^2024年7月26日/);
    assert.equal(await key.locator('.key__countdown').innerText(), '还有 6 天（其中 5 个工作日）');
    assert.match(await key.innerText(), /2024年7月28日（周日） 不是工作日/);
  });
});
