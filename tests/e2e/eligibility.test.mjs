// The eligibility self-check, filled in by label as a person would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { serveSite, openBrowser, screenshot } from './harness.mjs';
import { expectText, expectValue } from './pages/app.mjs';
import { EligibilityPage } from './pages/eligibility.mjs';

const server = serveSite();

async function withPage(body) {
  const browser = await openBrowser();
  try {
    const check = await new EligibilityPage(browser.page, server.url).open();
    await body(check);
    assert.deepEqual(browser.problems, [], 'no page or console errors');
  } finally {
    await browser.close();
  }
}

/** Waits until the verdict is `expected`. */
const expectVerdict = (check, expected) => expectValue('the verdict', () => check.verdict(), expected);

test('a civil servant is told at once that they cannot apply', async () => {
  await withPage(async (check) => {
    await check.answerSelfCheck({ civilServant: true });
    await expectVerdict(check, 'ineligible');
    assert.equal(await check.finding('civil-servant').getAttribute('data-outcome'), 'fail');
    await expectText(check.finding('civil-servant'), /公务员/);
    // The clause is one tap away.
    await check.openClause('civil-servant');
    await expectText(check.finding('civil-servant'), /「五、相关政策规定」5/);
    assert.equal(await check.questionCount('申报专业'), 0, 'no further questions');
    await check.reload();
    assert.equal(await check.verdict(), 'ineligible');
  });
});

test('a provincial-unit 高级工程师 with 5 full years is eligible, with defense and forms', async () => {
  await withPage(async (check) => {
    await check.answerSelfCheck({
      civilServant: false, specialty: '计量', target: '高级工程师', unit: '省直有关部门(单位)',
      education: '本科', title: '工程师', titleDate: '2019-12-31',
    });
    await expectVerdict(check, 'eligible');
    assert.equal(await check.finding('seniority').first().getAttribute('data-full-years'), '5');
    await expectText(check.finding('seniority').first(), /国家基本标准/);
    assert.equal(await check.finding('defense').count(), 1);
    await expectText(check.finding('reviewing-body'), /评审委员会|评委会/);
    const owed = await check.forms();
    assert.ok(owed.includes('form-1') && owed.includes('form-3'), owed.join());
    assert.ok(!owed.includes('form-2') && !owed.includes('form-4'), owed.join());
    // One day later the fifth anniversary falls after the cutoff.
    await check.titledOn('2020-01-01');
    await expectVerdict(check, 'ineligible');
    assert.equal(await check.finding('seniority').first().getAttribute('data-full-years'), '4');
    await check.titledOn('2019-12-31');
    await expectVerdict(check, 'eligible');
    // Ticks are saved with the answers.
    await check.tickFirstForm();
    await expectText(check.testId('forms-progress'), /已备 1\//);
    await screenshot(check.page, 'eligibility-provincial-phone');
    await check.reload();
    assert.equal(await check.verdict(), 'eligible');
    assert.equal(await check.titleDateValue(), '2019-12-31');
    assert.ok(await check.firstFormTicked());
    await check.page.emulateMedia({ media: 'print' });
    await screenshot(check.page, 'eligibility-print');
    await check.page.emulateMedia({ media: 'screen' });
  });
});

test('a city 工程师 is routed to the city HR department', async () => {
  await withPage(async (check) => {
    await check.answerSelfCheck({
      civilServant: false, specialty: '质量', target: '工程师', unit: '市级单位',
      education: '本科', title: '助理工程师', titleDate: '2020-01-01',
    });
    await expectText(check.finding('reviewing-body'), /人社/);
    assert.equal(await check.formItems().count(), 0);
    assert.notEqual(await check.verdict(), 'ineligible');
  });
});

test('a 正高 applicant by the patent route', async () => {
  await withPage(async (check) => {
    await check.answerSelfCheck({
      civilServant: false, specialty: '特种设备', target: '正高级工程师', unit: '市级单位',
      education: '本科', title: '高级工程师', titleDate: '2018-03-01',
      patent: '发明专利', benefitWan: '1000',
    });
    await expectValue('the patent route', () => check.finding('patent-route').getAttribute('data-outcome'), 'pass');
    assert.equal(await check.finding('defense').count(), 1);
    assert.ok((await check.forms()).includes('form-4'));
    // Just below the 10,000,000 yuan threshold it no longer reaches 正高.
    await check.benefit('999.9999');
    await expectValue('the patent route passes', async () => (await check.finding('patent-route').getAttribute('data-outcome')) === 'pass', false);
  });
});

test('bad input gets a message at the field and is not saved', async () => {
  await withPage(async (check) => {
    await check.answerSelfCheck({
      civilServant: false, specialty: '计量', target: '高级工程师', unit: '省直有关部门(单位)',
      education: '本科', title: '工程师', titleDate: '2019-06-01', patent: '实用新型专利', benefitWan: '600',
    });
    await check.titledOn('2099-01-01');
    await expectText(check.fieldError('title-date'), /不能晚于/);
    await check.benefit('-5');
    await expectText(check.fieldError('benefit'), /负数/);
    await check.benefit('20000000');
    await expectText(check.fieldError('benefit'), /1000 亿元/);
    await check.benefit('abc');
    await expectText(check.fieldError('benefit'), /不是数字/);
    await check.reload();
    assert.equal(await check.titleDateValue(), '2019-06-01', 'the last valid answer');
    assert.equal(await check.benefitValue(), '600');
    // An achievement without a name is refused; dated ones are checked against the window.
    await check.addAchievement();
    await expectText(check.fieldError('achievement'), /名称/);
    await check.addAchievement({ name: '计量器具检定方法研究', date: '2021-05-01' });
    await check.addAchievement({ name: '<b>旧论文</b>', date: '2018-05-01' });
    await expectValue('the achievements against the window', () => check.achievementStatuses(), ['in', 'out']);
    await expectText(check.achievements().nth(1), /<b>旧论文<\/b>/, { message: 'markup shown as text' });
    // The composite score.
    await check.scores({ quantified: '80', defense: '90' });
    await expectText(check.compositeScore(), /综合分数 85$/);
    await check.scores({ defense: '90.25' });
    await expectText(check.compositeScore(), /综合分数 85\.125$/);
    await check.scores({ defense: '120' });
    await expectText(check.fieldError('score'), /100/);
  });
});

test('no accessibility violations on the eligibility page', async () => {
  await withPage(async (check) => {
    await check.answerSelfCheck({
      civilServant: false, specialty: '计量', target: '高级工程师', unit: '省直有关部门(单位)',
      education: '本科', title: '工程师', titleDate: '2019-06-01',
    });
    await expectVerdict(check, 'eligible');
    const results = await new AxeBuilder({ page: check.page }).analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
  });
});
