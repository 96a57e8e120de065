// A unit's files right for every applicant: the route by unit and level,
// time for the seal, 破格 and patents in the workspace, documents that
// follow the selection (issue 「A unit's files right for every applicant」).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, serveSite, screenshot } from './harness.mjs';
import { expectText, expectValue } from './pages/app.mjs';
import { WorkspacePage } from './pages/workspace.mjs';
import { DocumentsPage } from './pages/documents.mjs';
import { TimelinePage } from './pages/timeline.mjs';
import { CalculatorPage } from './pages/calculator.mjs';
import { EligibilityPage } from './pages/eligibility.mjs';
import { YearsPage } from './pages/years.mjs';

const server = serveSite();

const person = (id, name, target, current, unit, extra = {}) => ({
  id, name,
  applicant: {
    civil_servant: false, in_sector: true, specialty: 'quality', target, unit,
    education: 'bachelor', current_title: current, title_date: '2015-06-01', exceptional: false,
  },
  ...extra,
});

/** Stores `doc` (from a page of the app) and opens the page object `Page` at `query`. */
async function openWith(page, doc, Page, query) {
  await new YearsPage(page, server.url).open();
  await page.evaluate((d) => localStorage.setItem('pingshen', JSON.stringify(d)), doc);
  return new Page(page, server.url).open(query);
}

test('a city unit\'s 副高 goes to the city HR department, its 正高 to the province through the city bureau', async () => {
  await withBrowser(async ({ page }) => {
    const doc = {
      schema: 1,
      timeline: { unit: 'city-unit', city_deadline: '2024-07-26' },
      applicants: [
        person('s1', '副高甲', 'senior-engineer', 'engineer', 'city'),
        person('p1', '正高乙', 'professor-engineer', 'senior-engineer', 'county', { unit_name: '某县质监站' }),
      ],
    };
    const ws = await openWith(page, doc, WorkspacePage, '?page=workspace');
    const row = (name) => ws.row(name);
    await row('副高甲').waitFor();
    assert.equal(await row('副高甲').getAttribute('data-route'), 'city-hr');
    assert.equal(await row('正高乙').getAttribute('data-route'), 'province');
    await expectText(row('副高甲').getByTestId('row-route'), /当地人社部门/);
    await expectText(row('副高甲').getByTestId('row-forms'), /以当地人社部门通知为准/);
    // No provincial deadline for the city-HR applicant; the 正高 one follows the city's date (07-26 → post by 07-18).
    assert.equal(await row('副高甲').getByTestId('row-deadline').count(), 0);
    assert.equal(await row('正高乙').getByTestId('row-deadline').getAttribute('datetime'), '2024-07-18');
    await screenshot(page, 'files-routes-workspace');

    const docs = await new DocumentsPage(page, server.url).open();
    await docs.testId('summary-table').waitFor();
    // 附件5 lists only the province-bound applicant, with his own unit.
    const rows = await docs.summaryRows();
    assert.equal(rows.length, 1);
    assert.match(rows[0], /正高乙[\s\S]*某县质监站/);
    assert.deepEqual(await docs.bagForms('p1'), ['form-1', 'form-3', 'form-4']);
    await expectText(page.locator('[data-testid="bag-city-hr"][data-id="s1"]'), /当地人社部门/);
  });
});

test('a 破格 applicant added in the workspace editor gets 附件2 in the bag and 是否破格 是 in 附件5', async () => {
  await withBrowser(async ({ page }) => {
    const ws = await new WorkspacePage(page, server.url).open();
    await ws.addApplicant('破格者');
    await ws.chooseLevel('高级工程师');
    await ws.choose('单位层级', '省直有关部门(单位)');
    await ws.testId('ed-exceptional-yes').check();
    await ws.type('推荐人1（本专业正高级工程师）', '王正高');
    // The patent route, with a date before the title: refused, nothing saved.
    await ws.choose('现有职称', '工程师');
    await ws.type('取得现职称的日期', '2019-06-01');
    await ws.choose('以专利经济效益申报（可选）', '发明专利');
    await ws.type('年创经济效益（万元）', '很多');
    await expectText(page.locator('[data-field="ed-benefit"]'), /年经济效益/);
    await page.getByLabel('年创经济效益（万元）').fill('600');
    await ws.type('专利授权日期', '2018-01-01');
    await expectText(page.locator('[data-field="ed-patent-date"]'), /2018年1月1日不晚于取得现职称的日期2019年6月1日/);
    const applicant = async () => JSON.parse(await ws.stored()).applicants[0].applicant;
    assert.notEqual((await applicant()).patent?.obtained, '2018-01-01', 'an invalid patent date is not saved');
    await ws.type('专利授权日期', '2021-03-01');
    await page.locator('[data-testid="ed-form"][data-form="form-2"]').waitFor();
    const stored = await applicant();
    assert.deepEqual(stored.patent, { kind: 'invention', annual_benefit_yuan: 6000000, obtained: '2021-03-01' });
    assert.deepEqual(stored.recommenders, ['王正高', '']);
    await screenshot(page, 'files-exceptional-editor');
    await ws.done();

    const docs = await new DocumentsPage(page, server.url).open();
    const bag = docs.testId('bag').filter({ hasText: '破格者' });
    await bag.waitFor();
    const forms = await bag.getByTestId('bag-item').evaluateAll((l) => l.map((i) => i.dataset.form));
    assert.deepEqual(forms, ['form-1', 'form-2', 'form-3']);
    assert.match((await docs.summaryRows())[0], /破格者[\s\S]*是/);
  });
});

test('an applicant left out of the documents is in none of them', async () => {
  await withBrowser(async ({ page }) => {
    const doc = {
      schema: 1,
      timeline: { unit: 'provincial' },
      paperwork: { unit_name: '省计量院', place: '一楼', contact: '人事处', posted: '2024-07-10', objections: '', integrity_ok: true, excluded: [] },
      applicants: [
        person('a1', '留下的人', 'engineer', 'assistant-engineer', 'provincial'),
        person('a2', '退出的人', 'engineer', 'assistant-engineer', 'provincial'),
      ],
    };
    const docs = await openWith(page, doc, DocumentsPage, '?page=documents');
    await expectText(docs.notice(), /退出的人/);
    await docs.include('a2', false);
    // Wait for the notice to drop the name: only the selection can do that.
    await expectValue('the notice names 退出的人', async () => (await docs.notice().innerText()).includes('退出的人'), false);
    for (const testid of ['doc-notice', 'doc-report', 'summary-table']) {
      const text = await docs.testId(testid).innerText();
      assert.ok(!text.includes('退出的人'), `${testid} leaves the applicant out`);
      assert.ok(text.includes('留下的人'), `${testid} keeps the other`);
    }
    assert.equal(await docs.bag('a2').count(), 0);
    assert.equal(await docs.bag('a1').count(), 1);
  });
});

test('the 公示情况说明 is a draft, without 无异议, until the publicity has ended', async () => {
  // Posted 2024-07-24: the publicity runs 07-25..07-31. The clock stands at 2024-07-20 by default.
  const doc = {
    schema: 1,
    timeline: { unit: 'provincial', seal_days: 0 },
    paperwork: { unit_name: '省计量院', place: '一楼', contact: '人事处', posted: '2024-07-24', objections: '', integrity_ok: true, excluded: [] },
    applicants: [person('a1', '张三', 'engineer', 'assistant-engineer', 'provincial')],
  };
  await withBrowser(async ({ page }) => {
    const docs = await openWith(page, doc, DocumentsPage, '?page=documents');
    const report = await expectText(docs.report(), /^公示情况说明（草稿/);
    assert.doesNotMatch(report, /无异议/);
  }, { now: '2024-07-31T18:00:00+08:00' });
  await withBrowser(async ({ page }) => {
    const docs = await openWith(page, doc, DocumentsPage, '?page=documents');
    const report = await expectText(docs.report(), /^公示情况说明\n/);
    assert.match(report, /公示期间无异议/);
  }, { now: '2024-08-01T09:00:00+08:00' });
});

test('the plan leaves working days for the seal, editable, 0 with a warning', async () => {
  await withBrowser(async ({ page }) => {
    const plan = await new TimelinePage(page, server.url).open('?unit=provincial');
    await plan.testId('seal-first').waitFor();
    // Files leave Thu 08-01; seal Tue 07-30..Wed 07-31; end by Mon 07-29 → post by Mon 07-22.
    assert.equal(await plan.dateOf('seal-first'), '2024-07-30');
    assert.equal(await plan.dateOf('seal-last'), '2024-07-31');
    assert.equal(await plan.dateOf('publicity-end-by'), '2024-07-29');
    assert.equal(await plan.postByWorkday(), '2024-07-22');
    assert.equal(await plan.keyDate('seal').count(), 1);
    // The headline is a working day; the calendar latest sits in the facts.
    assert.equal(await page.locator('.answer__value [data-testid="post-by-workday"]').count(), 1);
    await plan.sealDays(0);
    await plan.testId('seal-none').waitFor();
    await plan.expectDate('post-by-workday', '2024-07-24');
    assert.match(page.url(), /seal=0/);
    await plan.sealDays(31);
    await expectText(plan.inputError(), /0 到 30/);
    // A bad value is not saved: a reload of the plain timeline keeps 0.
    await plan.open();
    await plan.testId('seal-none').waitFor();
    await screenshot(page, 'files-seal-zero');
  });
});

test('results resting on the user\'s holiday data are labelled 非官方, and single days stay an estimate', async () => {
  await withBrowser(async ({ page }) => {
    const years = await new YearsPage(page, server.url).open();
    await years.holidayYears().first().waitFor();
    // One day off added by hand for 2028, a year without a schedule.
    await years.addDay({ date: '2028-01-03', name: '单位自定' }, /已添加/);
    await expectText(years.holidayYear(2028), /单日/);
    // Posted Fri 2027-12-31 (2027: no data, Mon–Fri): 01-03 is off by the user's day,
    // so 01-04, 05, 06, 07, 10 → ends Mon 2028-01-10.
    const calc = await new CalculatorPage(page, server.url).open('?posted=2027-12-31&days=5');
    assert.equal(await calc.publicityEnd(), '2028-01-10');
    await expectText(calc.testId('user-data-note'), /2028 年自行添加的单日（非官方/);
    // A few days are not the year: the estimate warning stays.
    await expectText(calc.dataWarning(), /2028 年/);
  });
});

test('an achievement dated after the posting day is flagged as never publicised', async () => {
  await withBrowser(async ({ page }) => {
    const check = await new EligibilityPage(page, server.url).open();
    await check.achievementsPostedOn('2024-07-24');
    for (const [name, date] of [['早的论文', '2024-07-01'], ['晚的论文', '2024-07-28']]) {
      await check.addAchievement({ name, date });
      await check.achievement(name).waitFor();
    }
    await expectText(check.achievement('晚的论文').getByTestId('ach-unpublicised'), /晚于公示张贴日 2024年7月24日/);
    assert.equal(await check.achievement('早的论文').getByTestId('ach-unpublicised').count(), 0);
    // The fraud rule is in front of every applicant (「五、相关政策规定」4).
    await expectText(check.testId('fraud-rule'), /取消当年和以后 2 年的申报资格，并记入诚信档案[\s\S]*「五、相关政策规定」4/);
  });
});
