// The eligibility self-check, filled in by label as a person would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { serveSite, openBrowser, screenshot } from './harness.mjs';

const server = serveSite();

async function withPage(body) {
  const browser = await openBrowser();
  try {
    await browser.page.goto(`${server.url}/?page=eligibility`);
    await browser.page.getByText('你是公务员吗？').waitFor();
    await body(browser.page);
    assert.deepEqual(browser.problems, [], 'no page or console errors');
  } finally {
    await browser.close();
  }
}

const verdict = (page) => page.getByTestId('verdict').getAttribute('data-verdict');
const finding = (page, rule) => page.locator(`[data-testid="finding"][data-rule="${rule}"]`);
const forms = (page) =>
  page.getByTestId('form-item').evaluateAll((items) => items.map((i) => i.dataset.form));

/** Answers the questions a person sees, in order, by their labels. */
async function answer(page, a) {
  const yesNo = async (name, value) => page.getByTestId(`${name}-${value ? 'yes' : 'no'}`).check();
  await yesNo('civil', a.civilServant);
  if (a.civilServant) return;
  await yesNo('sector', true);
  await page.getByLabel('申报专业').selectOption({ label: a.specialty });
  await page.getByLabel('申报级别').selectOption({ label: a.target });
  await page.getByLabel('所在单位层级').selectOption({ label: a.unit });
  await page.getByLabel('最高学历').selectOption({ label: a.education });
  await page.getByLabel('现有职称').selectOption({ label: a.title });
  await page.getByLabel('取得现职称的日期').fill(a.titleDate);
  if (a.patent) {
    await page.getByLabel('以专利经济效益申报（可选）').selectOption({ label: a.patent });
    await page.getByLabel('年创经济效益（万元）').fill(a.benefitWan);
  }
}

test('a civil servant is told at once that they cannot apply', async () => {
  await withPage(async (page) => {
    await answer(page, { civilServant: true });
    assert.equal(await verdict(page), 'ineligible');
    assert.equal(await finding(page, 'civil-servant').getAttribute('data-outcome'), 'fail');
    assert.match(await finding(page, 'civil-servant').innerText(), /公务员/);
    // The clause is one tap away.
    await finding(page, 'civil-servant').locator('summary').click();
    assert.match(await finding(page, 'civil-servant').innerText(), /「五、相关政策规定」5/);
    assert.equal(await page.getByLabel('申报专业').count(), 0, 'no further questions');
    await page.reload();
    await page.getByTestId('verdict').waitFor();
    assert.equal(await verdict(page), 'ineligible');
  });
});

test('a provincial-unit 高级工程师 with 5 full years is eligible, with defense and forms', async () => {
  await withPage(async (page) => {
    await answer(page, {
      civilServant: false, specialty: '计量', target: '高级工程师', unit: '省直有关部门(单位)',
      education: '本科', title: '工程师', titleDate: '2019-12-31',
    });
    assert.equal(await verdict(page), 'eligible');
    assert.equal(await finding(page, 'seniority').first().getAttribute('data-full-years'), '5');
    assert.match(await finding(page, 'seniority').first().innerText(), /国家基本标准/);
    assert.equal(await finding(page, 'defense').count(), 1);
    assert.match(await finding(page, 'reviewing-body').innerText(), /评审委员会|评委会/);
    const owed = await forms(page);
    assert.ok(owed.includes('form-1') && owed.includes('form-3'), owed.join());
    assert.ok(!owed.includes('form-2') && !owed.includes('form-4'), owed.join());
    // One day later the fifth anniversary falls after the cutoff.
    await page.getByLabel('取得现职称的日期').fill('2020-01-01');
    assert.equal(await verdict(page), 'ineligible');
    assert.equal(await finding(page, 'seniority').first().getAttribute('data-full-years'), '4');
    await page.getByLabel('取得现职称的日期').fill('2019-12-31');
    // Ticks are saved with the answers.
    await page.getByTestId('form-item').first().getByRole('checkbox').check();
    assert.match(await page.getByTestId('forms-progress').innerText(), /已备 1\//);
    await screenshot(page, 'eligibility-provincial-phone');
    await page.reload();
    await page.getByTestId('verdict').waitFor();
    assert.equal(await verdict(page), 'eligible');
    assert.equal(await page.getByLabel('取得现职称的日期').inputValue(), '2019-12-31');
    assert.ok(await page.getByTestId('form-item').first().getByRole('checkbox').isChecked());
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'eligibility-print');
    await page.emulateMedia({ media: 'screen' });
  });
});

test('a city 工程师 is routed to the city HR department', async () => {
  await withPage(async (page) => {
    await answer(page, {
      civilServant: false, specialty: '质量', target: '工程师', unit: '市级单位',
      education: '本科', title: '助理工程师', titleDate: '2020-01-01',
    });
    assert.match(await finding(page, 'reviewing-body').innerText(), /人社/);
    assert.equal(await page.getByTestId('form-item').count(), 0);
    assert.notEqual(await verdict(page), 'ineligible');
  });
});

test('a 正高 applicant by the patent route', async () => {
  await withPage(async (page) => {
    await answer(page, {
      civilServant: false, specialty: '特种设备', target: '正高级工程师', unit: '市级单位',
      education: '本科', title: '高级工程师', titleDate: '2018-03-01',
      patent: '发明专利', benefitWan: '1000',
    });
    assert.equal(await finding(page, 'patent-route').getAttribute('data-outcome'), 'pass');
    assert.equal(await finding(page, 'defense').count(), 1);
    assert.ok((await forms(page)).includes('form-4'));
    // Just below the 10,000,000 yuan threshold it no longer reaches 正高.
    await page.getByLabel('年创经济效益（万元）').fill('999.9999');
    assert.notEqual(await finding(page, 'patent-route').getAttribute('data-outcome'), 'pass');
  });
});

test('bad input gets a message at the field and is not saved', async () => {
  await withPage(async (page) => {
    await answer(page, {
      civilServant: false, specialty: '计量', target: '高级工程师', unit: '省直有关部门(单位)',
      education: '本科', title: '工程师', titleDate: '2019-06-01', patent: '实用新型专利', benefitWan: '600',
    });
    await page.getByLabel('取得现职称的日期').fill('2099-01-01');
    assert.match(await page.locator('[data-field="title-date"]').innerText(), /不能晚于/);
    await page.getByLabel('年创经济效益（万元）').fill('-5');
    assert.match(await page.locator('[data-field="benefit"]').innerText(), /负数/);
    await page.getByLabel('年创经济效益（万元）').fill('20000000');
    assert.match(await page.locator('[data-field="benefit"]').innerText(), /1000 亿元/);
    await page.getByLabel('年创经济效益（万元）').fill('abc');
    assert.match(await page.locator('[data-field="benefit"]').innerText(), /不是数字/);
    await page.reload();
    await page.getByTestId('verdict').waitFor();
    assert.equal(await page.getByLabel('取得现职称的日期').inputValue(), '2019-06-01', 'the last valid answer');
    assert.equal(await page.getByLabel('年创经济效益（万元）').inputValue(), '600');
    // An achievement without a name is refused; dated ones are checked against the window.
    await page.getByTestId('ach-add').click();
    assert.match(await page.locator('[data-field="achievement"]').innerText(), /名称/);
    await page.getByLabel('名称', { exact: true }).fill('计量器具检定方法研究');
    await page.getByLabel('取得日期').fill('2021-05-01');
    await page.getByTestId('ach-add').click();
    await page.getByLabel('名称', { exact: true }).fill('<b>旧论文</b>');
    await page.getByLabel('取得日期').fill('2018-05-01');
    await page.getByTestId('ach-add').click();
    const statuses = await page.getByTestId('achievement').evaluateAll((l) => l.map((i) => i.dataset.status));
    assert.deepEqual(statuses, ['in', 'out']);
    assert.match(await page.getByTestId('achievement').nth(1).innerText(), /<b>旧论文<\/b>/, 'markup shown as text');
    // The composite score.
    await page.getByLabel('量化赋分').fill('80');
    await page.getByLabel('答辩分').fill('90');
    assert.match(await page.getByTestId('composite-score').innerText(), /综合分数 85$/);
    await page.getByLabel('答辩分').fill('90.25');
    assert.match(await page.getByTestId('composite-score').innerText(), /综合分数 85\.125$/);
    await page.getByLabel('答辩分').fill('120');
    assert.match(await page.locator('[data-field="score"]').innerText(), /100/);
  });
});

test('no accessibility violations on the eligibility page', async () => {
  await withPage(async (page) => {
    await answer(page, {
      civilServant: false, specialty: '计量', target: '高级工程师', unit: '省直有关部门(单位)',
      education: '本科', title: '工程师', titleDate: '2019-06-01',
    });
    const results = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
  });
});
