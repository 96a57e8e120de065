// What each page says of a round that is not the published 2024 one: a
// user-entered notice's own publicity length and its 非官方 (not 预计) badge,
// a projected round's projected close, a new year that is not saved until
// the user saves it, the unit help that does not settle what the notice
// leaves open, and the latest posting key date on a working day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, serveSite, DECEMBER_2026 } from './harness.mjs';
import { expectText } from './pages/app.mjs';
import { TimelinePage } from './pages/timeline.mjs';
import { CalculatorPage } from './pages/calculator.mjs';
import { EligibilityPage } from './pages/eligibility.mjs';
import { YearsPage } from './pages/years.mjs';

const server = serveSite();

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

/** Puts `doc` in the browser's storage (from the years page, the app up). */
async function seed(page, doc) {
  await new YearsPage(page, server.url).open();
  await page.evaluate((d) => localStorage.setItem('pingshen', JSON.stringify(d)), doc);
}

const FIVE = /不少于\s*5\s*个工作日|5个工作日的集中公示/;

/** The page's main text. */
const mainText = (page) => page.locator('main').innerText();

test('a user-entered 2027 notice of 7 working days says 7 everywhere, never 5, and is badged 非官方, never 预计', async () => {
  await withBrowser(async ({ page }) => {
    await seed(page, { schema: 2, profiles: [PROFILE_2027_SEVEN_DAYS], eligibility: ELIGIBILITY });

    const plan = new TimelinePage(page, server.url);
    for (const query of ['?unit=provincial', '?unit=city-unit&city_deadline=2027-07-30']) {
      await plan.open(query);
      await plan.expectRound({ year: '2027', kind: 'user' });
      await plan.testId('key-date').first().waitFor();
      assert.doesNotMatch(await mainText(page), FIVE, query);
      await expectText(page.locator('ul.duties'), /不少于 7 个工作日的集中公示/, { message: query });
      await expectText(page.locator('ol.steps'), /集中公示[\s\S]*不少于 7 个工作日/, { message: query });
      await expectText(plan.keyDate('post-by'), /公示不少于 7 个工作日/, { message: query });
      // The notice as the user stated it: unofficial, not projected.
      assert.equal(await plan.testId('key-estimated').count(), 0, query);
      assert.ok((await plan.testId('key-unofficial').count()) > 0, query);
      await expectText(plan.keyDate('post-by'), /自行填写，非官方/, { message: query });
      const badges = await page.locator('.badge').allInnerTexts();
      assert.ok(!badges.includes('预计'), `${query}: ${badges}`);
    }
    await expectText(plan.testId('window-badge'), /^自行填写，非官方$/);

    // The calculator: the lead and the rule, and the days it starts with.
    const calc = await new CalculatorPage(page, server.url).open();
    await expectText(calc.testId('calc-lead'), /公示不少于 7 个工作日/);
    assert.equal(await calc.daysValue(), '7');
    assert.doesNotMatch(await mainText(page), FIVE);
    // 6 days is below this round's 7 (and would pass the 2024 notice's 5).
    await calc.days(6);
    await expectText(calc.daysWarning(), /不少于 7 个工作日，按 6 个工作日公示不符合要求/);

    // The eligibility page: the 公示情况说明's detail, and the cutoffs' badge.
    const check = await new EligibilityPage(page, server.url).open();
    await check.testId('cutoffs').waitFor();
    await expectText(page.locator('main'), /公示不少于7个工作日/);
    assert.doesNotMatch(await mainText(page), FIVE);
    await expectText(check.testId('cutoffs-badge'), /^自行填写，非官方$/);
    const badges = await page.locator('.badge').allInnerTexts();
    assert.ok(!badges.includes('预计'), `${badges}`);
  }, { now: DECEMBER_2026 });
});

test('a projected round that has closed is said to have closed as projected, with where to enter its notice', async () => {
  await withBrowser(async ({ page }) => {
    // 2025 is projected from 2024: its city window keeps 3 working days from
    // Thu 2025-08-07: Thu 07, Fri 08, Mon 11 (no day off in August 2025).
    const plan = await new TimelinePage(page, server.url).open('?unit=city&round=2025');
    const over = await expectText(plan.roundOver(), /2025 年度的报卷预计已于 2025年8月11日（周一） 结束/);
    assert.match(over, /「年度数据」页的「粘贴评审安排通知」/);
    assert.doesNotMatch(over, /报卷已于/);
    // The published 2024 round closed as a fact.
    await plan.open('?unit=city&round=2024');
    await expectText(plan.roundOver(), /2024 年度的报卷已于 2024年8月9日（周五） 结束/);
  }, { now: DECEMBER_2026 });
});

test('从预计安排开始填写 opens the editor prefilled and saves nothing until 保存', async () => {
  await withBrowser(async ({ page }) => {
    const years = await new YearsPage(page, server.url).open();
    await years.expectRound({ year: '2027', kind: 'projected' });
    const before = await years.stored();
    await years.createYear(2027);
    assert.equal(await years.stored(), before, 'nothing saved by opening the editor');
    assert.equal(await years.testId('profile-editor').getAttribute('data-saved'), 'false');
    assert.deepEqual(await years.round(), { year: '2027', kind: 'projected' });
    // Prefilled from the projection (2027-08-01 is a Sunday: the provincial window opens Mon 08-02) …
    assert.equal(await years.profileValue('省直单位报卷开始'), '2027-08-02');
    // … but the title does not pass for the real notice's, and no issue date is
    // invented (the projection's 2027-05-29 is a Saturday).
    assert.equal(await years.profileValue('通知标题'), '（自行填写）2027年评审安排');
    assert.equal(await years.profileValue('通知发布日'), '');
    await years.saveProfile(/未保存.*通知发布日/);
    assert.equal(await years.stored(), before, 'a refused save stores nothing');

    await years.fillProfile('通知发布日', '2027-05-28');
    await years.saveProfile(/已保存/);
    await years.expectRound({ year: '2027', kind: 'user' });
    const doc = JSON.parse(await years.stored());
    assert.deepEqual(doc.profiles.map((p) => [p.year, p.issued, p.title]), [[2027, '2027-05-28', '（自行填写）2027年评审安排']]);
    assert.equal(await years.testId('profile-editor').getAttribute('data-saved'), 'true');
  }, { now: DECEMBER_2026 });
});

test('the unit help leaves to the notice\'s contact what the notice does not settle', async () => {
  await withBrowser(async ({ page }) => {
    const plan = await new TimelinePage(page, server.url).open('?unit=city');
    // The chosen kind's help, beside the choices.
    // 「七、时间安排及报卷地点」: 联系人 史阔, 联系电话 (024)96315-1-5113.
    const help = await expectText(plan.unitExplanation(), /通知没有写明，请向通知所列联系人史阔（电话 \(024\)96315-1-5113）确认/);
    assert.doesNotMatch(help, /也按此窗口/);
  });
});

test('the latest posting key date counts down to a working day, not to the Sunday reached backwards', async () => {
  await withBrowser(async ({ page }) => {
    // City bureau, 2 seal days: files leave Wed 2024-08-07, end by Sun 08-04,
    // counted back to Sun 07-28; the last working day to post is Fri 07-26.
    // From Sat 07-20: 6 days, of them 5 working days (Mon 07-22..Fri 07-26).
    const plan = await new TimelinePage(page, server.url).open('?unit=city&today=2024-07-20');
    assert.equal(await plan.postBy(), '2024-07-28');
    const key = plan.keyDate('post-by');
    await expectText(key.locator('.key__when'), /^2024年7月26日/);
    await expectText(key.locator('.key__countdown'), /^还有 6 天（其中 5 个工作日）$/);
    await expectText(key, /2024年7月28日（周日） 不是工作日/);
  });
});
