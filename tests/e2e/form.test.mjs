// One applicant form (资格自查 and the workspace editor): each field is saved
// alone, a field not being typed follows another tab's change, and one
// field's error never hides or clears another's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, serveSite } from './harness.mjs';

const server = serveSite();

const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('pingshen')));

/** Waits until `read()` gives `expected` (another tab's change arrives by the storage event). */
async function until(read, expected, what) {
  let last;
  for (let i = 0; i < 50; i += 1) {
    last = await read();
    if (last === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.equal(last, expected, what);
}

/** A second tab of the same browser (same localStorage), its console watched too. */
/** On 单位总览: adds 甲, a 高级工程师 applicant on the invention-patent route with a benefit of 600 万元, and leaves the editor open. */
async function addPatentApplicant(page) {
  await page.getByLabel('新增申报人（姓名）').fill('甲');
  await page.getByTestId('add-applicant').click();
  await page.getByTestId('editor').waitFor();
  await page.getByLabel('申报级别').selectOption({ label: '高级工程师' });
  await page.getByLabel('以专利经济效益申报（可选）').selectOption({ label: '发明专利' });
  await page.getByLabel('年创经济效益（万元）').fill('600');
  await page.getByLabel('年创经济效益（万元）').blur();
}

async function secondTab(context, problems, url) {
  const other = await context.newPage();
  other.on('pageerror', (e) => problems.push(`pageerror (tab B): ${e.message}`));
  other.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console (tab B): ${m.text()}`);
  });
  await other.goto(url);
  return other;
}

test('self-check: tab B sets 最高学历, tab A then sets 专业; both kept and shown in both tabs', async () => {
  await withBrowser(async ({ context, page, problems }) => {
    await page.goto(`${server.url}/?page=eligibility`);
    await page.getByTestId('civil-no').check();
    await page.getByTestId('sector-yes').check();
    await page.getByLabel('申报级别').selectOption({ label: '高级工程师' });
    await page.getByLabel('所在单位层级').selectOption({ label: '省直有关部门(单位)' });
    await page.getByLabel('最高学历').waitFor();

    const other = await secondTab(context, problems, `${server.url}/?page=eligibility`);
    await other.getByLabel('最高学历').selectOption({ label: '硕士（含第二学士）' });
    // Tab A, not reloaded, picks the specialty after B's change.
    await until(async () => (await stored(page)).eligibility.applicant.education, 'master', 'B saved 硕士');
    await page.getByLabel('申报专业').selectOption({ label: '计量' });

    // Codes from src/domain/eligibility.rs (Education::Master, Specialty::Metrology).
    const answers = (await stored(page)).eligibility.applicant;
    assert.equal(answers.education, 'master', "B's 硕士 survives A's edit");
    assert.equal(answers.specialty, 'metrology');
    assert.equal(answers.target, 'senior-engineer');
    // Both tabs show both answers (tab B learns A's by the storage event).
    await until(() => page.getByLabel('最高学历').inputValue(), 'master', 'tab A shows 硕士');
    await until(() => other.getByLabel('申报专业').inputValue(), 'metrology', 'tab B shows 计量');
    assert.equal(await other.getByLabel('最高学历').inputValue(), 'master');
    await other.close();
  });
});

test('workspace editor: tab A changes the benefit, tab B then the patent date of the same applicant; both kept', async () => {
  await withBrowser(async ({ context, page, problems }) => {
    await page.goto(`${server.url}/?page=workspace`);
    await addPatentApplicant(page);

    const other = await secondTab(context, problems, `${server.url}/?page=workspace`);
    await other.getByTestId('edit').click();
    await other.getByTestId('editor').waitFor();
    assert.equal(await other.getByLabel('年创经济效益（万元）').inputValue(), '600');
    // Tab A: 600 → 700 万元; tab B, not reloaded, then types the patent date.
    await page.getByLabel('年创经济效益（万元）').fill('700');
    await page.getByLabel('年创经济效益（万元）').blur();
    await until(async () => (await stored(other)).applicants[0].applicant.patent.annual_benefit_yuan, 7000000, 'A saved 700 万元');
    await other.getByLabel('专利授权日期').fill('2021-03-01');
    await other.getByLabel('专利授权日期').blur();

    // 700 万元 = 7,000,000 元; the date as typed in tab B.
    const patent = (await stored(page)).applicants[0].applicant.patent;
    assert.deepEqual(patent, { kind: 'invention', annual_benefit_yuan: 7000000, obtained: '2021-03-01' });
    await until(() => other.getByLabel('年创经济效益（万元）').inputValue(), '700', 'tab B shows 700');
    await until(() => page.getByLabel('专利授权日期').inputValue(), '2021-03-01', 'tab A shows the date');

    // A wrong text typed in tab B stays (with its error) when tab A's change
    // arrives; B's other fields follow A's.
    await other.getByLabel('年创经济效益（万元）').fill('abc');
    await other.getByLabel('年创经济效益（万元）').blur();
    await page.getByLabel('最高学历').selectOption({ label: '本科' });
    await until(() => other.getByLabel('最高学历').inputValue(), 'bachelor', 'tab B follows 本科');
    assert.equal(await other.getByLabel('年创经济效益（万元）').inputValue(), 'abc');
    assert.match(await other.locator('[data-testid="field-error"][data-field="ed-benefit"]').innerText(), /不是数字/);
    assert.equal((await stored(page)).applicants[0].applicant.patent.annual_benefit_yuan, 7000000, 'abc is not saved');
    // The record's own texts follow too.
    await page.getByLabel('备注').fill('甲的备注');
    await page.getByLabel('备注').blur();
    await until(() => other.getByLabel('备注').inputValue(), '甲的备注', 'tab B shows the notes');
    await other.close();
  });
});

test('workspace editor: a wrong benefit keeps its error while the name is edited; the name is saved, the benefit not', async () => {
  await withBrowser(async ({ page }) => {
    await page.goto(`${server.url}/?page=workspace`);
    await addPatentApplicant(page);
    await page.getByLabel('年创经济效益（万元）').fill('很多');
    await page.getByLabel('年创经济效益（万元）').blur();
    const benefitError = page.locator('[data-testid="field-error"][data-field="ed-benefit"]');
    assert.match(await benefitError.innerText(), /不是数字/);

    await page.getByTestId('ed-name').fill('甲乙');
    await page.getByTestId('ed-name').blur();
    assert.equal(await benefitError.count(), 1, 'the benefit error stays');
    assert.match(await benefitError.innerText(), /不是数字/);
    assert.equal(await page.getByLabel('年创经济效益（万元）').inputValue(), '很多', 'the text typed stays');
    const record = (await stored(page)).applicants[0];
    assert.equal(record.name, '甲乙', 'the name is saved');
    // 600 万元 = 6,000,000 元: the last valid benefit, not 很多.
    assert.equal(record.applicant.patent.annual_benefit_yuan, 6000000, 'the stored benefit is unchanged');
  });
});
