// A unit's files right for every applicant: the route by unit and level,
// time for the seal, 破格 and patents in the workspace, documents that
// follow the selection (issue 「A unit's files right for every applicant」).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, serveSite, dateOf, screenshot } from './harness.mjs';

const server = serveSite();

const person = (id, name, target, current, unit, extra = {}) => ({
  id, name,
  applicant: {
    civil_servant: false, in_sector: true, specialty: 'quality', target, unit,
    education: 'bachelor', current_title: current, title_date: '2015-06-01', exceptional: false,
  },
  ...extra,
});

/** Stores `doc` and opens `query`, waiting for `ready`. */
async function openWith(page, doc, query, ready) {
  await page.goto(`${server.url}/?page=years`);
  await page.evaluate((d) => localStorage.setItem('pingshen', JSON.stringify(d)), doc);
  await page.goto(`${server.url}/${query}`);
  await page.getByTestId(ready).first().waitFor();
}

const bagForms = (page, id) =>
  page.locator(`[data-testid="bag"][data-id="${id}"] [data-testid="bag-item"]`).evaluateAll((l) => l.map((i) => i.dataset.form));

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
    await openWith(page, doc, '?page=workspace', 'applicant-row');
    const row = (name) => page.getByTestId('applicant-row').filter({ hasText: name });
    assert.equal(await row('副高甲').getAttribute('data-route'), 'city-hr');
    assert.equal(await row('正高乙').getAttribute('data-route'), 'province');
    assert.match(await row('副高甲').getByTestId('row-route').innerText(), /当地人社部门/);
    assert.match(await row('副高甲').getByTestId('row-forms').innerText(), /以当地人社部门通知为准/);
    // No provincial deadline for the city-HR applicant; the 正高 one follows the city's date (07-26 → post by 07-18).
    assert.equal(await row('副高甲').getByTestId('row-deadline').count(), 0);
    assert.equal(await row('正高乙').getByTestId('row-deadline').getAttribute('datetime'), '2024-07-18');
    await screenshot(page, 'files-routes-workspace');

    await page.goto(`${server.url}/?page=documents`);
    await page.getByTestId('summary-table').waitFor();
    // 附件5 lists only the province-bound applicant, with his own unit.
    const rows = await page.locator('[data-testid="summary-table"] tbody tr').allInnerTexts();
    assert.equal(rows.length, 1);
    assert.match(rows[0], /正高乙[\s\S]*某县质监站/);
    assert.deepEqual(await bagForms(page, 'p1'), ['form-1', 'form-3', 'form-4']);
    assert.match(await page.locator('[data-testid="bag-city-hr"][data-id="s1"]').innerText(), /当地人社部门/);
  });
});

test('a 破格 applicant added in the workspace editor gets 附件2 in the bag and 是否破格 是 in 附件5', async () => {
  await withBrowser(async ({ page }) => {
    await page.goto(`${server.url}/?page=workspace`);
    await page.getByLabel('新增申报人（姓名）').fill('破格者');
    await page.getByTestId('add-applicant').click();
    await page.getByTestId('editor').waitFor();
    await page.getByLabel('申报级别').selectOption({ label: '高级工程师' });
    await page.getByLabel('单位层级').selectOption({ label: '省直有关部门(单位)' });
    await page.getByTestId('ed-exceptional-yes').check();
    await page.getByLabel('推荐人1（本专业正高级工程师）').fill('王正高');
    await page.getByLabel('推荐人1（本专业正高级工程师）').blur();
    // The patent route, with a date before the title: refused, nothing saved.
    await page.getByLabel('现有职称').selectOption({ label: '工程师' });
    await page.getByLabel('取得现职称的日期').fill('2019-06-01');
    await page.getByLabel('取得现职称的日期').blur();
    await page.getByLabel('以专利经济效益申报（可选）').selectOption({ label: '发明专利' });
    await page.getByLabel('年创经济效益（万元）').fill('很多');
    await page.getByLabel('年创经济效益（万元）').blur();
    assert.match(await page.locator('[data-field="ed-benefit"]').innerText(), /年经济效益/);
    await page.getByLabel('年创经济效益（万元）').fill('600');
    await page.getByLabel('专利授权日期').fill('2018-01-01');
    await page.getByLabel('专利授权日期').blur();
    assert.match(await page.locator('[data-field="ed-patent-date"]').innerText(), /2018年1月1日不晚于取得现职称的日期2019年6月1日/);
    let stored = await page.evaluate(() => JSON.parse(localStorage.getItem('pingshen')).applicants[0].applicant);
    assert.notEqual(stored.patent?.obtained, '2018-01-01', 'an invalid patent date is not saved');
    await page.getByLabel('专利授权日期').fill('2021-03-01');
    await page.getByLabel('专利授权日期').blur();
    await page.locator('[data-testid="ed-form"][data-form="form-2"]').waitFor();
    stored = await page.evaluate(() => JSON.parse(localStorage.getItem('pingshen')).applicants[0].applicant);
    assert.deepEqual(stored.patent, { kind: 'invention', annual_benefit_yuan: 6000000, obtained: '2021-03-01' });
    assert.deepEqual(stored.recommenders, ['王正高', '']);
    await screenshot(page, 'files-exceptional-editor');
    await page.getByTestId('editor-done').click();

    await page.goto(`${server.url}/?page=documents`);
    const bag = page.getByTestId('bag').filter({ hasText: '破格者' });
    await bag.waitFor();
    const forms = await bag.getByTestId('bag-item').evaluateAll((l) => l.map((i) => i.dataset.form));
    assert.deepEqual(forms, ['form-1', 'form-2', 'form-3']);
    assert.match(await page.locator('[data-testid="summary-table"] tbody tr').first().innerText(), /破格者[\s\S]*是/);
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
    await openWith(page, doc, '?page=documents', 'doc-notice');
    assert.match(await page.getByTestId('doc-notice').innerText(), /退出的人/);
    await page.locator('[data-testid="doc-include"][data-id="a2"]').uncheck();
    // Wait for the notice to drop the name: only the selection can do that.
    await page.waitForFunction(() => !document.querySelector('[data-testid="doc-notice"]').innerText.includes('退出的人'));
    for (const testid of ['doc-notice', 'doc-report', 'summary-table']) {
      const text = await page.getByTestId(testid).innerText();
      assert.ok(!text.includes('退出的人'), `${testid} leaves the applicant out`);
      assert.ok(text.includes('留下的人'), `${testid} keeps the other`);
    }
    assert.equal(await page.locator('[data-testid="bag"][data-id="a2"]').count(), 0);
    assert.equal(await page.locator('[data-testid="bag"][data-id="a1"]').count(), 1);
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
    await openWith(page, doc, '?page=documents', 'doc-report');
    const report = await page.getByTestId('doc-report').innerText();
    assert.match(report, /^公示情况说明（草稿/);
    assert.doesNotMatch(report, /无异议/);
  }, { now: '2024-07-31T18:00:00+08:00' });
  await withBrowser(async ({ page }) => {
    await openWith(page, doc, '?page=documents', 'doc-report');
    const report = await page.getByTestId('doc-report').innerText();
    assert.match(report, /^公示情况说明\n/);
    assert.match(report, /公示期间无异议/);
  }, { now: '2024-08-01T09:00:00+08:00' });
});

test('the plan leaves working days for the seal, editable, 0 with a warning', async () => {
  await withBrowser(async ({ page }) => {
    await page.goto(`${server.url}/?unit=provincial`);
    await page.getByTestId('seal-first').waitFor();
    // Files leave Thu 08-01; seal Tue 07-30..Wed 07-31; end by Mon 07-29 → post by Mon 07-22.
    assert.equal(await dateOf(page, 'seal-first'), '2024-07-30');
    assert.equal(await dateOf(page, 'seal-last'), '2024-07-31');
    assert.equal(await dateOf(page, 'publicity-end-by'), '2024-07-29');
    assert.equal(await dateOf(page, 'post-by-workday'), '2024-07-22');
    assert.equal(await page.locator('[data-testid="key-date"][data-id="seal"]').count(), 1);
    // The headline is a working day; the calendar latest sits in the facts.
    assert.equal(await page.locator('.answer__value [data-testid="post-by-workday"]').count(), 1);
    await page.getByLabel('公示结束后留给盖章/审核的工作日').fill('0');
    await page.getByTestId('seal-none').waitFor();
    assert.equal(await dateOf(page, 'post-by-workday'), '2024-07-24');
    assert.match(page.url(), /seal=0/);
    await page.getByLabel('公示结束后留给盖章/审核的工作日').fill('31');
    assert.match(await page.getByTestId('input-error').innerText(), /0 到 30/);
    // A bad value is not saved: a reload of the plain timeline keeps 0.
    await page.goto(`${server.url}/?page=timeline`);
    await page.getByTestId('seal-none').waitFor();
    await screenshot(page, 'files-seal-zero');
  });
});

test('results resting on the user\'s holiday data are labelled 非官方, and single days stay an estimate', async () => {
  await withBrowser(async ({ page }) => {
    await page.goto(`${server.url}/?page=years`);
    await page.getByTestId('holiday-year').first().waitFor();
    // One day off added by hand for 2028, a year without a schedule.
    await page.getByLabel('日期', { exact: true }).fill('2028-01-03');
    await page.getByLabel('节日名称').fill('单位自定');
    await page.getByTestId('day-add').click();
    await page.locator('[data-testid="holiday-year"][data-year="2028"]').waitFor();
    assert.match(await page.locator('[data-testid="holiday-year"][data-year="2028"]').innerText(), /单日/);
    // Posted Fri 2027-12-31 (2027: no data, Mon–Fri): 01-03 is off by the user's day,
    // so 01-04, 05, 06, 07, 10 → ends Mon 2028-01-10.
    await page.goto(`${server.url}/?posted=2027-12-31&days=5`);
    await page.getByTestId('user-data-note').waitFor();
    assert.equal(await dateOf(page, 'publicity-end'), '2028-01-10');
    assert.match(await page.getByTestId('user-data-note').innerText(), /2028 年自行添加的单日（非官方/);
    // A few days are not the year: the estimate warning stays.
    assert.match(await page.getByTestId('data-warning').innerText(), /2028 年/);
  });
});

test('an achievement dated after the posting day is flagged as never publicised', async () => {
  await withBrowser(async ({ page }) => {
    await page.goto(`${server.url}/?page=eligibility`);
    await page.getByTestId('ach-posted').waitFor();
    await page.getByTestId('ach-posted').fill('2024-07-24');
    await page.getByTestId('ach-posted').blur();
    for (const [name, date] of [['早的论文', '2024-07-01'], ['晚的论文', '2024-07-28']]) {
      await page.getByLabel('名称', { exact: true }).fill(name);
      await page.getByLabel('取得日期', { exact: true }).fill(date);
      await page.getByTestId('ach-add').click();
      await page.getByTestId('achievement').filter({ hasText: name }).waitFor();
    }
    const late = page.getByTestId('achievement').filter({ hasText: '晚的论文' });
    assert.match(await late.getByTestId('ach-unpublicised').innerText(), /晚于公示张贴日 2024年7月24日/);
    assert.equal(await page.getByTestId('achievement').filter({ hasText: '早的论文' }).getByTestId('ach-unpublicised').count(), 0);
    // The fraud rule is in front of every applicant (「五、相关政策规定」4).
    assert.match(await page.getByTestId('fraud-rule').innerText(), /取消当年和以后 2 年的申报资格，并记入诚信档案[\s\S]*「五、相关政策规定」4/);
  });
});
