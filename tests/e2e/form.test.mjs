// One applicant form (资格自查 and the workspace editor): each field is saved
// alone, a field not being typed follows another tab's change, and one
// field's error never hides or clears another's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, serveSite } from './harness.mjs';
import { expectText, expectValue } from './pages/app.mjs';
import { EligibilityPage } from './pages/eligibility.mjs';
import { WorkspacePage } from './pages/workspace.mjs';

const server = serveSite();

/** The stored document, read in `tab`. */
const stored = async (tab) => JSON.parse(await tab.stored());

/** On 单位总览: adds 甲, a 高级工程师 applicant on the invention-patent route with a benefit of 600 万元, and leaves the editor open. */
async function addPatentApplicant(ws) {
  await ws.addApplicant('甲');
  await ws.chooseLevel('高级工程师');
  await ws.choose('以专利经济效益申报（可选）', '发明专利');
  await ws.type('年创经济效益（万元）', '600');
}

/** A second tab of the same browser (same localStorage), its console watched too. */
async function secondTab(context, problems) {
  const other = await context.newPage();
  other.on('pageerror', (e) => problems.push(`pageerror (tab B): ${e.message}`));
  other.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console (tab B): ${m.text()}`);
  });
  return other;
}

test('self-check: tab B sets 最高学历, tab A then sets 专业; both kept and shown in both tabs', async () => {
  await withBrowser(async ({ context, page, problems }) => {
    const a = await new EligibilityPage(page, server.url).open();
    await a.testId('civil-no').check();
    await a.testId('sector-yes').check();
    await a.choose('申报级别', '高级工程师');
    await a.choose('所在单位层级', '省直有关部门(单位)');
    await page.getByLabel('最高学历').waitFor();

    const b = await new EligibilityPage(await secondTab(context, problems), server.url).open();
    await b.choose('最高学历', '硕士（含第二学士）');
    // Tab A, not reloaded, picks the specialty after B's change.
    await expectValue('B saved 硕士', async () => (await stored(a)).eligibility.applicant.education, 'master');
    await a.choose('申报专业', '计量');

    // Codes from crates/pingshen/src/domain/eligibility/kinds.rs (Education::Master, Specialty::Metrology).
    const answers = (await stored(a)).eligibility.applicant;
    assert.equal(answers.education, 'master', "B's 硕士 survives A's edit");
    assert.equal(answers.specialty, 'metrology');
    assert.equal(answers.target, 'senior-engineer');
    // Both tabs show both answers (tab B learns A's by the storage event).
    await expectValue('tab A shows 硕士', () => page.getByLabel('最高学历').inputValue(), 'master');
    await expectValue('tab B shows 计量', () => b.page.getByLabel('申报专业').inputValue(), 'metrology');
    assert.equal(await b.page.getByLabel('最高学历').inputValue(), 'master');
    await b.page.close();
  });
});

test('workspace editor: tab A changes the benefit, tab B then the patent date of the same applicant; both kept', async () => {
  await withBrowser(async ({ context, page, problems }) => {
    const a = await new WorkspacePage(page, server.url).open();
    await addPatentApplicant(a);

    const b = await new WorkspacePage(await secondTab(context, problems), server.url).open();
    await b.editOnly();
    assert.equal(await b.valueOf('年创经济效益（万元）'), '600');
    // Tab A: 600 → 700 万元; tab B, not reloaded, then types the patent date.
    await a.type('年创经济效益（万元）', '700');
    await expectValue('A saved 700 万元', async () => (await stored(b)).applicants[0].applicant.patent.annual_benefit_yuan, 7000000);
    await b.type('专利授权日期', '2021-03-01');

    // 700 万元 = 7,000,000 元; the date as typed in tab B.
    const patent = (await stored(a)).applicants[0].applicant.patent;
    assert.deepEqual(patent, { kind: 'invention', annual_benefit_yuan: 7000000, obtained: '2021-03-01' });
    await expectValue('tab B shows 700', () => b.valueOf('年创经济效益（万元）'), '700');
    await expectValue('tab A shows the date', () => a.valueOf('专利授权日期'), '2021-03-01');

    // A wrong text typed in tab B stays (with its error) when tab A's change
    // arrives; B's other fields follow A's.
    await b.type('年创经济效益（万元）', 'abc');
    await a.choose('最高学历', '本科');
    await expectValue('tab B follows 本科', () => b.valueOf('最高学历'), 'bachelor');
    assert.equal(await b.valueOf('年创经济效益（万元）'), 'abc');
    await expectText(b.fieldError('ed-benefit'), /不是数字/);
    assert.equal((await stored(a)).applicants[0].applicant.patent.annual_benefit_yuan, 7000000, 'abc is not saved');
    // The record's own texts follow too.
    await a.writeNote('甲的备注');
    await expectValue('tab B shows the notes', () => b.noteValue(), '甲的备注');
    await b.page.close();
  });
});

test('workspace editor: a wrong benefit keeps its error while the name is edited; the name is saved, the benefit not', async () => {
  await withBrowser(async ({ page }) => {
    const ws = await new WorkspacePage(page, server.url).open();
    await addPatentApplicant(ws);
    await ws.type('年创经济效益（万元）', '很多');
    await expectText(ws.fieldError('ed-benefit'), /不是数字/);

    await ws.rename('甲乙');
    await expectValue('the stored name', async () => (await stored(ws)).applicants[0].name, '甲乙');
    assert.equal(await ws.fieldError('ed-benefit').count(), 1, 'the benefit error stays');
    await expectText(ws.fieldError('ed-benefit'), /不是数字/);
    assert.equal(await ws.valueOf('年创经济效益（万元）'), '很多', 'the text typed stays');
    const record = (await stored(ws)).applicants[0];
    assert.equal(record.name, '甲乙', 'the name is saved');
    // 600 万元 = 6,000,000 元: the last valid benefit, not 很多.
    assert.equal(record.applicant.patent.annual_benefit_yuan, 6000000, 'the stored benefit is unchanged');
  });
});
